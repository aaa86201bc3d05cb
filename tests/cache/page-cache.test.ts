import { describe, expect, it } from "vitest";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { cspNonce, visit } from "./visit";

describe("the page cache for anonymous visitors", () => {
  it("serves a memorial page seen once again without touching D1", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const first = await visit(`/memorials/${slug}`);
    expect(first.res.status).toBe(200);
    expect(first.cache).toBe("miss");
    expect(first.statements).toBeGreaterThan(0);

    const again = await visit(`/memorials/${slug}`);
    expect(again.cache).toBe("hit");
    expect(again.statements).toBe(0);
    expect(again.body).toContain("Max Zucker");
    // Browsers are told what the route told them: ask every time, with the ETag.
    expect(again.res.headers.get("cache-control")).toBe("public, no-cache");
    expect(again.res.headers.get("etag")).toBe(first.res.headers.get("etag"));
    expect(again.res.headers.get("cache-tag")).toBeNull();
    // A nonce is never served twice: the cached page carries this response's own.
    const nonce = cspNonce(again.res);
    expect(nonce).toBeDefined();
    expect(nonce).not.toBe(cspNonce(first.res));
    expect(again.body).toContain(`nonce="${nonce}"`);
    expect(again.body).not.toContain(cspNonce(first.res));
  });

  it("answers a repeat visit with the same ETag by 304, from the cache", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const first = await visit(`/memorials/${slug}`);
    const repeat = await visit(`/memorials/${slug}`, { headers: { "if-none-match": first.res.headers.get("etag")! } });
    expect(repeat.res.status).toBe(304);
    expect(repeat.statements).toBe(0);
  });

  it("serves the pages visitors read from the cache: API, home, browse, map, timeline, feeds, sitemaps, OAI-PMH, search", async () => {
    const { slug, memorialId } = await publishMemorial(zuckerDocument());
    const paths = [
      `/api/v1/memorials/${memorialId}`,
      "/api/v1/memorials",
      "/api/v1/memorials?q=Zucker",
      "/",
      "/browse",
      "/browse/a-z/z",
      "/map",
      "/timeline",
      "/feed.atom",
      "/sitemap.xml",
      "/oai?verb=Identify",
      "/search?q=Zucker",
      `/memorials/${slug}`,
    ];
    for (const path of paths) {
      const first = await visit(path);
      expect([path, first.res.status, first.cache]).toEqual([path, 200, "miss"]);
      const again = await visit(path);
      expect([path, again.cache, again.statements]).toEqual([path, "hit", 0]);
      expect(again.body.length).toBe(first.body.length);
    }
  });

  it("keeps a page per language", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const german = await visit(`/memorials/${slug}`, { headers: { "accept-language": "de-AT,de;q=0.9" } });
    expect(german.body).toContain('lang="de"');
    const english = await visit(`/memorials/${slug}`, { headers: { "accept-language": "en" } });
    expect(english.cache).toBe("miss");
    expect(english.body).toContain('lang="en"');
    const russian = await visit(`/memorials/${slug}`, { headers: { cookie: "lang=ru" } });
    expect(russian.body).toContain('lang="ru"');
    const germanAgain = await visit(`/memorials/${slug}`, { headers: { "accept-language": "de" } });
    expect([germanAgain.cache, germanAgain.statements]).toEqual(["hit", 0]);
    expect(germanAgain.body).toContain('lang="de"');
    // Choosing a language sets its cookie, which a cached page could not do.
    const choosing = await visit(`/memorials/${slug}?lang=ru`);
    expect(choosing.cache).toBe("bypass");
    expect(choosing.res.headers.getSetCookie().join()).toContain("lang=ru");
  });

  it("is never used for a signed-in visitor, and never stores their pages", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const moderator = await signIn("moderator");
    const theirs = await visit(`/memorials/${slug}`, { cookie: moderator.cookie });
    expect(theirs.cache).toBe("bypass");
    expect(theirs.res.headers.get("cache-control")).toBe("private, no-cache");
    const anonymous = await visit(`/memorials/${slug}`);
    expect(anonymous.cache).toBe("miss");
    const theirsAgain = await visit(`/memorials/${slug}`, { cookie: moderator.cookie });
    expect(theirsAgain.cache).toBe("bypass");
    expect(theirsAgain.statements).toBeGreaterThan(0);
    // Even a session cookie that names nobody: the page is rendered, not taken from the cache.
    const stale = await visit(`/memorials/${slug}`, { cookie: "zeugnis_session=expired-or-unknown" });
    expect(stale.cache).toBe("bypass");
  });

  it("never serves private pages from the cache", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const moderator = await signIn("moderator");
    for (const path of ["/moderation", "/api/v1/moderation/queue", `/memorials/${slug}/report`, "/submit"]) {
      const first = await visit(path, { cookie: moderator.cookie });
      const again = await visit(path, { cookie: moderator.cookie });
      expect([path, first.cache, again.cache]).toEqual([path, null, null]);
      expect(again.statements).toBeGreaterThan(0);
    }
    const anonymous = await visit(`/memorials/${slug}/report`);
    expect((await visit(`/memorials/${slug}/report`)).cache ?? anonymous.cache).toBeNull();
  });

  it("logs the cache status with each request", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const { withRequestLog } = await import("../helpers/request-log");
    const miss = await withRequestLog(async () => (await visit(`/memorials/${slug}`)).res);
    const hit = await withRequestLog(async () => (await visit(`/memorials/${slug}`)).res);
    expect(miss.line).toMatchObject({ cache: "miss" });
    expect(hit.line).toMatchObject({ cache: "hit", d1_queries: 0 });
  });
});
