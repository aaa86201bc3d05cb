/** The start of the submission form (HTML): the name, the duplicate hint, a correction. */
import { Hono } from "hono";
import { consumeQuota } from "../../platform/abuse/rate-limit";
import type { AppEnv } from "../../platform/env";
import { readFormValues } from "../../platform/http/forms";
import { AppError } from "../../platform/http/errors";
import { readStoredDocument } from "../../domain/person-document";
import { readPublicDocument } from "../../archive/memorials/public-document";
import { findDuplicatesForContributor } from "../../archive/search/duplicates";
import { detectScript, readDraft } from "./form/draft";
import { textValue } from "./form/form-values";
import { formBodyLimit, signInRedirect } from "./form-guard";
import { SUBMISSION_QUOTA } from "./submission-quota";
import { createDraft } from "./submission-writes";
import { writeContext } from "./write-context";
import { findPublishedMemorial, listOwnRevisions, openCorrections } from "./submissions.queries";
import { CorrectPage, DuplicatesPage, StartPage } from "./submit.pages";

export const submitRoutes = new Hono<AppEnv>();
submitRoutes.use("/submit", formBodyLimit);

const page = (title: string) => ({
  title,
  noindex: true,
  head: <link rel="stylesheet" href="/css/submission.css" />,
});

submitRoutes.get("/submit", async (c) => {
  const user = c.var.user;
  const correct = c.req.query("correct");
  if (correct !== undefined) {
    if (!user) return signInRedirect(c);
    const memorial = await findPublishedMemorial(c.var.db, correct);
    if (!memorial) throw new AppError("not_found", c.var.t("submissions:correct.notFound"));
    const open = await openCorrections(c.var.db, user.id, memorial.id);
    return c.render(
      <CorrectPage memorial={memorial} open={open} />,
      page(c.var.t("submissions:correct.title", { name: memorial.name })),
    );
  }
  const drafts = user
    ? (await listOwnRevisions(c.var.db, user.id, 50)).filter((r) => r.status === "draft")
    : [];
  return c.render(<StartPage drafts={drafts} />, page(c.var.t("submissions:start.title")));
});

submitRoutes.post("/submit", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  const values = await readFormValues(c);
  const name = textValue(values, "name", 300);
  if (!name) {
    c.status(422);
    return c.render(
      <StartPage
        name={values.name}
        error={c.var.t("submissions:start.nameRequired")}
        drafts={[]}
      />,
      page(c.var.t("submissions:start.title")),
    );
  }
  if (values.confirmed !== "1") {
    const found = await findDuplicatesForContributor(c.var.db, [name], c.var.user.id);
    if (found.candidates.length || found.othersPending)
      return c.render(
        <DuplicatesPage name={name} {...found} />,
        page(c.var.t("submissions:duplicates.title")),
      );
  }
  await consumeQuota(c.var.db, SUBMISSION_QUOTA, c.var.user.id);
  const id = await createDraft(
    writeContext(c),
    { names: [{ primary: true, kind: "birth", display: name, script: detectScript(name) }] },
    null,
  );
  return c.redirect(`/submit/${id}/person`, 303);
});

submitRoutes.post("/submit/correct", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  const values = await readFormValues(c);
  const memorial = await findPublishedMemorial(c.var.db, values.memorial_id ?? "");
  if (!memorial) throw new AppError("not_found", c.var.t("submissions:correct.notFound"));
  await consumeQuota(c.var.db, SUBMISSION_QUOTA, c.var.user.id);
  // The correction starts from what the public sees: without files rejected after publication
  // or links to relatives who are not public; approval keeps those links (approval.ts).
  const published = await readPublicDocument(c.var.db, memorial.id, readStoredDocument(memorial.document));
  const id = await createDraft(writeContext(c), readDraft(JSON.stringify(published)), {
    id: memorial.id,
    revisionId: memorial.revisionId,
  });
  return c.redirect(`/submit/${id}/person`, 303);
});
