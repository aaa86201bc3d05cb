/** The upload form (works without JavaScript) and the moderators' per-file reject form. */
import { Hono } from "hono";
import { z } from "zod";
import { requireRole, requireUser } from "../platform/auth/session";
import type { AppEnv } from "../platform/env";
import { readFormValues } from "../platform/http/forms";
import { localPath } from "../platform/http/local-path";
import { AppError } from "../platform/http/errors";
import { cleanText } from "../domain/text-rules";
import { handleMediaForm } from "./media.form";
import { rejectMedia } from "./media.moderation";
import { purgePublicPages } from "../platform/cache/purge";
import { UploadDonePage, UploadPage } from "./media.pages";

export const mediaPages = new Hono<AppEnv>();

/** `return_to` plus `media=<id>`, so the page that sent the user here can pick the file up. */
function withMedia(path: string, id: string) {
  return `${path}${path.includes("?") ? "&" : "?"}media=${encodeURIComponent(id)}`;
}

/** The upload page, with the script that uploads in parts when JavaScript is available. */
const uploadPage = (title: string) => ({
  title,
  noindex: true,
  head: <script src="/js/upload.js" defer></script>,
});

mediaPages.get("/media/new", (c) => {
  requireUser(c);
  return c.render(
    <UploadPage values={{}} errors={{}} returnTo={localPath(c.req.query("return_to"))} />,
    uploadPage(c.var.t("media:upload.title")),
  );
});

mediaPages.post("/media/new", async (c) => {
  requireUser(c);
  const result = await handleMediaForm(c);
  const returnTo = localPath(result.values.return_to);
  if (!result.ok) {
    c.status(result.status);
    return c.render(
      <UploadPage values={result.values} errors={result.errors} returnTo={returnTo} />,
      uploadPage(c.var.t("media:upload.title")),
    );
  }
  if (returnTo) return c.redirect(withMedia(returnTo, result.stored.media.id), 303);
  c.status(201);
  return c.render(<UploadDonePage stored={result.stored} />, {
    title: c.var.t("media:upload.doneTitle"),
    noindex: true,
  });
});

const rejectForm = z.object({
  reason: cleanText(2_000, "multiline"),
  version: z.coerce.number().int().positive().optional(),
  return_to: z.string().optional(),
});

mediaPages.post("/moderation/media/:id/reject", async (c) => {
  const moderator = requireRole(c, "moderator");
  const parsed = rejectForm.safeParse(await readFormValues(c));
  if (!parsed.success) throw new AppError("validation_failed", c.var.t("media:errors.reason"));
  await rejectMedia(c.var.db, {
    mediaId: c.req.param("id"),
    moderatorId: moderator.id,
    reason: parsed.data.reason,
    version: parsed.data.version,
    requestId: c.var.requestId,
  });
  await purgePublicPages(c, { kind: "media_rejection", subjectId: c.req.param("id") });
  return c.redirect(localPath(parsed.data.return_to) ?? `/media/${c.req.param("id")}`, 303);
});
