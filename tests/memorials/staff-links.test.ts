import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";

describe("a memorial page and the moderators' way to its history", () => {
  it("shows a signed-in moderator or admin links to the memorial's moderation page and audit log", async () => {
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    for (const role of ["moderator", "admin"] as const) {
      const staff = await signIn(role);
      const res = await request(`/memorials/${slug}`, { cookie: staff.cookie });
      const html = await res.text();
      expect(html).toContain(`href="/moderation/memorials/${memorialId}"`);
      expect(html).toContain(`href="/moderation/audit?subject_id=${memorialId}"`);
      expect(html).toContain('src="/js/local-time.js"');
      expect(res.headers.get("cache-control")).toContain("private");
    }
  });

  it("gives visitors and contributors the page without any of it, the same page for every visitor", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const contributor = await signIn("contributor");
    const first = await request(`/memorials/${slug}`);
    const second = await request(`/memorials/${slug}`);
    const mine = await (await request(`/memorials/${slug}`, { cookie: contributor.cookie })).text();
    const visitorPage = await first.text();
    for (const html of [visitorPage, mine]) {
      expect(html).not.toContain("/moderation/");
      expect(html).not.toContain("local-time.js");
    }
    expect(first.headers.get("cache-control")).toContain("public");
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
  });

  it("does not serve a moderator the page cached from before they were a moderator", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const person = await signIn("contributor");
    const before = await request(`/memorials/${slug}`, { cookie: person.cookie });
    await testDb().update(users).set({ role: "moderator" }).where(eq(users.id, person.id));
    const after = await request(`/memorials/${slug}`, { cookie: person.cookie, headers: { "if-none-match": before.headers.get("etag")! } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain("/moderation/memorials/");
  });
});
