/** Public pages and API of groups: /groups, /groups/{slug}, /api/v1/groups[/{id or slug}] (api.md). */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../platform/env";
import { decodeCursor, encodeCursor } from "../../platform/http/cursor";
import { AppError } from "../../platform/http/errors";
import { validate } from "../../platform/http/json-body";
import { absoluteUrl } from "../../platform/http/site-url";
import { groupName } from "../../domain/group-document";
import { GroupPage, GroupsIndexPage } from "./groups.pages";
import { findPublishedGroup, listPublishedGroups, type GroupRow } from "./groups.queries";
import { publicGroup } from "./public-group";

export const groupRoutes = new Hono<AppEnv>();

export const groupListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  memorial_id: z.string().regex(/^mem_[a-z0-9]{8,40}$/, { error: "is not a memorial id" }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** The list item shape of the contract. */
export function groupListItem(row: GroupRow) {
  return { id: row.id, slug: row.slug, kind: row.kind, name: row.nameEn, date: row.dateEdtf, member_count: row.memberCount };
}

async function groupPage(c: Context<AppEnv>, cursorParam: "cursor" | "after") {
  const query = validate(groupListQuery, { ...c.req.query(), cursor: c.req.query(cursorParam) });
  // The page's Pager writes string keys, so the API's cursor does too: [date day, id].
  const key = query.cursor ? (decodeCursor(query.cursor, ["string", "string"]) as [string, string]) : undefined;
  const after: [number, string] | undefined = key && Number.isInteger(Number(key[0])) ? [Number(key[0]), key[1]] : undefined;
  if (key && !after) throw new AppError("bad_request", "The cursor is not valid; start again without it.");
  const rows = await listPublishedGroups(c.var.db, { q: query.q || undefined, memorialId: query.memorial_id, limit: query.limit + 1, after });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const next: [string, string] | null = rows.length > query.limit && last ? [String(last.dateSortDay), last.id] : null;
  return { query, page, next };
}

groupRoutes.get("/api/v1/groups", async (c) => {
  const { page, next } = await groupPage(c, "cursor");
  return c.json({ items: page.map(groupListItem), next_cursor: next ? encodeCursor(next) : null });
});

groupRoutes.get("/api/v1/groups/:key", async (c) => {
  const found = await findPublishedGroup(c.var.db, c.req.param("key"));
  if (!found) throw new AppError("not_found", "No published group has this id or slug.");
  const { document } = await publicGroup(c.var.db, found.document);
  return c.json({ id: found.group.id, slug: found.group.slug, revision_id: found.group.currentRevisionId, document });
});

groupRoutes.get("/groups", async (c) => {
  const { query, page, next } = await groupPage(c, "after");
  return c.render(<GroupsIndexPage rows={page} q={query.q} next={next} />, {
    title: c.var.t("groups:title"),
    description: c.var.t("groups:intro"),
    canonical: absoluteUrl(c.env, "/groups"),
  });
});

groupRoutes.get("/groups/:slug", async (c) => {
  const found = await findPublishedGroup(c.var.db, c.req.param("slug"));
  if (!found) throw new AppError("not_found");
  const { document, links } = await publicGroup(c.var.db, found.document);
  return c.render(<GroupPage group={found.group} doc={document} links={links} />, {
    title: groupName(document, c.var.locale),
    canonical: absoluteUrl(c.env, `/groups/${found.group.slug}`),
  });
});
