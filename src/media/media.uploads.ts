/**
 * The resumable upload protocol (docs/media.md): create → PUT parts (any order, any number of
 * times) → complete. R2 multipart holds the bytes, D1 the state, so a connection that breaks
 * after any part resumes by asking which parts arrived and sending the rest.
 */
import { Hono } from "hono";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { auditInsert } from "../platform/audit/audit";
import { runBatch, type Database } from "../platform/db/client";
import { isStaleWrite, requireChanged } from "../platform/db/guard";
import { mediaUploads } from "../platform/db/schema";
import type { AppEnv } from "../platform/env";
import { readJson, validate } from "../platform/http/json-body";
import { AppError } from "../platform/http/errors";
import { newId } from "../platform/ids";
import { sniffMime } from "../codecs/media-sniff";
import { ingestContext } from "./ingest-context";
import { fileTooLarge, readAtMost } from "./media.form-data";
import { storeAssembledObject, unsupportedType } from "./media.ingest";
import { mediaJson } from "./media.items";
import { findServable, listUploadParts, recordPart } from "./media.queries";
import { ownUpload, partCount, uploadJson } from "./media.upload-state";
import { mediaItemInput, mediaItemSchema } from "./media.schema";
import { MAX_FILE_BYTES, newObjectKey, PART_BYTES } from "./media.storage";

/** How long an unfinished upload can be resumed. */
export const UPLOAD_TTL_MS = 7 * 86_400_000;

export const mediaUploadsApi = new Hono<AppEnv>();

export const createBody = mediaItemInput.extend({
  filename: z.string().trim().max(255).optional(),
  bytes: z.number().int().positive({ error: "must be the file's size in bytes" }),
});

mediaUploadsApi.post("/api/v1/media/uploads", async (c) => {
  const ctx = await ingestContext(c);
  const body = await readJson(c, createBody);
  if (body.bytes > MAX_FILE_BYTES) throw fileTooLarge();
  const { filename, bytes, ...item } = body;
  const objectKey = newObjectKey();
  const multipart = await c.env.MEDIA.createMultipartUpload(objectKey);
  const now = Date.now();
  const row = {
    id: newId("upl"),
    uploaderId: ctx.userId,
    objectKey,
    r2UploadId: multipart.uploadId,
    bytes,
    partSize: PART_BYTES,
    filename: filename ?? null,
    metadata: JSON.stringify(item),
    status: "open" as const,
    mediaId: null,
    createdAt: now,
    expiresAt: now + UPLOAD_TTL_MS,
  };
  await runBatch(c.var.db, [
    c.var.db.insert(mediaUploads).values(row),
    auditInsert(c.var.db, {
      actorId: ctx.userId,
      action: "media.upload_start",
      subjectType: "media",
      subjectId: row.id,
      detail: { bytes },
      requestId: ctx.requestId,
      at: now,
    }),
  ]);
  c.header("Location", `/api/v1/media/uploads/${row.id}`);
  return c.json(uploadJson(row, []), 201);
});

mediaUploadsApi.get("/api/v1/media/uploads/:id", async (c) => {
  const upload = await ownUpload(c);
  const parts = await listUploadParts(c.var.db, upload.id);
  return c.json(
    uploadJson(
      upload,
      parts.map((p) => p.partNumber),
    ),
  );
});

mediaUploadsApi.put("/api/v1/media/uploads/:id/parts/:n", async (c) => {
  const upload = await ownUpload(c);
  if (upload.status !== "open" || upload.expiresAt < Date.now())
    throw new AppError("conflict", "This upload is no longer open.");
  const total = partCount(upload.bytes, upload.partSize);
  const n = validate(z.coerce.number().int().min(1).max(total), c.req.param("n"), ["part"]);
  const expected = n < total ? upload.partSize : upload.bytes - upload.partSize * (total - 1);
  if (Number(c.req.header("content-length") ?? expected) > expected) throw fileTooLarge();
  const bytes = await readAtMost(c.req.raw, expected);
  if (bytes.length !== expected) {
    throw new AppError(
      "bad_request",
      `Part ${n} must be exactly ${expected} bytes; ${bytes.length} arrived. Send it again.`,
    );
  }
  if (n === 1 && !sniffMime(bytes)) throw unsupportedType();
  const part = await c.env.MEDIA.resumeMultipartUpload(
    upload.objectKey,
    upload.r2UploadId,
  ).uploadPart(n, bytes);
  await recordPart(c.var.db, {
    uploadId: upload.id,
    partNumber: n,
    etag: part.etag,
    bytes: bytes.length,
    receivedAt: Date.now(),
  });
  return c.json({ part: n, bytes: bytes.length });
});

mediaUploadsApi.post("/api/v1/media/uploads/:id/complete", async (c) => {
  const upload = await ownUpload(c);
  if (upload.status === "completed" && upload.mediaId) {
    const done = await findServable(c.var.db, upload.mediaId);
    if (done) return c.json(mediaJson(done), 200);
  }
  if (upload.status !== "open") throw new AppError("conflict", "This upload is no longer open.");
  const parts = await listUploadParts(c.var.db, upload.id);
  const missing = uploadJson(
    upload,
    parts.map((p) => p.partNumber),
  ).parts_missing;
  if (missing.length) {
    throw new AppError("conflict", `Parts ${missing.join(", ")} have not arrived yet.`, {
      errors: [{ path: "parts", message: `missing: ${missing.join(", ")}` }],
    });
  }
  const ctx = {
    db: c.var.db,
    bucket: c.env.MEDIA,
    userId: upload.uploaderId,
    requestId: c.var.requestId,
  };
  await c.env.MEDIA.resumeMultipartUpload(upload.objectKey, upload.r2UploadId).complete(
    parts.map((p) => ({ partNumber: p.partNumber, etag: p.etag })),
  );
  const item = mediaItemSchema.parse(JSON.parse(upload.metadata));
  let stored;
  try {
    stored = await storeAssembledObject(ctx, upload.objectKey, upload.filename, item, {
      uploadId: upload.id,
      statements: (mediaId) => [
        c.var.db
          .update(mediaUploads)
          .set({ status: "completed", mediaId })
          .where(and(eq(mediaUploads.id, upload.id), eq(mediaUploads.status, "open"))),
      ],
    });
  } catch (error) {
    // The assembled object was refused (wrong type, damaged, too many pixels): this upload
    // cannot be completed again.
    if (error instanceof AppError)
      await closeUpload(c.var.db, upload.id, {
        actorId: upload.uploaderId,
        action: "media.upload_refused",
        detail: { status: error.status, reason: error.message },
        requestId: c.var.requestId,
      });
    throw error;
  }
  return c.json(mediaJson(stored), 201);
});

mediaUploadsApi.delete("/api/v1/media/uploads/:id", async (c) => {
  const upload = await ownUpload(c);
  if (upload.status === "open") {
    await c.env.MEDIA.resumeMultipartUpload(upload.objectKey, upload.r2UploadId).abort();
    const parts = await listUploadParts(c.var.db, upload.id);
    await closeUpload(c.var.db, upload.id, {
      actorId: upload.uploaderId,
      action: "media.upload_abort",
      detail: { parts_received: parts.length },
      requestId: c.var.requestId,
    });
  }
  return c.body(null, 204);
});

/**
 * Marks an open upload aborted and records why, in one batch. Only the request that closes it
 * writes the entry: a second DELETE (or a race with the expiry job) changes nothing.
 */
async function closeUpload(
  db: Database,
  uploadId: string,
  entry: { actorId: string; action: string; detail: Record<string, unknown>; requestId: string | null },
) {
  try {
    await runBatch(db, [
      db
        .update(mediaUploads)
        .set({ status: "aborted" })
        .where(and(eq(mediaUploads.id, uploadId), eq(mediaUploads.status, "open"))),
      requireChanged(db),
      auditInsert(db, { ...entry, subjectType: "media", subjectId: uploadId }),
    ]);
  } catch (error) {
    if (!isStaleWrite(error)) throw error;
  }
}
