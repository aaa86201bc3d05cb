import { env, exports } from "cloudflare:workers";
import { startGeneration } from "../../src/platform/cache/generation";
import { createDb, type Database } from "../../src/platform/db/client";

export const ORIGIN = "https://zeugnis.test";

export function testDb(): Database {
  return createDb(env.DB);
}

export interface RequestOptions extends RequestInit {
  /** Session cookie of a signed-in user (from `signIn`). */
  cookie?: string;
  json?: unknown;
}

/**
 * A request through the whole Worker, as a browser or API client would send it. Writes carry
 * the site's own Origin, as browsers do; pass `origin: null` in headers to test without one.
 */
export function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const { cookie, json, headers, ...init } = options;
  const h = new Headers(headers);
  if (cookie) h.set("cookie", cookie);
  if (json !== undefined) {
    h.set("content-type", "application/json");
    init.body = JSON.stringify(json);
  }
  const method = (init.method ?? "GET").toUpperCase();
  if (method !== "GET" && method !== "HEAD" && !h.has("origin")) h.set("origin", ORIGIN);
  return exports.default.fetch(new Request(new URL(path, ORIGIN), { ...init, headers: h, redirect: "manual" }));
}

/** Submits an HTML form the way a browser does. */
export function postForm(path: string, fields: Record<string, string>, cookie?: string): Promise<Response> {
  return request(path, { method: "POST", body: new URLSearchParams(fields), cookie });
}

/**
 * What a public change does after its batch (src/platform/cache/purge.ts): the pages cached so far
 * are no longer served. For helpers that change public state straight in D1.
 */
export async function purgePageCache(): Promise<void> {
  await startGeneration(caches.default, ORIGIN, null);
}
