/**
 * Cross-site request forgery: every write of the app (HTML forms and cookie-authenticated JSON,
 * file and DELETE requests), sent with a signed-in user's cookie from another site, is refused
 * with 403 and changes nothing. API clients without cookies are unaffected.
 */
import { count, eq } from "drizzle-orm";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { revisions } from "../../src/db/schema";
import { ORIGIN, request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { allowedCaller, ROUTES, type Body } from "./route-table";
import { newWorld } from "./world";

/** A POST as a non-browser client sends it: no Origin, no Sec-Fetch-Site (request() adds Origin). */
function withoutOrigin(path: string, cookie: string, body: string, type: string) {
  const headers = { cookie, "content-type": type };
  return exports.default.fetch(new Request(new URL(path, ORIGIN), { method: "POST", body, headers, redirect: "manual" }));
}

const WRITES = Object.keys(ROUTES).filter((k) => !k.startsWith("GET "));

function init(body: Body | undefined): { body?: BodyInit; type?: string } {
  if (!body) return {};
  if ("json" in body) return { body: JSON.stringify(body.json), type: "application/json" };
  if ("form" in body) return { body: new URLSearchParams(body.form) };
  if ("multipart" in body) return { body: body.multipart };
  return { body: body.bytes, type: body.type };
}

const CROSS_SITE: Array<[string, Record<string, string>]> = [
  ["another Origin", { origin: "https://evil.example" }],
  ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site", origin: "null" }],
  ["Sec-Fetch-Site: same-site (a sibling subdomain)", { "sec-fetch-site": "same-site", origin: "https://evil.zeugnis.test" }],
];

describe("cross-site writes with the session cookie", () => {
  it.each(WRITES)("%s is refused from another site", async (key) => {
    const failures: string[] = [];
    for (const [label, headers] of CROSS_SITE) {
      const world = newWorld();
      const path = await ROUTES[key]!.path(world);
      const { body, type } = init(await ROUTES[key]!.body?.(world));
      const h = new Headers(headers);
      if (type) h.set("content-type", type);
      const cookie = await world.cookie(allowedCaller(key));
      const res = await request(path, { method: key.split(" ")[0], cookie, body, headers: h });
      if (res.status !== 403) failures.push(`${label}: ${res.status} ${(await res.text()).slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
  }, 30_000);

  it("stores nothing when a cross-site page posts a submission with a visitor's cookie", async () => {
    const user = await signIn();
    const body = JSON.stringify({ document: zuckerDocument(), submitter: { relationship: "descendant", show_name: false }, consent: { publish: true } });
    const res = await request("/api/v1/submissions", {
      method: "POST",
      cookie: user.cookie,
      body,
      headers: { "content-type": "application/json", "sec-fetch-site": "cross-site", origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const stored = await testDb().select({ n: count() }).from(revisions).where(eq(revisions.submitterId, user.id)).get();
    expect(stored!.n).toBe(0);
  });

  it("accepts the same writes from the site itself, and from scripts that send no browser headers", async () => {
    const user = await signIn();
    const json = { document: zuckerDocument(), submitter: { relationship: "descendant", show_name: false }, consent: { publish: true } };
    const sameOrigin = await request("/api/v1/submissions", { method: "POST", cookie: user.cookie, json, headers: { "sec-fetch-site": "same-origin" } });
    expect(sameOrigin.status).toBe(201);
    // A script (curl, the acceptance checks) sends neither Origin nor Sec-Fetch-Site.
    const script = await withoutOrigin("/api/v1/submissions", user.cookie, JSON.stringify(json), "application/json");
    expect(script.status).toBe(201);
  });

  it("leaves API clients without cookies alone: a report or a sign-in link from anywhere", async () => {
    const { memorialId } = await publishMemorial(zuckerDocument());
    const evil = { origin: "https://elsewhere.example", "sec-fetch-site": "cross-site" };
    const report = await request("/api/v1/reports", { method: "POST", headers: evil, json: { memorial_id: memorialId, kind: "error", message: "Typo." } });
    expect(report.status).toBe(202);
    const link = await request("/api/v1/auth/login-link", { method: "POST", headers: evil, json: { email: "anywhere@example.org" } });
    expect(link.status).toBe(202);
  });

  it("refuses an HTML form posted without any origin information (hono csrf)", async () => {
    const user = await signIn();
    const res = await withoutOrigin("/submit", user.cookie, "name=X+Y&confirmed=1", "application/x-www-form-urlencoded");
    expect(res.status).toBe(403);
  });
});
