/** The state of a resumable upload as the API shows it, and access to it. */
import type { Context } from "hono";
import { requireUser } from "../platform/auth/session";
import type { mediaUploads } from "../platform/db/schema";
import type { AppEnv } from "../platform/env";
import { AppError } from "../platform/http/errors";
import { findUpload } from "./media.queries";

export function partCount(bytes: number, partSize: number) {
  return Math.ceil(bytes / partSize);
}

export function uploadJson(u: typeof mediaUploads.$inferSelect, received: number[]) {
  const total = partCount(u.bytes, u.partSize);
  return {
    upload_id: u.id,
    status: u.status,
    bytes: u.bytes,
    part_size: u.partSize,
    parts_total: total,
    parts_received: received,
    parts_missing: Array.from({ length: total }, (_, i) => i + 1).filter(
      (n) => !received.includes(n),
    ),
    expires_at: new Date(u.expiresAt).toISOString(),
    media_id: u.mediaId,
  };
}

/** The caller's own upload; others' uploads do not exist for them. */
export async function ownUpload(c: Context<AppEnv>) {
  const user = requireUser(c);
  const upload = await findUpload(c.var.db, c.req.param("id") ?? "");
  if (!upload || upload.uploaderId !== user.id) throw new AppError("not_found", "No such upload.");
  return upload;
}
