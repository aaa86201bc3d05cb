/**
 * Visits through the whole Worker with the page cache on (the test environment turns it off,
 * vitest.config.ts), counting the D1 statements each visit ran on the real database.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../src/index";
import { ORIGIN } from "../helpers/app";
import { recordingD1, type RecordedStatement } from "../helpers/recording-d1";

export interface Visit {
  res: Response;
  body: string;
  /** D1 statements the visit ran. */
  statements: number;
  /** X-Page-Cache: hit, miss or bypass; null on routes the cache does not serve. */
  cache: string | null;
  /** Where the visit's D1 sessions started (a constraint or a bookmark). */
  sessions: string[];
}

export async function visit(path: string, options: { cookie?: string; headers?: Record<string, string> } = {}): Promise<Visit> {
  const log: RecordedStatement[] = [];
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("cookie", options.cookie);
  const ctx = createExecutionContext();
  const req = new Request(new URL(path, ORIGIN), { headers, redirect: "manual" });
  const sessions: string[] = [];
  const recording = recordingD1(env.DB, log);
  const database = { ...recording, withSession: (start?: string) => (sessions.push(start ?? ""), recording.withSession(start)) } as D1Database;
  const res = await worker.fetch(req as Parameters<typeof worker.fetch>[0], { ...env, PAGE_CACHE_TTL_SECONDS: "60", DB: database }, ctx);
  const body = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, body, statements: log.length, cache: res.headers.get("x-page-cache"), sessions };
}

/** The nonce of the page's Content-Security-Policy header. */
export function cspNonce(res: Response): string | undefined {
  return /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
}
