/** The media JSON API: one-request upload, metadata, and per-file rejection by moderators. */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { consumeQuota, limitClient, type Quota } from "../platform/abuse/rate-limit";
import { requireRole, requireUser } from "../platform/auth/session";
import type { AppEnv } from "../platform/env";
import { readJson, validate } from "../platform/http/json-body";
import { AppError } from "../platform/http/errors";
import { cleanText } from "../domain/text-rules";
import { canSeePrivately } from "./media.access";
import { readUploadForm } from "./media.form-data";
import { storeReceivedFile, type IngestContext } from "./media.ingest";
import { mediaJson } from "./media.items";
import { rejectMedia } from "./media.moderation";
import { findServable } from "./media.queries";
import { itemFromFields, mediaItemInput } from "./media.schema";

export const MEDIA_QUOTA: Quota = { name: "media-upload", limit: 300, windowSeconds: 86_400 };

export const mediaApi = new Hono<AppEnv>();

export async function ingestContext(c: Context<AppEnv>): Promise<IngestContext> {
  const user = requireUser(c);
  await limitClient(c, "media-upload");
  await consumeQuota(c.var.db, MEDIA_QUOTA, user.id);
  return { db: c.var.db, bucket: c.env.MEDIA, userId: user.id, requestId: c.var.requestId };
}

export function noFileError(): AppError {
  return new AppError("validation_failed", "Choose a file to upload.", {
    errors: [{ path: "file", message: "choose a file to upload" }],
  });
}

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
  return c.json({
    id: rejected.id,
    status: rejected.status,
    reason: rejected.rejectedReason,
    version: rejected.version,
  });
});
