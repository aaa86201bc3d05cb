/** The public read API of memorials (api.md, "Public"). */
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../platform/env";
import { decodeCursor, encodeCursor } from "../../platform/http/cursor";
import { validate } from "../../platform/http/json-body";
import { AppError } from "../../platform/http/errors";
import { listPublished, resolveMemorial, type MemorialRow } from "./memorials.queries";
import { readPublicDocument } from "./public-document";
import { groupsOfMemorial } from "../groups/groups.queries";

export const memorialsApi = new Hono<AppEnv>();

export const listQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  q: z.string().max(200).optional(),
});

/** The list item shape of api.md. */
export function memorialListItem(m: MemorialRow) {
  return { id: m.id, slug: m.slug, name: m.displayName, birth: m.birthEdtf, death: m.deathEdtf, summary: m.summary };
}

memorialsApi.get("/api/v1/memorials", async (c) => {
  const query = validate(listQuery, c.req.query());
  const after = query.cursor ? (decodeCursor(query.cursor, ["string", "string"]) as [string, string]) : undefined;
  const rows = await listPublished(c.var.db, query.limit + 1, after);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return c.json({
    items: page.map(memorialListItem),
    next_cursor: rows.length > query.limit && last ? encodeCursor([last.sortName, last.id]) : null,
  });
});

memorialsApi.get("/api/v1/memorials/:key", async (c) => {
  const key = c.req.param("key");
  const resolved = await resolveMemorial(c.var.db, key);
  switch (resolved.kind) {
    case "missing":
      throw new AppError("not_found", "No published memorial has this id or slug.");
    case "gone":
      throw new AppError("gone", "This memorial has been withdrawn from public view.");
    case "redirect":
      return c.redirect(`/api/v1/memorials/${resolved.memorial.slug}`, 301);
    case "found": {
      const { memorial } = resolved;
      // What the page shows, so that the document round-trips as a correction (api.md).
      const document = await readPublicDocument(c.var.db, memorial.id, resolved.document);
      const groups = await groupsOfMemorial(c.var.db, memorial.id);
      return c.json({
        id: memorial.id,
        slug: memorial.slug,
        revision_id: memorial.currentRevisionId,
        published_at: new Date(memorial.updatedAt).toISOString(),
        document,
        groups: groups.map((g) => ({ id: g.id, slug: g.slug, name: g.nameEn, role: g.role })),
      });
    }
  }
});
