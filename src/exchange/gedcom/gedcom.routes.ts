/**
 * GET /api/v1/memorials/{id}/gedcom: one published memorial as GEDCOM 7, its relatives as short
 * records; with ?scope=family, every published memorial linked to it by kinship, as full records.
 */
import { Hono } from "hono";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../platform/db/client";
import { memorialRelations, memorials } from "../../platform/db/schema";
import type { AppEnv } from "../../platform/env";
import { validate } from "../../platform/http/json-body";
import { AppError } from "../../platform/http/errors";
import { linkedMemorials, resolveMemorial } from "../../archive/memorials/memorials.queries";
import { publishedByIds, type PublishedMemorial } from "../exports/export.queries";
import { openDataHeaders } from "../exports/http-caching";
import { buildGedcom } from "./gedcom-export";
import { siteOrigin } from "../../platform/http/site-url";

export const gedcomRoutes = new Hono<AppEnv>();

export const gedcomQuery = z.object({
  scope: z.enum(["person", "family"]).default("person"),
});

export const GEDCOM_TYPE = "text/vnd.familysearch.gedcom; charset=utf-8";
const KINSHIP = ["spouse", "parent", "child", "sibling"] as const;
/** A family file stays readable and within a request's limits. */
export const MAX_FAMILY = 200;

/** Published memorials linked to `root` by kinship, in either direction, breadth first. */
async function familyOf(db: Database, root: PublishedMemorial): Promise<PublishedMemorial[]> {
  const found = new Map([[root.memorial.id, root]]);
  let frontier = [root];
  while (frontier.length && found.size < MAX_FAMILY) {
    const ids = frontier.map((p) => p.memorial.id);
    const next = new Set<string>();
    for (const p of frontier) for (const r of p.document.relations) if (r.memorial_id && KINSHIP.includes(r.type as (typeof KINSHIP)[number])) next.add(r.memorial_id);
    for (let i = 0; i < ids.length; i += 90) {
      const inbound = await db
        .select({ id: memorialRelations.memorialId })
        .from(memorialRelations)
        .innerJoin(memorials, eq(memorials.id, memorialRelations.memorialId))
        .where(and(inArray(memorialRelations.targetMemorialId, ids.slice(i, i + 90)), inArray(memorialRelations.type, [...KINSHIP]), eq(memorials.status, "published")));
      for (const r of inbound) next.add(r.id);
    }
    const fresh = [...next].filter((id) => !found.has(id)).slice(0, MAX_FAMILY - found.size);
    frontier = await publishedByIds(db, fresh);
    for (const p of frontier) found.set(p.memorial.id, p);
  }
  return [...found.values()];
}

gedcomRoutes.get("/api/v1/memorials/:key/gedcom", async (c) => {
  const { scope } = validate(gedcomQuery, c.req.query());
  const resolved = await resolveMemorial(c.var.db, c.req.param("key"));
  if (resolved.kind === "missing") throw new AppError("not_found", "No published memorial has this id or slug.");
  if (resolved.kind === "gone") throw new AppError("gone", "This memorial has been withdrawn from public view.");
  if (resolved.kind === "redirect") {
    return c.redirect(`/api/v1/memorials/${resolved.memorial.slug}/gedcom${scope === "family" ? "?scope=family" : ""}`, 301);
  }
  const [root] = await publishedByIds(c.var.db, [resolved.memorial.id]);
  if (!root) throw new AppError("not_found", "No published memorial has this id or slug.");
  const people = scope === "family" ? await familyOf(c.var.db, root) : [root];
  const origin = siteOrigin(c.env);
  const title = scope === "family" ? `The family of ${root.memorial.displayName}` : root.memorial.displayName;
  const inFile = new Set(people.map((p) => p.memorial.id));
  const outside = [...new Set(people.flatMap((p) => p.document.relations.flatMap((r) => (r.memorial_id && !inFile.has(r.memorial_id) ? [r.memorial_id] : []))))];
  const linked = await linkedMemorials(c.var.db, outside);
  const text = await buildGedcom(people, { origin, now: Date.now(), title, linked });
  openDataHeaders(c);
  c.header("Content-Disposition", `attachment; filename="${root.memorial.slug}${scope === "family" ? "-family" : ""}.ged"`);
  return c.body(text, 200, { "Content-Type": GEDCOM_TYPE });
});
