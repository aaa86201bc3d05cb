/**
 * POST /api/v1/admin/search/rebuild: one chunk of the search index rebuild on the deployed
 * archive (src/archive/search/search-rebuild.ts), for admins. Each call answers the cursor to send next;
 * `npm run search:rebuild -- --remote --url …` drives it to the end (docs/operations.md). Writes
 * with the session cookie must come from this site or from no browser at all
 * (src/platform/middleware/cookie-write-origin.ts), so a page elsewhere cannot start it.
 */
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../../platform/auth/session";
import type { AppEnv } from "../../platform/env";
import { readJson } from "../../platform/http/json-body";
import { CURSOR_PATTERN, DEFAULT_CHUNK, MAX_CHUNK, rebuildSearchChunk } from "./search-rebuild";

export const rebuildBody = z.strictObject({
  cursor: z
    .string()
    .regex(CURSOR_PATTERN, { error: "not a cursor of this rebuild" })
    .nullable()
    .optional()
    .describe("next_cursor of the previous answer; leave out (or null) to start"),
  limit: z.number().int().min(1).max(MAX_CHUNK).default(DEFAULT_CHUNK).describe("Memorials per chunk"),
});

export const searchRebuildRoutes = new Hono<AppEnv>();

searchRebuildRoutes.post("/api/v1/admin/search/rebuild", async (c) => {
  const admin = requireRole(c, "admin");
  const body = await readJson(c, rebuildBody);
  const chunk = await rebuildSearchChunk(c.var.db, {
    cursor: body.cursor ?? null,
    limit: body.limit,
    audit: { actorId: admin.id, requestId: c.var.requestId, now: Date.now() },
  });
  c.header("Cache-Control", "no-store");
  return c.json({
    phase: chunk.phase,
    indexed: chunk.indexed,
    removed: chunk.removed,
    next_cursor: chunk.nextCursor,
    done: chunk.nextCursor === null,
  });
});
