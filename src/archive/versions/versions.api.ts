/** Versions for machines (api.md, "versions"): the list of a memorial's versions and one version as it was. */
import { Hono } from "hono";
import type { AppEnv } from "../../platform/env";
import { siteOrigin } from "../../platform/http/site-url";
import { cslItem } from "./citation-formats";
import { citationRecord, versionCitationInput } from "./citation-record";
import { versionCredits, type Credit } from "./credit";
import { pickVersion, readPublicVersions, summaries } from "./version-content";
import { versionUrl } from "./version-links";
import { openVersionedMemorial } from "./versions";
import { readVersions, type VersionRow } from "./versions.queries";
import type { versionDetail, versionItem as versionItemShape, versionList } from "./versions.shapes";
import type { z } from "zod";

export const versionsApi = new Hono<AppEnv>();

function versionItem(v: VersionRow, credit: Credit, summary: string, memorialId: string, origin: string): z.infer<typeof versionItemShape> {
  return {
    number: v.number,
    revision_id: v.revisionId,
    kind: v.kind === "new" ? "first_publication" : "correction",
    published_at: new Date(v.publishedAt).toISOString(),
    summary,
    contributor: { name: credit.name, role: credit.role },
    url: versionUrl(origin, memorialId, v.number),
    api_url: `${origin}/api/v1/memorials/${memorialId}/versions/${v.number}`,
  };
}

versionsApi.get("/api/v1/memorials/:key/versions", async (c) => {
  const { memorial, mergedInto } = await openVersionedMemorial(c.var.db, c.req.param("key"));
  const versions = await readVersions(c.var.db, memorial.id);
  const { documents } = await readPublicVersions(c.var.db, memorial.id, versions);
  const texts = summaries(documents, c.var.t, c.var.locale);
  const credits = versionCredits(versions);
  const origin = siteOrigin(c.env);
  return c.json<z.infer<typeof versionList>>({
    id: memorial.id,
    slug: memorial.slug,
    merged_into_id: mergedInto?.id ?? null,
    current_version: mergedInto ? null : versions.length,
    items: versions.map((v, i) => versionItem(v, credits[i]!, texts[i]!, memorial.id, origin)).reverse(),
  });
});

versionsApi.get("/api/v1/memorials/:key/versions/:n", async (c) => {
  const { memorial, mergedInto } = await openVersionedMemorial(c.var.db, c.req.param("key"));
  const versions = await readVersions(c.var.db, memorial.id);
  const version = pickVersion(versions, c.req.param("n"));
  const picked = version.number > 1 ? [versions[version.number - 2]!, version] : [version];
  const { documents } = await readPublicVersions(c.var.db, memorial.id, picked);
  const document = documents[documents.length - 1]!;
  const summary = summaries(documents, c.var.t, c.var.locale)[documents.length - 1]!;
  const origin = siteOrigin(c.env);
  const record = citationRecord({ memorialId: memorial.id, document, ...versionCitationInput(versions, version.number), origin, accessed: new Date(), t: c.var.t, locale: c.var.locale });
  const answer: z.infer<typeof versionDetail> = {
    id: memorial.id,
    slug: memorial.slug,
    merged_into_id: mergedInto?.id ?? null,
    current: !mergedInto && version.number === versions.length,
    ...versionItem(version, versionCredits(versions)[version.number - 1]!, summary, memorial.id, origin),
    citation: cslItem(record),
    document,
  };
  return c.json(answer);
});
