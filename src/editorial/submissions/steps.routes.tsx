/** The steps of the submission form (HTML): show a step, save it, and send the finished draft. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { readFormValues } from "../../platform/http/forms";
import { AppError } from "../../platform/http/errors";
import { LIMITS } from "../../domain/person-document";
import { plausibilityWarnings } from "../../domain/plausibility";
import { listRevisionMessages, MAX_MESSAGE_LENGTH } from "../revisions/revision-messages";
import { textValue } from "./form/form-values";
import { isStep, readDraft, stepAfter, type StepId } from "./form/draft";
import { fieldMessages, locate } from "./form/field-errors";
import { storedDatesFollowWords } from "./form/date-input";
import { attachMedia } from "./form/media-refs";
import { checkDocumentMedia } from "../../media/media.refs";
import { findMedia } from "../../media/media.queries";
import { checkDraft } from "./form/problems";
import { correctionChanges, linkedMemorialIds } from "./correction-changes";
import { formBodyLimit, isEditable, signInRedirect } from "./form-guard";
import { StepFrame } from "./components/step-layout";
import { FORM_STEPS } from "./steps";
import { ownRevision } from "./submission-access";
import { submitRevision } from "./submission-transitions";
import { saveDraft } from "./submission-writes";
import { writeContext } from "./write-context";
import { memorialNames, type RevisionRow } from "./submissions.queries";
import { ReviewPage } from "./review.page";
import { NotEditablePage } from "./submit.pages";

export const stepRoutes = new Hono<AppEnv>();
stepRoutes.use("/submit/*", formBodyLimit);

const page = (title: string) => ({
  title,
  noindex: true,
  head: <link rel="stylesheet" href="/css/submission.css" />,
});

function notEditable(c: Context<AppEnv>, revision: RevisionRow, message: string) {
  c.status(409);
  return c.render(
    <NotEditablePage revision={revision} message={message} />,
    page(c.var.t("submissions:my.title")),
  );
}

stepRoutes.post("/submit/:id/send", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  const revision = await ownRevision(c, c.req.param("id"));
  if (!isEditable(revision.status))
    return notEditable(c, revision, c.var.t("submissions:errors.notEditable"));
  const values = await readFormValues(c);
  const check = checkDraft(readDraft(revision.document), revision, c.var.t);
  if (!check.ok)
    return c.redirect(`/submit/${revision.id}/${check.problems[0]!.step}?check=1`, 303);
  const media = await checkDocumentMedia(c.var.db, c.var.user.id, check.document, revision.memorialId);
  if (media.errors.length) {
    const draft = readDraft(revision.document);
    const problems = media.errors.map((p) => ({ ...locate(p.path.split(".")), message: p.message }));
    // A file of the media list, or (rarely: only the API sets them) a marker's photo.
    const first = problems[0]!.step;
    const step = first === "review" ? "media" : first;
    const { Fields } = FORM_STEPS[step];
    c.status(422);
    return c.render(
      <StepFrame revision={revision} draft={draft} step={step} problems={problems} checking>
        <Fields draft={draft} revision={revision} errors={fieldMessages(problems, step)} />
      </StepFrame>,
      page(c.var.t(`submissions:steps.${step}`)),
    );
  }
  try {
    await submitRevision(writeContext(c), {
      revisionId: revision.id,
      version: Number(values.version),
      from: [revision.status],
      document: media.document,
      submitter: {
        relationship: revision.relationship,
        note: revision.submitterNote,
        showName: revision.showName,
      },
      warningsExplanation:
        values.warnings_explanation === undefined
          ? revision.plausibilityNote
          : (textValue(values, "warnings_explanation", MAX_MESSAGE_LENGTH) ?? null),
      via: "form",
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict")
      return notEditable(c, revision, c.var.t("submissions:errors.stale"));
    throw error;
  }
  return c.redirect(`/my/submissions/${revision.id}?sent=1`, 303);
});

/**
 * Back from the upload page with `?media=<id>` — several times when the upload script sent
 * several files (`?media=a&media=b`): each file joins the draft (once), in that order.
 */
stepRoutes.get("/submit/:id/media/attach", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  const revision = await ownRevision(c, c.req.param("id"));
  if (!isEditable(revision.status)) return c.redirect(`/my/submissions/${revision.id}`, 303);
  let draft = readDraft(revision.document);
  let changed = false;
  for (const id of (c.req.queries("media") ?? []).slice(0, LIMITS.media)) {
    const attached = attachMedia(draft, await findMedia(c.var.db, id), c.var.user.id);
    if (attached) [draft, changed] = [attached, true];
  }
  if (changed) await saveDraft(c.var.db, revision.id, c.var.user.id, { document: draft, draftStep: "media" });
  return c.redirect(`/submit/${revision.id}/media`, 303);
});

stepRoutes.get("/submit/:id/:step", async (c) => {
  const step = c.req.param("step");
  if (!isStep(step)) throw new AppError("not_found");
  if (!c.var.user) return signInRedirect(c);
  const revision = await ownRevision(c, c.req.param("id"));
  if (!isEditable(revision.status)) return c.redirect(`/my/submissions/${revision.id}`, 303);
  const draft = readDraft(revision.document);
  const title = c.var.t(`submissions:steps.${step}`);
  if (step === "review") {
    const { problems } = checkDraft(draft, revision, c.var.t);
    const [messages, changes] = await Promise.all([
      listRevisionMessages(c.var.db, revision.id),
      correctionChanges(c.var.db, revision, draft),
    ]);
    const warnings = plausibilityWarnings(draft);
    const memorials = await memorialNames(c.var.db, linkedMemorialIds(draft, changes?.before));
    return c.render(
      <ReviewPage revision={revision} draft={draft} problems={problems} messages={messages} warnings={warnings} changes={changes} memorials={memorials} />,
      page(title),
    );
  }
  const checking = c.req.query("check") === "1";
  const problems = checking ? checkDraft(draft, revision, c.var.t).problems : [];
  const { Fields } = FORM_STEPS[step];
  return c.render(
    <StepFrame
      revision={revision}
      draft={draft}
      step={step}
      problems={problems}
      checking={checking}
    >
      <Fields draft={draft} revision={revision} errors={fieldMessages(problems, step)} />
    </StepFrame>,
    page(title),
  );
});

/** The upload page, returning to the media step, which attaches the file. */
const uploadPage = (revisionId: string) =>
  `/media/new?return_to=${encodeURIComponent(`/submit/${revisionId}/media/attach`)}`;

/** Where a button of the step form leads. */
function destination(action: string | undefined, step: StepId): StepId | "later" | "upload" {
  if (action === "later") return "later";
  if (action === "upload" && step === "media") return "upload";
  if (action === "back") return stepAfter(step, -1);
  if (action === "add") return step;
  const target = action?.startsWith("goto:") ? action.slice(5) : "";
  return isStep(target) ? target : stepAfter(step, 1);
}

stepRoutes.post("/submit/:id/:step", async (c) => {
  const step = c.req.param("step");
  if (!isStep(step) || step === "review") throw new AppError("not_found");
  if (!c.var.user) return signInRedirect(c);
  const revision = await ownRevision(c, c.req.param("id"));
  if (!isEditable(revision.status))
    return notEditable(c, revision, c.var.t("submissions:errors.notEditable"));
  const values = await readFormValues(c);
  const module = FORM_STEPS[step];
  const stored = storedDatesFollowWords(readDraft(revision.document));
  const { draft, changes } = module.apply(stored, values, c.var.locale);
  const target = destination(values.action, step);
  await saveDraft(c.var.db, revision.id, c.var.user.id, {
    document: draft,
    draftStep: target === "later" || target === "upload" ? step : target,
    ...changes,
  });
  if (target === "later") return c.redirect(`/my/submissions?saved=${revision.id}`, 303);
  if (target === "upload") return c.redirect(uploadPage(revision.id), 303);
  if ((values.action ?? "continue") === "continue") {
    const saved = { ...revision, ...changes };
    const problems = checkDraft(draft, saved, c.var.t).problems.filter((p) => p.step === step);
    if (problems.length) {
      c.status(422);
      return c.render(
        <StepFrame revision={saved} draft={draft} step={step} problems={problems} checking>
          <module.Fields draft={draft} revision={saved} errors={fieldMessages(problems, step)} />
        </StepFrame>,
        page(c.var.t(`submissions:steps.${step}`)),
      );
    }
  }
  return c.redirect(`/submit/${revision.id}/${target}`, 303);
});
