/** The media JSON API: one-request upload, metadata, and per-file rejection by moderators. */
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../platform/auth/session";
import type { AppEnv } from "../platform/env";
import { readJson, validate } from "../platform/http/json-body";
import { AppError } from "../platform/http/errors";
import { cleanText } from "../domain/text-rules";
import { canSeePrivately } from "./media.access";
import { readUploadForm } from "./media.form-data";
import { storeReceivedFile } from "./media.ingest";
import { mediaJson } from "./media.items";
import { rejectMedia } from "./media.moderation";
import { purgePublicPages } from "../platform/cache/purge";
import { findServable } from "./media.queries";
import { itemFromFields, mediaItemInput } from "./media.schema";
import { ingestContext, noFileError } from "./ingest-context";

export const mediaApi = new Hono<AppEnv>();



mediaApi.post("/api/v1/media", async (c) => {
  const ctx = await ingestContext(c);
  const form = await readUploadForm(c.req.raw);
  const item = validate(mediaItemInput, itemFromFields(form.fields, c.var.locale));
  if (!form.file) throw noFileError();
  const stored = await storeReceivedFile(ctx, form.file, item);
  return c.json(mediaJson(stored), 201);
});

mediaApi.get("/api/v1/media/:id", async (c) => {
  const found = await findServable(c.var.db, c.req.param("id"));
  if (!found || !(found.published || canSeePrivately(c.var.user, found.media))) {
    throw new AppError("not_found", "No file with this id is visible to you.");
  }
  return c.json({ ...mediaJson(found), public: found.published });
});

export const rejectBody = z.strictObject({
  reason: cleanText(2_000, "multiline", { empty: "give the reason the uploader will see" }),
  version: z.number().int().positive().optional(),
});

mediaApi.post("/api/v1/moderation/media/:id/reject", async (c) => {
  const moderator = requireRole(c, "moderator");
  const body = await readJson(c, rejectBody);
  const rejected = await rejectMedia(c.var.db, {
    mediaId: validate(z.string().max(60), c.req.param("id")),
    moderatorId: moderator.id,
    reason: body.reason,
    version: body.version,
    requestId: c.var.requestId,
  });
  await purgePublicPages(c, { kind: "media_rejection", subjectId: rejected.id });
  return c.json({
    id: rejected.id,
    status: rejected.status,
    reason: rejected.rejectedReason,
    version: rejected.version,
  });
});
