/**
 * Nothing private leaks: a crawler reads every public page, API answer, feed, sitemap and export
 * of an archive holding unpublished, refused, withdrawn, withheld and merged content and the
 * addresses of its people, following every link and the sitemap from the entry points, and
 * fails if any marked text or address appears. Entry points are every GET route of the app
 * without parameters, so exports and protocols added later are crawled as soon as they exist.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../src/index";
import { ORIGIN, request } from "../helpers/app";
import { signIn } from "../helpers/users";
import { seedPrivateArchive } from "./private-archive";

const MAX_PAGES = 1_500;
/** Links a visitor's crawl must not follow: they act (sign-in tokens) or only vary the language. */
const SKIP = [/^\/auth\/verify/, /^\/auth\/logout/];
const OAI_VERBS = ["Identify", "ListMetadataFormats", "ListSets", "ListIdentifiers&metadataPrefix=oai_dc", "ListRecords&metadataPrefix=oai_dc"];

function entryPoints(): string[] {
  const gets = app.routes.filter((r) => r.method === "GET" && !r.path.includes(":") && !r.path.includes("*"));
  const paths = new Set(gets.map((r) => r.path));
  for (const path of [...paths]) if (/oai/i.test(path)) for (const verb of OAI_VERBS) paths.add(`${path}?verb=${verb}`);
  for (const extra of ["/api/v1/memorials?limit=100", "/?lang=de", "/?lang=ru", "/feed.atom?lang=ru"]) paths.add(extra);
  return [...paths];
}

/** Same-site links of a page, feed, sitemap or JSON answer. */
function linksOf(body: string, type: string): string[] {
  const found = new Set<string>();
  const add = (raw: string) => {
    try {
      const url = new URL(raw.replace(/&amp;/g, "&"), ORIGIN);
      if (url.origin === ORIGIN) found.add(url.pathname + url.search);
    } catch {
      // not a URL
    }
  };
  if (type.includes("json")) {
    for (const m of body.matchAll(/"((?:https:\/\/zeugnis\.test)?\/[^"\s]*)"/g)) add(m[1]!);
    for (const m of body.matchAll(/"(mem_[a-z0-9]+)"/g)) add(`/api/v1/memorials/${m[1]}`);
    const cursor = body.match(/"next_cursor":"([^"]+)"/);
    if (cursor) add(`/api/v1/memorials?limit=100&cursor=${cursor[1]}`);
  } else {
    for (const m of body.matchAll(/\b(?:href|src|action)="([^"]+)"/g)) add(m[1]!);
    for (const m of body.matchAll(/<loc>([^<]+)<\/loc>/g)) add(m[1]!);
    for (const m of body.matchAll(/^Sitemap: (\S+)$/gm)) add(m[1]!);
  }
  return [...found];
}

/**
 * The addresses of versions and histories (docs/versions.md): a merged memorial's published text
 * stays readable there, so that citations made before the merge still lead to it.
 */
const VERSION_ROUTE = /^\/(api\/v1\/)?memorials\/[^/?]+\/(history|v\/|compare|versions)/;

async function crawl(cookie: string | undefined, secrets: string[], versionReadable: string[] = []) {
  const queue = entryPoints();
  const seen = new Set(queue);
  const leaks: string[] = [];
  const failures: string[] = [];
  let pages = 0;
  while (queue.length && pages < MAX_PAGES) {
    const path = queue.shift()!;
    const res = await request(path, { cookie });
    pages++;
    if (res.status >= 500) failures.push(`${res.status} ${path}`);
    const type = res.headers.get("content-type") ?? "";
    const body = /^(text|application\/(.*json|.*xml))/.test(type) ? await res.text() : "";
    for (const secret of secrets) {
      if (versionReadable.includes(secret) && VERSION_ROUTE.test(path)) continue;
      if (body.toLowerCase().includes(secret.toLowerCase())) leaks.push(`${secret} in ${path}`);
    }
    const location = res.headers.get("location");
    const next = location ? [...linksOf(`"${location}"`, "json"), ...linksOf(body, type)] : linksOf(body, type);
    for (const link of next) {
      if (SKIP.some((re) => re.test(link)) || seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return { pages, leaks, failures, seen };
}

let archive: Awaited<ReturnType<typeof seedPrivateArchive>>;

beforeAll(async () => {
  archive = await seedPrivateArchive();
}, 60_000);

describe("a crawl of everything public", () => {
  it("finds no unpublished text, reason, message or address — as a visitor", async () => {
    const { pages, leaks, failures, seen } = await crawl(undefined, archive.secrets, archive.versionReadable);
    expect(failures).toEqual([]);
    expect(leaks).toEqual([]);
    // The crawl did reach the public archive: both memorials, their API answers and the sitemap.
    for (const { id, slug } of archive.published) {
      expect(seen).toContain(`/memorials/${slug}`);
      expect(seen).toContain(`/api/v1/memorials/${id}`);
    }
    expect(seen).toContain("/sitemap.xml");
    expect(seen).toContain("/feed.atom");
    expect(pages).toBeGreaterThan(100);
    console.log(`crawled ${pages} public answers as a visitor, ${archive.secrets.length} private markers`);
  }, 300_000);

  it("finds none either for a signed-in contributor who is not the submitter", async () => {
    const stranger = await signIn("contributor");
    const { leaks, failures } = await crawl(stranger.cookie, archive.secrets, archive.versionReadable);
    expect(failures).toEqual([]);
    expect(leaks).toEqual([]);
  }, 300_000);

  it("while the withheld memorial answers 410 and the merged one redirects, each without its text", async () => {
    const withheld = await request(`/api/v1/memorials/${archive.withheldId}`);
    expect(withheld.status).toBe(410);
    const merged = await request(`/api/v1/memorials/${archive.mergedId}`);
    expect(merged.status).toBe(301);
    for (const res of [withheld, merged]) {
      const body = await res.text();
      for (const secret of archive.secrets) expect(body).not.toContain(secret);
    }
  });

  it("and the markers are real: the submitter sees their own pending text", async () => {
    const mine = await (await request("/api/v1/submissions?limit=100", { cookie: archive.users.submitter.cookie })).text();
    expect(archive.secrets.filter((s) => mine.includes(s)).length).toBeGreaterThan(5);
  });
});
