/**
 * Security headers on every kind of answer the Worker gives (pages, errors, feeds, API, files),
 * the static assets' headers file, and the flags of every cookie the archive sets.
 */
import { describe, expect, it } from "vitest";
import staticHeaders from "../../public/_headers?raw";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { followSignInLink, signIn } from "../helpers/users";
import { plainJpeg } from "../media/fixtures";
import { uploadOk } from "../media/helpers";

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

function checkHeaders(path: string, res: Response) {
  const h = res.headers;
  const csp = directives(h.get("content-security-policy") ?? "");
  const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
  expect(scripts, `${path}: script-src`).not.toContain("'unsafe-inline'");
  expect(scripts, `${path}: script-src`).not.toContain("'unsafe-eval'");
  expect(scripts.some((s) => /^'nonce-[A-Za-z0-9+/=_-]{16,}'$/.test(s)), `${path}: nonce in ${scripts}`).toBe(true);
  expect(csp.get("frame-ancestors"), path).toEqual(["'none'"]);
  expect(csp.get("object-src"), path).toEqual(["'none'"]);
  expect(csp.get("base-uri"), path).toEqual(["'none'"]);
  expect(h.get("strict-transport-security"), path).toMatch(/max-age=(\d{8,})/);
  expect(Number(h.get("strict-transport-security")!.match(/max-age=(\d+)/)![1])).toBeGreaterThanOrEqual(31_536_000);
  expect(h.get("x-content-type-options"), path).toBe("nosniff");
  expect(h.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
  expect(h.get("x-frame-options"), path).toBe("DENY");
}

describe("security headers", () => {
  it("are on every page type, error, feed, API answer and file", async () => {
    const owner = await signIn();
    const moderator = await signIn("moderator");
    const { slug, memorialId } = await publishMemorial(zuckerDocument());
    const pending = await createRevision({ submitter: owner });
    const draft = await createRevision({ submitter: owner, status: "draft" });
    const file = await uploadOk(owner.cookie, plainJpeg(), "letter.jpg");
    const pages: Array<[string, string | undefined, number]> = [
      ["/", undefined, 200],
      [`/memorials/${slug}`, undefined, 200],
      [`/memorials/${slug}/report`, undefined, 200],
      ["/memorials/nobody-here", undefined, 404],
      ["/browse/a-z/z", undefined, 200],
      ["/search?q=Zucker", undefined, 200],
      ["/map", undefined, 200],
      ["/timeline", undefined, 200],
      ["/auth/sign-in", undefined, 200],
      ["/auth/verify?token=nonsense", undefined, 400],
      ["/my/submissions", undefined, 401],
      ["/moderation", owner.cookie, 403],
      ["/my/submissions", owner.cookie, 200],
      [`/submit/${draft.id}/person`, owner.cookie, 200],
      ["/moderation", moderator.cookie, 200],
      [`/moderation/revisions/${pending.id}`, moderator.cookie, 200],
      ["/feed.atom", undefined, 200],
      ["/sitemap.xml", undefined, 200],
      ["/robots.txt", undefined, 200],
      ["/healthz", undefined, 200],
      [`/api/v1/memorials/${memorialId}`, undefined, 200],
      ["/api/v1/me", undefined, 401],
      ["/api/v1/nothing", undefined, 404],
      [`/media/${file.id}`, owner.cookie, 200],
      [`/media/${file.id}?size=thumb`, owner.cookie, 200],
    ];
    for (const [path, cookie, status] of pages) {
      const res = await request(path, { cookie });
      expect(res.status, path).toBe(status);
      checkHeaders(path, res);
    }
  });

  it("give each page its own nonce, and only scripts with it run", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const [a, b] = [await request(`/memorials/${slug}/report`), await request(`/memorials/${slug}/report`)];
    const nonce = (res: Response) => res.headers.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1]!;
    expect(nonce(a)).not.toBe(nonce(b));
    // Every inline <script> on a page carries the nonce (JSON data blocks are not executed).
    const html = await (await request(`/memorials/${slug}`)).text();
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      expect(tag.includes("src=") || tag.includes('type="application/ld+json"') || tag.includes("nonce="), tag).toBe(true);
    }
  });

  it("are set for static assets, which bypass the Worker, in public/_headers", () => {
    const all = staticHeaders.split(/\n(?=\S)/).find((block) => block.startsWith("/*"))!;
    expect(all).toContain("X-Content-Type-Options: nosniff");
    expect(all).toContain("Referrer-Policy: strict-origin-when-cross-origin");
    expect(all).toMatch(/Strict-Transport-Security: max-age=\d{8}/);
    expect(all).toMatch(/Content-Security-Policy: default-src 'none';.*frame-ancestors 'none'/);
    expect(all).not.toContain("unsafe-inline");
  });
});

describe("cookies", () => {
  function setCookies(res: Response): string[] {
    return res.headers.getSetCookie();
  }

  it("are HttpOnly, Secure and SameSite, whether set, changed or cleared", async () => {
    const user = await signIn();
    await request("/api/v1/auth/login-link", { method: "POST", json: { email: "cookies@example.org" } });
    const { testDb } = await import("../helpers/app");
    const { mailOutbox } = await import("../../src/platform/db/schema");
    const { eq } = await import("drizzle-orm");
    const mail = await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, "cookies@example.org")).get();
    const responses = [
      await followSignInLink(mail!.link!),
      await request("/?lang=de"),
      await request("/api/v1/auth/logout", { method: "POST", cookie: user.cookie }),
    ];
    const cookies = responses.flatMap(setCookies);
    expect(cookies.length).toBeGreaterThanOrEqual(3);
    for (const cookie of cookies) {
      expect(cookie, cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie, cookie).toMatch(/;\s*Secure/i);
      expect(cookie, cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
      expect(cookie, cookie).toMatch(/;\s*Path=\//i);
    }
    expect(cookies.some((c) => c.startsWith("zeugnis_session="))).toBe(true);
    expect(cookies.some((c) => c.startsWith("lang=de"))).toBe(true);
  });
});
