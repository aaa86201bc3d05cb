/**
 * What a visitor (nobody signed in) can ask the archive for, by route (the keys of
 * tests/security/route-table.ts): every page, API answer, feed, export and protocol request,
 * each in the variants that run different SQL — filters, sorts, languages, later pages, and the
 * redirects and refusals of merged, withheld and unknown memorials.
 */
import { encodeCursor } from "../../src/platform/http/cursor";
import { ORIGIN, request } from "../helpers/app";
import type { Archive } from "./archive";

export interface Visit {
  path: string;
  /** A form body: the visit is a POST. */
  form?: Record<string, string>;
}

type Visits = (a: Archive) => Promise<Array<string | Visit>>;

/** `path` with the value of `param` from the "next page" link its answer carries. */
async function nextPage(path: string, param: string, pattern = new RegExp(`[?&;]${param}=([^"&<\\s]+)`)): Promise<string> {
  const body = (await (await request(path)).text()).replace(/&amp;/g, "&");
  const value = body.match(pattern)?.[1];
  if (!value) throw new Error(`${path} has no next page (${param})`);
  return `${path}${path.includes("?") ? "&" : "?"}${param}=${value}`;
}

const oaiIdentifier = (memorialId: string) => `oai:${new URL(ORIGIN).hostname}:${memorialId}`;

const apiCursor = (path: string) => nextPage(path, "cursor", /"next_cursor":"([^"]+)"/);

const SEARCHES = [
  "q=Zucker", // exact
  "q=Thaelmann", // folded
  "q=Цуккер", // transliteration
  "q=Minzenberg", // phonetic
  "q=Zuck", // prefix
  "q=Ravensbrück", // full text
  "q=Max Zucker", // two words: the rarer drives
  "q=Zucker&sort=name",
  "q=Zucker&sort=date",
  "fate=handover",
  "fate=arrest&fate=death&sort=date",
  "persecutor=soviet",
  "event=arrest&from=1937&to=1938",
  "from=1937",
  "place=Moscow",
  "country=DE",
  "nationality=German",
  "organisation=KPD",
  "marker=1",
  "q=Zucker&fate=handover&country=PL&place=Warsaw&nationality=German&organisation=KPD&persecutor=nazi&marker=1&event=death&from=1930&to=1945",
];

const OAI = [
  "verb=Identify",
  "verb=ListMetadataFormats",
  "verb=ListSets",
  "verb=ListIdentifiers&metadataPrefix=oai_dc",
  "verb=ListRecords&metadataPrefix=oai_dc",
  "verb=ListRecords&metadataPrefix=oai_dc&from=2000-01-01&until=2999-12-31",
  "verb=ListIdentifiers&metadataPrefix=oai_dc&set=fate:handover",
  "verb=ListRecords&metadataPrefix=zeugnis",
  "verb=ListRecords&metadataPrefix=oai_dc&set=country:PL&from=2000-01-01&until=2999-12-31",
];

export const PUBLIC_VISITS: Record<string, Visits> = {
  "GET /": async () => ["/", "/?lang=ru"],
  "GET /healthz": async () => ["/healthz"],
  "GET /search": async () => [
    "/search",
    ...SEARCHES.map((s) => `/search?${s}`),
    await nextPage("/search?q=Zucker", "cursor"),
    await nextPage("/search?fate=arrest", "cursor"),
  ],
  "GET /api/v1/memorials": async () => [
    "/api/v1/memorials?limit=5",
    await apiCursor("/api/v1/memorials?limit=5"),
    ...SEARCHES.map((s) => `/api/v1/memorials?${s}&facets=true&limit=5`),
    await apiCursor("/api/v1/memorials?q=Zucker&limit=2"),
    await apiCursor("/api/v1/memorials?q=Zucker&sort=date&limit=2"),
    await apiCursor("/api/v1/memorials?fate=arrest&sort=name&limit=2"),
  ],
  "GET /api/v1/memorials/:key": async (a) => [
    `/api/v1/memorials/${a.memorial.id}`,
    `/api/v1/memorials/${a.memorial.slug}`,
    `/api/v1/memorials/${a.merged.id}`,
    `/api/v1/memorials/${a.withheldId}`,
    "/api/v1/memorials/nobody-of-this-name",
  ],
  "GET /memorials/:key": async (a) => [
    `/memorials/${a.memorial.slug}`,
    `/memorials/${a.memorial.id}?lang=de`,
    `/memorials/${a.withPhoto.id}`,
    `/memorials/${a.merged.slug}`,
    `/memorials/${a.withheldId}`,
    "/memorials/nobody-of-this-name",
  ],
  "GET /memorials/:key/history": async (a) => [
    `/memorials/${a.memorial.slug}/history`,
    `/memorials/${a.memorial.id}/history?lang=ru`,
    `/memorials/${a.merged.id}/history`,
    `/memorials/${a.withheldId}/history`,
    "/memorials/nobody-of-this-name/history",
  ],
  "GET /memorials/:key/v/:n": async (a) => [
    `/memorials/${a.memorial.id}/v/1`,
    `/memorials/${a.withPhoto.id}/v/1`,
    `/memorials/${a.merged.id}/v/1`,
    `/memorials/${a.withheldId}/v/1`,
    `/memorials/${a.memorial.id}/v/999`,
  ],
  "GET /memorials/:key/compare": async (a) => [`/memorials/${a.memorial.id}/compare?from=1&to=1`],
  "GET /memorials/:key/v/:n/cite.bib": async (a) => [`/memorials/${a.memorial.id}/v/1/cite.bib`],
  "GET /memorials/:key/v/:n/cite.ris": async (a) => [`/memorials/${a.memorial.id}/v/1/cite.ris`],
  "GET /memorials/:key/v/:n/cite.json": async (a) => [`/memorials/${a.memorial.id}/v/1/cite.json`],
  "GET /api/v1/memorials/:key/versions": async (a) => [
    `/api/v1/memorials/${a.memorial.slug}/versions`,
    `/api/v1/memorials/${a.merged.id}/versions`,
    `/api/v1/memorials/${a.withheldId}/versions`,
  ],
  "GET /api/v1/memorials/:key/versions/:n": async (a) => [`/api/v1/memorials/${a.memorial.id}/versions/1`],
  "GET /memorials/:key/report": async (a) => [`/memorials/${a.memorial.slug}/report`, `/memorials/${a.merged.id}/report`],
  "GET /api/v1/memorials/:key/gedcom": async (a) => [
    `/api/v1/memorials/${a.memorial.id}/gedcom`,
    `/api/v1/memorials/${a.memorial.slug}/gedcom?scope=family`,
    `/api/v1/memorials/${a.merged.id}/gedcom`,
  ],
  "GET /sitemap.xml": async () => ["/sitemap.xml"],
  "GET /sitemaps/pages.xml": async () => ["/sitemaps/pages.xml"],
  "GET /sitemaps/:file{memorials-[0-9]+\\.xml}": async () => ["/sitemaps/memorials-1.xml", "/sitemaps/memorials-2.xml"],
  "GET /feed.atom": async () => ["/feed.atom", "/feed.atom?lang=de"],
  "GET /robots.txt": async () => ["/robots.txt"],
  "GET /browse": async () => ["/browse"],
  "GET /browse/fate": async () => ["/browse/fate"],
  "GET /browse/fate/:type": async () => ["/browse/fate/handover", await nextPage("/browse/fate/arrest", "after")],
  "GET /browse/years": async () => ["/browse/years"],
  "GET /browse/years/:year{[0-9]{4}}": async () => [
    "/browse/years/1937",
    "/browse/years/1940?event=handover",
    await nextPage("/browse/years/1937", "after"),
  ],
  "GET /browse/places": async () => ["/browse/places"],
  "GET /browse/place": async () => ["/browse/place?name=Moscow", await nextPage("/browse/place?name=Moscow", "after")],
  "GET /browse/a-z": async () => ["/browse/a-z"],
  "GET /browse/a-z/:letter": async () => ["/browse/a-z/z", "/browse/a-z/other", `/browse/a-z/s?after=${encodeCursor(["s", ""])}`],
  "GET /map": async () => ["/map", "/map?at=55.75,37.61"],
  "GET /timeline": async () => ["/timeline", "/timeline?type=handover"],
  "GET /groups": async () => ["/groups", "/groups?q=Brest", "/groups?lang=de", await nextPage("/groups", "after")],
  "GET /groups/:slug": async () => ["/groups/transport-1939-12-31-brest-litovsk", "/groups/mensing-list-325?lang=ru", "/groups/no-such-group"],
  "GET /api/v1/groups": async (a) => [
    "/api/v1/groups",
    "/api/v1/groups?q=train",
    `/api/v1/groups?memorial_id=${a.memorial.id}`,
    await apiCursor("/api/v1/groups?limit=5"),
  ],
  "GET /api/v1/groups/:key": async () => ["/api/v1/groups/mensing-list-325", "/api/v1/groups/grp_nosuchgroup0000"],
  "GET /auth/sign-in": async () => ["/auth/sign-in"],
  "GET /auth/verify": async () => ["/auth/verify", "/auth/verify?token=not-a-token-anyone-was-sent"],
  "GET /api/v1/dev/outbox": async () => ["/api/v1/dev/outbox"],
  "GET /dev/outbox": async () => ["/dev/outbox"],
  "GET /submit": async (a) => ["/submit", `/submit?correct=${a.memorial.id}`],
  "GET /api/v1/media/:id": async (a) => [`/api/v1/media/${a.withPhoto.mediaId}`, `/api/v1/media/${a.privateMediaId}`],
  "GET /media/:id{med_[a-z0-9]{8,40}}": async (a) => [
    `/media/${a.withPhoto.mediaId}`,
    `/media/${a.withPhoto.mediaId}?size=thumb`,
    `/media/${a.privateMediaId}`,
  ],
  "GET /api/v1/openapi.json": async () => ["/api/v1/openapi.json"],
  "GET /api/docs": async () => ["/api/docs"],
  "GET /open-data": async () => ["/open-data", "/open-data?lang=ru"],
  "GET /finding-the-files": async () => ["/finding-the-files", "/finding-the-files?lang=ru"],
  "GET /help/evidence": async () => ["/help/evidence", "/help/evidence?lang=de"],
  "GET /memorials/:key/request-letter": async (a) => [
    `/memorials/${a.memorial.slug}/request-letter`,
    `/memorials/${a.memorial.id}/request-letter?language=de&archive=bundesarchiv&requester=Anna&relationship=Enkelin`,
    `/memorials/${a.merged.slug}/request-letter`,
    `/memorials/${a.withheldId}/request-letter`,
    "/memorials/nobody-of-this-name/request-letter",
  ],
  "GET /api/docs/try": async () => ["/api/docs/try?operation=listMemorials"],
  "GET /api/v1/export.jsonl": async () => ["/api/v1/export.jsonl", "/api/v1/export.jsonl?since=2000-01-01"],
  "GET /api/v1/export.csv": async () => ["/api/v1/export.csv", "/api/v1/export.csv?since=2000-01-01T00:00:00Z"],
  "GET /api/v1/export.jsonld": async () => ["/api/v1/export.jsonld", "/api/v1/export.jsonld?since=2000-01-01"],
  "GET /oai": async (a) => [
    ...OAI.map((q) => `/oai?${q}`),
    `/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiIdentifier(a.memorial.id)}`,
    `/oai?verb=ListMetadataFormats&identifier=${oaiIdentifier(a.memorial.id)}`,
    await nextPage("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc", "resumptionToken", /<resumptionToken[^>]*>([^<]+)</),
    await nextPage("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&set=fate", "resumptionToken", /<resumptionToken[^>]*>([^<]+)</),
  ],
  "POST /oai": async () => [{ path: "/oai", form: { verb: "ListRecords", metadataPrefix: "oai_dc" } }],
};
