/** Public pages of a memorial's versions (docs/versions.md): its history, each version, two compared, citations to download. */
import { Hono } from "hono";
import { z } from "zod";
import { primaryName } from "../../domain/person-document";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/http/errors";
import { validate } from "../../platform/http/json-body";
import { siteOrigin } from "../../platform/http/site-url";
import { historyOf } from "../memorials/memorial-page.queries";
import { MemorialPage } from "../memorials/memorials.pages";
import { memorialCacheHeaders } from "../memorials/page-cache";
import { toBibtex, toCslJson, toRis } from "./citation-formats";
import { citationRecord, versionCitationInput } from "./citation-record";
import { CitationMeta } from "./components/citation-meta";
import { versionCredits } from "./credit";
import { mergeEvents } from "./merge-events";
import { CITATION_FORMATS, historyPath, versionUrl, type CitationFormat } from "./version-links";
import { pickVersion, readPublicVersions, summaries } from "./version-content";
import { openVersionedMemorial } from "./versions";
import { ComparePage, HistoryPage, VersionNotice } from "./versions.pages";
import { readVersions } from "./versions.queries";

export const versionPages = new Hono<AppEnv>();

const cacheHeaders = (c: { header: (name: string, value: string) => void }, signedIn: boolean) => {
  for (const [name, value] of Object.entries(memorialCacheHeaders(signedIn))) c.header(name, value);
};

versionPages.get("/memorials/:key/history", async (c) => {
  const key = c.req.param("key");
  const { memorial } = await openVersionedMemorial(c.var.db, key);
  if (!key.startsWith("mem_") && key !== memorial.slug) return c.redirect(historyPath(memorial.slug), 301);
  const [versions, merges] = await Promise.all([readVersions(c.var.db, memorial.id), mergeEvents(c.var.db, memorial.id)]);
  if (versions.length === 0) throw new AppError("not_found");
  const { documents } = await readPublicVersions(c.var.db, memorial.id, versions);
  const texts = summaries(documents, c.var.t, c.var.locale);
  const credits = versionCredits(versions);
  const entries = versions
    .map((v, i) => ({ number: v.number, kind: v.kind, publishedAt: v.publishedAt, summary: texts[i]!, credit: credits[i]! }))
    .reverse();
  const name = primaryName(documents[documents.length - 1]!).display;
  cacheHeaders(c, !!c.var.user);
  return c.render(<HistoryPage memorial={memorial} name={name} entries={entries} merges={merges} />, {
    title: c.var.t("versions:history.title", { name }),
  });
});

versionPages.get("/memorials/:key/v/:n", async (c) => {
  const { memorial, mergedInto } = await openVersionedMemorial(c.var.db, c.req.param("key"));
  const versions = await readVersions(c.var.db, memorial.id);
  const version = pickVersion(versions, c.req.param("n"));
  const {
    documents: [document],
    related,
  } = await readPublicVersions(c.var.db, memorial.id, [version]);
  const origin = siteOrigin(c.env);
  const accessed = new Date();
  const record = citationRecord({ memorialId: memorial.id, document: document!, ...versionCitationInput(versions, version.number), origin, accessed, t: c.var.t, locale: c.var.locale });
  const isCurrent = !mergedInto && version.number === versions.length;
  cacheHeaders(c, !!c.var.user);
  const notice = <VersionNotice memorial={memorial} mergedInto={mergedInto} number={version.number} total={versions.length} publishedAt={version.publishedAt} />;
  return c.render(
    <MemorialPage
      memorial={memorial}
      doc={document!}
      related={related}
      history={historyOf(versions)}
      origin={origin}
      accessed={accessed}
      version={{ number: version.number, notice }}
    />,
    {
      title: c.var.t("versions:version.title", { name: record.title, n: version.number }),
      canonical: versionUrl(origin, memorial.id, version.number),
      // The current text is indexed at the memorial's own address; earlier versions are for citations.
      noindex: !isCurrent,
      head: (
        <>
          <CitationMeta record={record} />
          <script src="/js/copy.js" defer></script>
        </>
      ),
    },
  );
});

const compareQuery = z.object({
  from: z.coerce.number().int().min(1).max(999_999),
  to: z.coerce.number().int().min(1).max(999_999),
});

versionPages.get("/memorials/:key/compare", async (c) => {
  const { memorial } = await openVersionedMemorial(c.var.db, c.req.param("key"));
  const query = compareQuery.safeParse(c.req.query());
  if (!query.success) throw new AppError("validation_failed", c.var.t("versions:compare.invalid"));
  const versions = await readVersions(c.var.db, memorial.id);
  const [from, to] = [pickVersion(versions, query.data.from), pickVersion(versions, query.data.to)];
  const { documents, related } = await readPublicVersions(c.var.db, memorial.id, [from, to]);
  const name = primaryName(documents[1]!).display;
  const names = new Map([...related].map(([id, r]) => [id, r.name]));
  cacheHeaders(c, !!c.var.user);
  return c.render(
    <ComparePage
      memorial={memorial}
      name={name}
      from={{ number: from.number, publishedAt: from.publishedAt, document: documents[0]! }}
      to={{ number: to.number, publishedAt: to.publishedAt, document: documents[1]! }}
      memorials={names}
    />,
    { title: c.var.t("versions:compare.title", { name, from: from.number, to: to.number }), noindex: true },
  );
});

const WRITERS: Record<CitationFormat, (record: ReturnType<typeof citationRecord>) => string> = {
  bibtex: toBibtex,
  ris: toRis,
  "csl-json": toCslJson,
};

for (const format of Object.keys(CITATION_FORMATS) as CitationFormat[]) {
  const { file, mime } = CITATION_FORMATS[format];
  versionPages.get(`/memorials/:key/v/:n/cite.${file}`, async (c) => {
    const { memorial } = await openVersionedMemorial(c.var.db, c.req.param("key"));
    const versions = await readVersions(c.var.db, memorial.id);
    const version = pickVersion(versions, c.req.param("n"));
    const {
      documents: [document],
    } = await readPublicVersions(c.var.db, memorial.id, [version]);
    const record = citationRecord({
      memorialId: memorial.id,
      document: document!,
      ...versionCitationInput(versions, version.number),
      origin: siteOrigin(c.env),
      accessed: new Date(),
      t: c.var.t,
      locale: c.var.locale,
    });
    c.header("Content-Type", mime);
    c.header("Content-Disposition", `attachment; filename="zeugnis-${memorial.id}-v${version.number}.${file}"`);
    cacheHeaders(c, !!c.var.user);
    return c.body(WRITERS[format](record));
  });
}
