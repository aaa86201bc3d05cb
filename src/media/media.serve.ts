/**
 * GET /media/{id}: the file (without GPS/camera metadata) or a thumbnail, through the Worker so
 * that visibility is checked on every request. Public while a published memorial lists it;
 * otherwise only its uploader and moderators see it, and everyone else gets 404.
 */
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../platform/env";
import { validate } from "../platform/http/json-body";
import { AppError } from "../platform/http/errors";
import { extensionFor, type AcceptedMime } from "../codecs/media-sniff";
import { canSeePrivately } from "./media.access";
import { downloadName, etagMatches, parseRange, PRIVATE_CACHE, PUBLIC_CACHE } from "./media.http";
import { findServable } from "./media.queries";
import { DOCUMENT_ICON, ensureVariant } from "./media.variants";

export const mediaServe = new Hono<AppEnv>();

const query = z.object({ size: z.enum(["thumb", "medium", "full"]).default("full") });

mediaServe.get("/media/:id{med_[a-z0-9]{8,40}}", async (c) => {
  const { size } = validate(query, c.req.query());
  const found = await findServable(c.var.db, c.req.param("id"));
  if (!found || !(found.published || canSeePrivately(c.var.user, found.media))) {
    // Not cached anywhere: the file may become visible (approval), and a 404 must not outlive that.
    throw new AppError("not_found", "No file with this id is visible to you.", {
      headers: { "Cache-Control": "no-store" },
    });
  }
  const { media: m, blob } = found;
  const cacheControl = found.published ? PUBLIC_CACHE : PRIVATE_CACHE;
  let key = blob.servedKey;
  let contentType = blob.mime;
  let length = blob.servedBytes;
  if (size !== "full") {
    const variant = await ensureVariant(c.var.db, c.env.MEDIA, blob, size);
    if (!variant) {
      return c.body(DOCUMENT_ICON, 200, {
        "Content-Type": "image/svg+xml",
        "Cache-Control": cacheControl,
      });
    }
    key = variant;
    contentType = "image/jpeg";
    length = -1;
  }
  const etag = `"${blob.sha256.slice(0, 32)}-${size}"`;
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    ETag: etag,
    "Cache-Control": cacheControl,
    "Accept-Ranges": "bytes",
  };
  if (size === "full") {
    const name = downloadName(m.originalName, m.id, extensionFor(m.mime as AcceptedMime));
    const disposition = m.mime === "application/pdf" ? "attachment" : "inline";
    headers["Content-Disposition"] = `${disposition}; filename="${name}"`;
  }
  if (etagMatches(c.req.header("if-none-match"), etag)) return c.body(null, 304, headers);
  if (length < 0) length = (await c.env.MEDIA.head(key))?.size ?? 0;
  const ifRange = c.req.header("if-range");
  const range =
    ifRange && ifRange !== etag
      ? ({ kind: "full" } as const)
      : parseRange(c.req.header("range"), length);
  if (range.kind === "unsatisfiable") {
    return c.body(null, 416, { ...headers, "Content-Range": `bytes */${length}` });
  }
  const object = await c.env.MEDIA.get(
    key,
    range.kind === "partial" ? { range: { offset: range.offset, length: range.length } } : {},
  );
  if (!object) throw new AppError("not_found", "The file is not available.");
  if (range.kind === "partial") {
    headers["Content-Range"] = `bytes ${range.offset}-${range.offset + range.length - 1}/${length}`;
    headers["Content-Length"] = String(range.length);
    return c.body(object.body, 206, headers);
  }
  headers["Content-Length"] = String(length);
  return c.body(object.body, 200, headers);
});
