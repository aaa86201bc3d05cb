/**
 * GET /api/v1/export.jsonl, .csv and .jsonld: every published memorial, streamed, with the data's
 * licence, and cacheable: the ETag and Last-Modified move whenever anything changes in public view
 * (a publication, correction, withholding or merge), so a client can ask "anything new?" for free.
 */
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../platform/env";
import { validate } from "../../platform/http/json-body";
import { exportStamp } from "./export.queries";
import { EXPORT_TYPES, exportFormat, type ExportKind } from "./export.formats";
import { exportStream } from "./export.stream";
import { DATA_LICENCE } from "../../domain/licence";
import { siteOrigin } from "../../platform/http/site-url";
import { openDataHeaders, httpDate, notModified } from "./http-caching";
export const exportRoutes = new Hono<AppEnv>();

/** `since`: a UTC date (2024-05-01) or a date and time with its offset (2024-05-01T12:00:00Z). */
export const exportQuery = z.object({
  since: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: "must be a date (2024-05-01) or a date and time with a time zone (2024-05-01T12:00:00Z)",
    })
    .optional()
    .meta({
      description:
        "Only what changed in public view since then (inclusive), oldest change first: memorials published or corrected, " +
        "and memorials withdrawn (withheld or merged), each marked as such. A date means midnight UTC.",
    }),
});

/** The moment `since` names, ms; a bare date is midnight UTC. */
const sinceMs = (since: string) => Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(since) ? `${since}T00:00:00Z` : since);




for (const kind of Object.keys(EXPORT_TYPES) as ExportKind[]) {
  exportRoutes.get(`/api/v1/export.${kind}`, async (c) => {
    const query = validate(exportQuery, c.req.query());
    const since = query.since === undefined ? null : sinceMs(query.since);
    const stamp = await exportStamp(c.var.db);
    const etag = since === null ? `W/"${kind}-${stamp.count}-${stamp.newest}"` : `W/"${kind}-since${since}-${stamp.count}-${stamp.newest}"`;
    const modified = new Date(stamp.newest).toISOString();
    openDataHeaders(c);
    c.header("ETag", etag);
    c.header("Last-Modified", httpDate(stamp.newest));
    c.header("Cache-Control", "public, max-age=300, stale-while-revalidate=3600");
    if (notModified(c, etag, stamp.newest)) return c.body(null, 304);
    c.header("Content-Type", EXPORT_TYPES[kind]);
    const changes = since === null ? "" : `-changes-since-${new Date(since).toISOString().slice(0, 10)}`;
    c.header("Content-Disposition", `attachment; filename="zeugnis-memorials-${modified.slice(0, 10)}${changes}.${kind}"`);
    c.header("X-Data-Licence", DATA_LICENCE.id);
    c.header("X-Data-Modified", modified);
    c.header("X-Memorial-Count", String(stamp.count));
    return c.body(exportStream(c.var.db, exportFormat(kind, siteOrigin(c.env), modified, since), undefined, since));
  });
}
