import { describe, expect, it } from "vitest";
import { loginTokens } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { createRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";

interface Operations {
  queue: { pending: number; oldest_waiting_revision: string | null };
  activity: Array<{ day: string; submitted: number }>;
  sign_ins: { links_requested: number; links_unused: number };
  mail: { waiting: number };
  database: { bytes: number | null; limit_bytes: number };
}

async function operations(cookie: string): Promise<Operations> {
  const res = await request("/api/v1/admin/operations", { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as Operations;
}

describe("the operator's page", () => {
  it("is for admins only", async () => {
    expect((await request("/admin/operations")).status).toBe(401);
    expect((await request("/api/v1/admin/operations")).status).toBe(401);
    for (const role of ["contributor", "moderator"] as const) {
      const user = await signIn(role);
      expect((await request("/admin/operations", { cookie: user.cookie })).status).toBe(403);
      expect((await request("/api/v1/admin/operations", { cookie: user.cookie })).status).toBe(403);
    }
  });

  it("counts what waits, what came in, sign-in links never used and mail not yet sent", async () => {
    const admin = await signIn("admin");
    const before = await operations(admin.cookie);

    const submitted = await request("/api/v1/submissions", {
      method: "POST",
      cookie: (await signIn("contributor")).cookie,
      json: {
        document: { names: [{ primary: true, kind: "birth", display: "Ida Warteschlange", given: "Ida", family: "Warteschlange" }] },
        submitter: { relationship: "descendant", show_name: false },
        consent: { publish: true },
      },
    });
    expect(submitted.status).toBe(201);
    await createRevision({ submittedAt: Date.UTC(2025, 4, 8, 9) });
    const now = Date.now();
    await testDb().insert(loginTokens).values({ tokenHash: `unused-${now}`, email: "gave-up@example.org", createdAt: now - 3_600_000, expiresAt: now - 2_700_000 });
    expect((await request("/api/v1/auth/login-link", { method: "POST", json: { email: "waits@example.org" } })).status).toBe(202);

    const after = await operations(admin.cookie);
    expect(after.queue.pending - before.queue.pending).toBe(2);
    expect(after.queue.oldest_waiting_revision).toBe("2025-05-08T09:00:00.000Z");
    const today = new Date().toISOString().slice(0, 10);
    expect(after.activity[0]!.day).toBe(today);
    expect(after.activity).toHaveLength(14);
    expect(after.activity[0]!.submitted - before.activity[0]!.submitted).toBe(1);
    expect(after.sign_ins.links_requested - before.sign_ins.links_requested).toBe(2);
    expect(after.sign_ins.links_unused - before.sign_ins.links_unused).toBe(1);
    // Tests run in no environment that sends mail: the submission's receipt and the sign-in link wait.
    expect(after.mail.waiting - before.mail.waiting).toBe(2);
    expect(after.database.bytes).toBeGreaterThan(0);
  });

  it("shows the same figures as a page with headings and a table per day", async () => {
    const admin = await signIn("admin");
    const res = await request("/admin/operations", { cookie: admin.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain("<h1>Operations</h1>");
    for (const heading of ["Moderation queue", "The last 14 days", "Sign-ins, last 7 days", "Mail", "Database"]) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    expect(html).toContain(`data-day="${new Date().toISOString().slice(0, 10)}"`);
    expect(html).toMatch(/of the 10 GB a D1 database can hold/);
  });
});
