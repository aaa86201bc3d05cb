/**
 * Cross-site request forgery (docs/decisions.md, "Cross-origin writes"): every write of the app,
 * sent by a browser page of another site with a signed-in user's cookie, is refused with 403 and
 * changes nothing, whatever its body. Requests without browser headers (no Origin, no
 * Sec-Fetch-Site) are API clients and scripts: the API and OAI-PMH answer them as usual, with any
 * body; the HTML forms refuse them.
 */
import { count, eq } from "drizzle-orm";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { revisions } from "../../src/platform/db/schema";
import { ORIGIN, request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { signIn } from "../helpers/users";
import { allowedCaller, GRANTED, OK, ROUTES, type Body, type Expected } from "./route-table";
import { newWorld } from "./world";

/** A request exactly as given: request() would add the site's Origin to a write. */
function bare(path: string, init: { method: string; cookie?: string; body?: BodyInit; headers?: HeadersInit }) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  return exports.default.fetch(new Request(new URL(path, ORIGIN), { method: init.method, body: init.body, headers, redirect: "manual" }));
}

const WRITES = Object.keys(ROUTES).filter((k) => !k.startsWith("GET "));
const method = (key: string) => key.slice(0, key.indexOf(" "));
/** Routes for programs: the JSON API and the OAI-PMH protocol. Everything else is an HTML form. */
const isMachineRoute = (key: string) => key.includes(" /api/") || key === "POST /oai";
const MACHINE_WRITES = WRITES.filter(isMachineRoute);
const FORM_WRITES = WRITES.filter((k) => !isMachineRoute(k));

interface Sent {
  body?: BodyInit;
  type?: string;
}

function own(body: Body | undefined): Sent {
  if (!body) return {};
  if ("json" in body) return { body: JSON.stringify(body.json), type: "application/json" };
  if ("form" in body) return { body: new URLSearchParams(body.form) };
  if ("multipart" in body) return { body: body.multipart };
  return { body: body.bytes, type: body.type };
}

/** Each kind of body a client can send; fetch sets the content type of the last two itself. */
const KINDS: Array<[string, () => Sent]> = [
  ["no body", () => ({})],
  ["JSON", () => ({ body: JSON.stringify({ version: 1 }), type: "application/json" })],
  ["multipart", () => {
    const form = new FormData();
    form.set("version", "1");
    form.set("file", new File(["0 HEAD\n"], "note.txt", { type: "text/plain" }));
    return { body: form };
  }],
  ["urlencoded", () => ({ body: new URLSearchParams({ version: "1" }) })],
];

const CROSS_SITE: Array<[string, Record<string, string>]> = [
  ["another Origin", { origin: "https://evil.example" }],
  ["Origin: null (a sandboxed frame)", { origin: "null" }],
  ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site", origin: "null" }],
  ["Sec-Fetch-Site: cross-site, no Origin", { "sec-fetch-site": "cross-site" }],
  ["Sec-Fetch-Site: same-site (a sibling subdomain)", { "sec-fetch-site": "same-site", origin: "https://evil.zeugnis.test" }],
];

function headersFor(extra: Record<string, string>, type: string | undefined): Headers {
  const h = new Headers(extra);
  if (type) h.set("content-type", type);
  return h;
}

function meets(res: Response, expected: Expected): boolean {
  if (expected === OK) return res.status >= 200 && res.status < 400;
  if (expected === GRANTED) return ![401, 403, 404].includes(res.status) && res.status < 500;
  return res.status === expected;
}

describe("cross-site writes with the session cookie", () => {
  it.each(WRITES)("%s is refused from another site, with any body", async (key) => {
    const world = newWorld();
    const path = await ROUTES[key]!.path(world);
    const cookie = await world.cookie(allowedCaller(key));
    const route = own(await ROUTES[key]!.body?.(world));
    const bodies: Array<[string, () => Sent]> = [["its own body", () => route], ...KINDS];
    const failures: string[] = [];
    for (const [label, headers] of CROSS_SITE) {
      for (const [kind, make] of bodies) {
        const { body, type } = make();
        const res = await bare(path, { method: method(key), cookie, body, headers: headersFor(headers, type) });
        if (res.status !== 403) failures.push(`${label}, ${kind}: ${res.status} ${(await res.text()).slice(0, 120)}`);
      }
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

  it("refuses a browser's cross-site write without a cookie too, and lets a harvester's OAI-PMH form through", async () => {
    const evil = { origin: "https://elsewhere.example", "sec-fetch-site": "cross-site" };
    const link = await request("/api/v1/auth/login-link", { method: "POST", headers: evil, json: { email: "anywhere@example.org" } });
    expect(link.status).toBe(403);
    // OAI-PMH only reads and is open to other origins (CORS *): a cookieless POST is answered.
    const oai = await bare("/oai", { method: "POST", body: new URLSearchParams({ verb: "Identify" }), headers: evil });
    expect(oai.status).toBe(200);
  });
});

describe("API clients and scripts: no Origin, no Sec-Fetch-Site", () => {
  it.each(MACHINE_WRITES)("%s answers as the matrix says, and never 403, with any body", async (key) => {
    const caller = allowedCaller(key);
    const failures: string[] = [];
    // Its own body, as api.md describes it: the answer the authorisation matrix expects.
    const world = newWorld();
    const path = await ROUTES[key]!.path(world);
    const { body, type } = own(await ROUTES[key]!.body?.(world));
    const res = await bare(path, { method: method(key), cookie: await world.cookie(caller), body, headers: headersFor({}, type) });
    const expected = ROUTES[key]!.expect[caller];
    if (!meets(res, expected)) failures.push(`its own body: ${res.status} (expected ${expected}) ${(await res.text()).slice(0, 160)}`);
    // Any other body: refused for what it is (400, 415, 422 …), never by the origin check.
    for (const [kind, make] of KINDS) {
      const other = newWorld();
      const otherPath = await ROUTES[key]!.path(other);
      const sent = make();
      const answer = await bare(otherPath, { method: method(key), cookie: await other.cookie(caller), body: sent.body, headers: headersFor({}, sent.type) });
      if (answer.status === 403 || answer.status >= 500) failures.push(`${kind}: ${answer.status} ${(await answer.text()).slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
  }, 30_000);

  it("submits and stores a revision from a script with a session cookie", async () => {
    const user = await signIn();
    const json = { document: zuckerDocument(), submitter: { relationship: "descendant", show_name: false }, consent: { publish: true } };
    const res = await bare("/api/v1/submissions", { method: "POST", cookie: user.cookie, body: JSON.stringify(json), headers: { "content-type": "application/json" } });
    expect(res.status).toBe(201);
    const stored = await testDb().select({ n: count() }).from(revisions).where(eq(revisions.submitterId, user.id)).get();
    expect(stored!.n).toBe(1);
  });

  it.each(FORM_WRITES)("%s (an HTML form) is refused without any origin information", async (key) => {
    const world = newWorld();
    const path = await ROUTES[key]!.path(world);
    const cookie = await world.cookie(allowedCaller(key));
    const route = own(await ROUTES[key]!.body?.(world));
    const failures: string[] = [];
    for (const [kind, make] of [["its own body", () => route] as [string, () => Sent], ...KINDS]) {
      const { body, type } = make();
      const res = await bare(path, { method: method(key), cookie, body, headers: headersFor({}, type) });
      if (res.status !== 403) failures.push(`${kind}: ${res.status}`);
    }
    expect(failures).toEqual([]);
  });
});

describe("writes from the site itself", () => {
  it("are accepted when the browser says same-origin, with or without an Origin", async () => {
    const user = await signIn();
    const json = { document: zuckerDocument(), submitter: { relationship: "descendant", show_name: false }, consent: { publish: true } };
    const withOrigin = await request("/api/v1/submissions", { method: "POST", cookie: user.cookie, json, headers: { "sec-fetch-site": "same-origin" } });
    expect(withOrigin.status).toBe(201);
    const noOrigin = await bare("/auth/sign-in", { method: "POST", body: new URLSearchParams({ email: "same-origin@example.org" }), headers: { "sec-fetch-site": "same-origin" } });
    expect(noOrigin.status).toBe(200);
  });

  it("are accepted when the user started them (Sec-Fetch-Site: none), but not when Origin is another site and Sec-Fetch-Site is absent", async () => {
    const typed = await bare("/auth/sign-in", { method: "POST", body: new URLSearchParams({ email: "typed@example.org" }), headers: { "sec-fetch-site": "none" } });
    expect(typed.status).toBe(200);
    const foreign = await bare("/auth/sign-in", { method: "POST", body: new URLSearchParams({ email: "foreign@example.org" }), headers: { origin: "http://zeugnis.test" } });
    expect(foreign.status).toBe(403);
  });
});
