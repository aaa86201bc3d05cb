/**
 * Open redirects: every place that sends a browser on to an address it was given — `next` of a
 * sign-in link (API and form), `return_to` of the upload form and of a moderator's reject form —
 * goes only to a path of this site. Browsers drop tabs and line breaks from a Location and read
 * `\` as `/`, so `/\t/evil.example` is `//evil.example`; each value below must end on this site
 * or be dropped, and none may cost a 500 (least of all after a sign-in link was spent).
 */
import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loginTokens, mailOutbox } from "../../src/platform/db/schema";
import { newToken, sha256Hex } from "../../src/platform/ids";
import { ORIGIN, request, testDb } from "../helpers/app";
import { followSignInLink, signIn } from "../helpers/users";
import { plainJpeg } from "../media/fixtures";
import { GOOD_FIELDS, uploadOk } from "../media/helpers";

/** Values an attacker would try, each meant to leave the site or break the response. */
export const TRICKY_PATHS = [
  "/\t/evil.example/x",
  "/\r\n/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "\t//evil.example",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "/%09/evil.example",
  "/%5C/evil.example",
  "/%2F/evil.example",
  "/%2f%2fevil.example",
  "https://evil.example/",
  "https:evil.example",
  "http:/evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "/\u0000/evil.example",
  "/\u2028/evil.example",
  "/\uFF0Fevil.example",
  "\uFF0F\uFF0Fevil.example",
  "/\u2215evil.example",
  " //evil.example",
  "/." + "/".repeat(2) + "evil.example",
];

/** Where a redirect goes, resolved as a browser would; null when there is no redirect. */
function destination(res: Response): URL | null {
  const location = res.headers.get("location");
  return location === null ? null : new URL(location, ORIGIN);
}

function expectStaysHere(res: Response, value: string) {
  expect(res.status, JSON.stringify(value)).toBeLessThan(500);
  const to = destination(res);
  if (to) {
    expect(to.origin, JSON.stringify(value)).toBe(ORIGIN);
    expect(to.pathname, JSON.stringify(value)).not.toMatch(/^\/\/|\\/);
  }
}

/** A hidden field that carries the value on to the next request must hold a path of this site. */
function expectHiddenStaysHere(html: string, name: string, value: string) {
  const kept = new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]?.replaceAll("&amp;", "&");
  if (kept === undefined) return;
  expect(kept, JSON.stringify(value)).toMatch(/^\/(?![/\\])/);
  expect(new URL(kept, ORIGIN).origin, JSON.stringify(value)).toBe(ORIGIN);
}

async function newestLink(email: string) {
  const row = await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, email)).orderBy(desc(mailOutbox.createdAt)).get();
  return row?.link ?? null;
}

describe("where a sign-in link leads", () => {
  it("keeps a path of this site, with its query and fragment", async () => {
    const email = "next-kept@example.org";
    const next = "/memorials/max-zucker?lang=de#sources";
    expect((await request("/api/v1/auth/login-link", { method: "POST", json: { email, next } })).status).toBe(202);
    const res = await followSignInLink((await newestLink(email))!);
    expect(res.headers.get("location")).toBe(next);
  });

  it("refuses a next that could leave the site with 422 (API) and mails nothing; what it keeps stays here", async () => {
    for (const [i, next] of TRICKY_PATHS.entries()) {
      const email = `next-api-${i}@example.org`;
      const res = await request("/api/v1/auth/login-link", { method: "POST", json: { email, next } });
      if (res.status === 202) {
        // A look-alike that is only a strange path of this site, percent-encoded.
        expectStaysHere(await followSignInLink((await newestLink(email))!), next);
        continue;
      }
      expect(res.status, JSON.stringify(next)).toBe(422);
      expect(await res.json()).toMatchObject({ errors: [{ path: "next" }] });
      expect(await newestLink(email), JSON.stringify(next)).toBeNull();
    }
  });

  it("names control characters in next as the problem", async () => {
    const res = await request("/api/v1/auth/login-link", { method: "POST", json: { email: "next-tab@example.org", next: "/\t/evil.example" } });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ path: "next", message: expect.stringContaining("control characters") }] });
  });

  it("drops such a next on the sign-in page and form, or keeps it as a path of this site", async () => {
    for (const [i, next] of TRICKY_PATHS.entries()) {
      const page = await request(`/auth/sign-in?next=${encodeURIComponent(next)}`);
      expect(page.status, JSON.stringify(next)).toBe(200);
      expectHiddenStaysHere(await page.text(), "next", next);
      const email = `next-form-${i}@example.org`;
      const headers = { "cf-connecting-ip": `192.0.2.${i + 1}` };
      expect((await request("/auth/sign-in", { method: "POST", headers, body: new URLSearchParams({ email, next }) })).status).toBe(200);
      const res = await followSignInLink((await newestLink(email))!);
      expectStaysHere(res, next);
    }
  });

  it("signs in and leads home-safe when a link was stored with a next that cannot be a Location", async () => {
    // Links mailed before the fix were stored with whatever `next` came along.
    for (const next of ["/\r\n/evil.example", "/\t/evil.example/x", "/ünïcode\u0000"]) {
      const token = newToken();
      const now = Date.now();
      const email = `stored-next-${(await sha256Hex(next)).slice(0, 8)}@example.org`;
      await testDb().insert(loginTokens).values({ tokenHash: await sha256Hex(token), email, createdAt: now, expiresAt: now + 600_000, next });
      const res = await followSignInLink(`${ORIGIN}/auth/verify?token=${token}`);
      expect(res.status, JSON.stringify(next)).toBe(303);
      expect(res.headers.get("location")).toBe("/my/submissions");
      expect(res.headers.get("set-cookie")).toContain("zeugnis_session=");
    }
  });
});

describe("where the upload form returns to", () => {
  function uploadForm(returnTo: string) {
    const form = new FormData();
    for (const [k, v] of Object.entries(GOOD_FIELDS)) form.set(k, v);
    form.set("return_to", returnTo);
    form.set("file", new File([plainJpeg()], "letter.jpg", { type: "image/jpeg" }));
    return form;
  }

  it("keeps a path of this site and adds the new file's id", async () => {
    const user = await signIn();
    const res = await request("/media/new", { method: "POST", cookie: user.cookie, body: uploadForm("/submit/rev_x/media/attach?a=1") });
    expect(res.headers.get("location")).toMatch(/^\/submit\/rev_x\/media\/attach\?a=1&media=med_/);
  });

  it("never leaves the site, on the page or after the upload", async () => {
    const user = await signIn();
    for (const value of TRICKY_PATHS) {
      const page = await request(`/media/new?return_to=${encodeURIComponent(value)}`, { cookie: user.cookie });
      expectHiddenStaysHere(await page.text(), "return_to", value);
      const res = await request("/media/new", { method: "POST", cookie: user.cookie, body: uploadForm(value) });
      expectStaysHere(res, value);
    }
  });
});

describe("where a moderator's reject form returns to", () => {
  it("never leaves the site", async () => {
    const uploader = await signIn();
    const moderator = await signIn("moderator");
    for (const value of TRICKY_PATHS) {
      const file = await uploadOk(uploader.cookie, plainJpeg(), "letter.jpg");
      const res = await request(`/moderation/media/${file.id}/reject`, {
        method: "POST",
        cookie: moderator.cookie,
        body: new URLSearchParams({ reason: "Not this person.", return_to: value }),
      });
      expect(res.status, JSON.stringify(value)).toBe(303);
      expectStaysHere(res, value);
    }
  });
});
