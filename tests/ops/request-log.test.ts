import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { ORIGIN, request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { withRequestLog } from "../helpers/request-log";
import { signIn } from "../helpers/users";

describe("one structured log line per request", () => {
  it("names the request, its route, status, duration and the D1 rows it read", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const { res, line } = await withRequestLog(() => request(`/memorials/${slug}`));
    expect(res.status).toBe(200);
    expect(line).toMatchObject({ msg: "request", route: "/memorials/:key", status: 200 });
    expect(line.request_id).toBe(res.headers.get("x-request-id"));
    expect(line.duration_ms).toBeGreaterThanOrEqual(0);
    expect(line.d1_queries).toBeGreaterThan(1);
    expect(line.rows_read).toBeGreaterThan(0);
    expect(line.rows_written).toBe(0);
    // Every statement of the page reported its cost (none had to bypass the meter).
    expect(line.d1_unmetered).toBeUndefined();
  });

  it("counts the rows a write request wrote, and logs refusals with their status", async () => {
    const moderator = await signIn("moderator");
    const write = await withRequestLog(() =>
      request("/api/v1/auth/login-link", { method: "POST", json: { email: "log-line@example.org" } }),
    );
    expect(write.res.status).toBe(202);
    expect(write.line.rows_written).toBeGreaterThan(0);

    const refused = await withRequestLog(() => request("/admin/operations", { cookie: moderator.cookie }));
    expect(refused.res.status).toBe(403);
    expect(refused.line).toMatchObject({ status: 403, d1_session: "first-primary" });
  });
});

describe("log lines written after the response", () => {
  it("carry the request id: a mail delivery that fails after a sign-in request", async () => {
    // The request's own queries go through a D1 session; the delivery that follows uses the
    // database directly, which here refuses every statement.
    const brokenDb = {
      withSession: (constraint?: string) => env.DB.withSession(constraint),
      prepare: () => {
        throw new Error("D1 is unavailable");
      },
      batch: () => Promise.reject(new Error("D1 is unavailable")),
    } as unknown as D1Database;
    const spy = vi.spyOn(console, "log");
    try {
      const ctx = createExecutionContext();
      const req = new Request(`${ORIGIN}/api/v1/auth/login-link`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "log-after@example.org" }) });
      const res = await worker.fetch(req as Parameters<typeof worker.fetch>[0], { ...env, ENVIRONMENT: "production", DB: brokenDb }, ctx);
      expect(res.status).toBe(202);
      await waitOnExecutionContext(ctx);
      const lines = spy.mock.calls.map((args) => String(args[0])).filter((t) => t.startsWith("{")).map((t) => JSON.parse(t) as Record<string, unknown>);
      const failed = lines.find((l) => l.msg === "mail delivery failed");
      expect(failed).toMatchObject({ level: "error", request_id: res.headers.get("x-request-id") });
    } finally {
      spy.mockRestore();
    }
  });
});
