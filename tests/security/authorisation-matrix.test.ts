/**
 * The authorisation matrix: every route of the app, called as a visitor, the contributor who
 * owns the thing, another contributor, a moderator and an admin, answers what api.md requires.
 */
import { describe, expect, it } from "vitest";
import { app } from "../../src/index";
import { request } from "../helpers/app";
import { GRANTED, OK, ROUTES, type Body, type Expected } from "./route-table";
import { newWorld, ROLES, type Caller } from "./world";

/** "METHOD path" of every handler the app has; middleware (handlers taking `next`) is left out. */
function appRoutes(): string[] {
  const keys = app.routes
    .filter((r) => !(r.method === "ALL" && r.handler.length > 1))
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)];
}

function init(body: Body | undefined): RequestInit {
  if (!body) return {};
  if ("json" in body) return { body: JSON.stringify(body.json), headers: { "content-type": "application/json" } };
  if ("form" in body) return { body: new URLSearchParams(body.form) };
  if ("multipart" in body) return { body: body.multipart };
  return { body: body.bytes, headers: { "content-type": body.type } };
}

function meets(res: Response, expected: Expected): boolean {
  const redirectsToSignIn = (res.headers.get("location") ?? "").startsWith("/auth/sign-in");
  if (expected === OK) return res.status >= 200 && res.status < 400 && !redirectsToSignIn;
  if (expected === GRANTED) return ![401, 403, 404].includes(res.status) && res.status < 500 && !redirectsToSignIn;
  return res.status === expected;
}

async function call(key: string, caller: Caller) {
  const route = ROUTES[key]!;
  const world = newWorld();
  const method = key.slice(0, key.indexOf(" "));
  const path = await route.path(world);
  const body = await route.body?.(world);
  const res = await request(path, { method, cookie: await world.cookie(caller), ...init(body) });
  return { res, path };
}

describe("the authorisation matrix", () => {
  it("has a row for every route of the app, and no row for a route that is gone", () => {
    const routes = appRoutes();
    expect(routes.filter((r) => !(r in ROUTES)), "routes missing from tests/security/route-table.ts").toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !routes.includes(r)), "rows for routes that no longer exist").toEqual([]);
  });

  const keys = Object.keys(ROUTES);
  it.each(keys)("%s answers each caller as api.md requires", async (key) => {
    const failures: string[] = [];
    for (const caller of ROLES) {
      const expected = ROUTES[key]!.expect[caller];
      const { res, path } = await call(key, caller);
      const text = await res.text();
      if (!meets(res, expected)) failures.push(`${caller}: ${res.status} (expected ${expected}) for ${path}: ${text.slice(0, 200)}`);
      if ([401, 403, 404].includes(res.status) && path.startsWith("/api/")) {
        if (!res.headers.get("content-type")?.startsWith("application/problem+json")) failures.push(`${caller}: ${res.status} is not problem+json`);
      }
      // Signed out on a members' page: a sign-in page that brings the visitor back.
      if (res.status === 401 && !path.startsWith("/api/") && !text.includes('href="/auth/sign-in?next=')) {
        failures.push(`${caller}: the 401 page of ${path} offers no sign-in`);
      }
    }
    expect(failures).toEqual([]);
  }, 30_000);
});
