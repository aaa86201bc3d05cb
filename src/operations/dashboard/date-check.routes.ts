/**
 * POST /api/v1/admin/dates/check: one chunk of the date consistency check on the deployed
 * archive (src/editorial/date-check/date-check.ts), for admins. Each call answers the cursor to send next;
 * `npm run dates:check -- --remote` drives it to the end (docs/operations.md).
 */
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../../platform/auth/session";
import type { AppEnv } from "../../platform/env";
import { readJson } from "../../platform/http/json-body";
import { checkDatesChunk, CURSOR_PATTERN, DEFAULT_CHUNK, MAX_CHUNK } from "../../editorial/date-check/date-check";

export const dateCheckBody = z.strictObject({
  cursor: z
    .string()
    .regex(CURSOR_PATTERN, { error: "not a cursor of this check" })
    .nullable()
    .optional()
    .describe("next_cursor of the previous answer; leave out (or null) to start"),
  limit: z.number().int().min(1).max(MAX_CHUNK).default(DEFAULT_CHUNK).describe("Revisions per chunk"),
});

export const dateCheckRoutes = new Hono<AppEnv>();

dateCheckRoutes.post("/api/v1/admin/dates/check", async (c) => {
  const admin = requireRole(c, "admin");
  const body = await readJson(c, dateCheckBody);
  const chunk = await checkDatesChunk(c.var.db, {
    cursor: body.cursor ?? null,
    limit: body.limit,
    actorId: admin.id,
    requestId: c.var.requestId,
  });
  c.header("Cache-Control", "no-store");
  return c.json({
    checked: chunk.checked,
    found: chunk.found,
    corrections_opened: chunk.correctionsOpened,
    next_cursor: chunk.nextCursor,
    done: chunk.nextCursor === null,
  });
});
