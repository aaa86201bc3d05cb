/**
 * What storing an uploaded file needs from the request (who uploads, within the client's rate
 * and the day's quota), and the error for a form without a file; shared by the upload routes.
 */
import { type Context } from "hono";
import { consumeQuota, limitClient, type Quota } from "../platform/abuse/rate-limit";
import { requireUser } from "../platform/auth/session";
import type { AppEnv } from "../platform/env";
import { AppError } from "../platform/http/errors";
import { type IngestContext } from "./media.ingest";

export const MEDIA_QUOTA: Quota = { name: "media-upload", limit: 300, windowSeconds: 86_400 };

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
