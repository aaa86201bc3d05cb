/**
 * The Host header is the client's to choose. Every absolute URL the archive writes — the link in
 * a sign-in mail, canonical and OpenGraph addresses, citations, OAI-PMH identifiers, sitemaps,
 * feeds, exports, the OpenAPI servers — comes from SITE_URL (vitest.config.ts sets it to the
 * tests' origin), so a request for another host cannot plant that host in what others receive.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "../../src/platform/db/schema";
import worker from "../../src/index";
import { ORIGIN, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";

const EVIL = "evil.example";

/** A request whose URL and Host header name another site, as a forged Host header makes it. */
function hostile(path: string, init: { method?: string; json?: unknown; cookie?: string } = {}) {
  const headers = new Headers({ host: EVIL });
  if (init.cookie) headers.set("cookie", init.cookie);
  if (init.json !== undefined) headers.set("content-type", "application/json");
  const body = init.json === undefined ? undefined : JSON.stringify(init.json);
  return exports.default.fetch(new Request(`http://${EVIL}${path}`, { method: init.method ?? "GET", headers, body, redirect: "manual" }));
}

async function text(path: string) {
  const res = await hostile(path);
  expect(res.status, path).toBe(200);
  const body = await res.text();
  expect(body, path).not.toContain(EVIL);
  return body;
}

async function newestMailTo(address: string) {
  return testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, address)).orderBy(desc(mailOutbox.createdAt)).get();
}

describe("a forged Host header", () => {
  it("is the tests' own origin that SITE_URL names", () => {
    expect(env.SITE_URL).toBe(ORIGIN);
  });

  it("does not reach the sign-in link in the mail", async () => {
    expect((await hostile("/api/v1/auth/login-link", { method: "POST", json: { email: "host-victim@example.org" } })).status).toBe(202);
    const mail = await newestMailTo("host-victim@example.org");
    expect(mail?.link).toMatch(new RegExp(`^${ORIGIN}/auth/verify\\?token=`));
    expect(mail?.body).not.toContain(EVIL);
  });

  it("does not reach the links in the mails of submissions and decisions", async () => {
    const submitter = await signIn();
    const created = await hostile("/api/v1/submissions", {
      method: "POST",
      cookie: submitter.cookie,
      json: { document: zuckerDocument(), submitter: { relationship: "descendant", show_name: false }, consent: { publish: true } },
    });
    expect(created.status).toBe(201);
    const received = await newestMailTo(submitter.email);
    expect(received?.link).toMatch(new RegExp(`^${ORIGIN}/my/submissions/`));

    const moderator = await signIn("moderator");
    const { id, submitter: other } = await createRevision();
    const decided = await hostile(`/api/v1/moderation/revisions/${id}/decision`, {
      method: "POST",
      cookie: moderator.cookie,
      json: { action: "request_changes", version: 1, reason: "Please add the archive file." },
    });
    expect(decided.status).toBe(200);
    expect((await newestMailTo(other.email))?.link).toBe(`${ORIGIN}/my/submissions/${id}`);
  });

  it("does not reach canonical links, og:url, hreflang alternates, JSON-LD or the citation", async () => {
    const { slug, memorialId } = await publishMemorial(zuckerDocument());
    const home = await text("/");
    expect(home).toContain(`<link rel="canonical" href="${ORIGIN}/"/>`);
    const page = await text(`/memorials/${slug}`);
    expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/memorials/${slug}"/>`);
    expect(page).toContain(`<meta property="og:url" content="${ORIGIN}/memorials/${slug}"/>`);
    expect(page).toContain(`hreflang="de" href="${ORIGIN}/memorials/${slug}?lang=de"`);
    expect(page).toContain(`${ORIGIN}/memorials/${memorialId}`);
  });

  it("does not reach OAI-PMH identifiers or the base URL", async () => {
    const { memorialId } = await publishMemorial(zuckerDocument());
    const identify = await text("/oai?verb=Identify");
    expect(identify).toContain(`<baseURL>${ORIGIN}/oai</baseURL>`);
    expect(identify).toContain("<repositoryIdentifier>zeugnis.test</repositoryIdentifier>");
    const record = await text(`/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:zeugnis.test:${memorialId}`);
    expect(record).toContain(`<identifier>oai:zeugnis.test:${memorialId}</identifier>`);
    expect(record).toContain(`>${ORIGIN}/oai</request>`);
  });

  it("does not reach sitemaps, the feed or robots.txt", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    expect(await text("/sitemap.xml")).toContain(`<loc>${ORIGIN}/memorials/${slug}</loc>`);
    expect(await text("/sitemaps/pages.xml")).toContain(`<loc>${ORIGIN}/</loc>`);
    expect(await text("/sitemaps/memorials-1.xml")).toContain(`<loc>${ORIGIN}/memorials/${slug}</loc>`);
    expect(await text("/feed.atom")).toContain(`href="${ORIGIN}/memorials/${slug}"`);
  });

  it("does not reach the sitemap address in production's robots.txt", async () => {
    const ctx = createExecutionContext();
    const res = await worker.fetch(new Request(`http://${EVIL}/robots.txt`, { headers: { host: EVIL } }), { ...env, ENVIRONMENT: "production" }, ctx);
    await waitOnExecutionContext(ctx);
    expect(await res.text()).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  it("does not reach the exports or a GEDCOM file", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    expect(await text("/api/v1/export.jsonl")).toContain(`"url":"${ORIGIN}/memorials/`);
    expect(await text("/api/v1/export.csv")).toContain(`${ORIGIN}/memorials/`);
    expect(await text("/api/v1/export.jsonld")).toContain(`"@id":"${ORIGIN}/api/v1/export.jsonld"`);
    expect(await text(`/api/v1/memorials/${slug}/gedcom`)).toContain(`${ORIGIN}/memorials/${slug}`);
  });

  it("does not reach the OpenAPI document, which is built once whatever the Host", async () => {
    const doc = (await (await hostile("/api/v1/openapi.json")).json()) as { servers: Array<{ url: string }> };
    expect(doc.servers).toEqual([{ url: ORIGIN }]);
    const other = await exports.default.fetch(new Request("http://another.example/api/v1/openapi.json"));
    const again = (await other.json()) as { servers: Array<{ url: string }> };
    expect(again.servers).toEqual([{ url: ORIGIN }]);
    await text("/api/docs");
  });
});
