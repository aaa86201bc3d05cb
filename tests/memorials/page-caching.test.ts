import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { publishCorrection } from "../helpers/public-documents";
import { signIn } from "../helpers/users";

describe("repeat views of a memorial page", () => {
  it("carry an ETag and no-cache, and an unchanged page answers 304 without a body", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const first = await request(`/memorials/${slug}`);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    expect(first.headers.get("vary")).toContain("Accept-Language");
    const again = await request(`/memorials/${slug}`, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const weak = await request(`/memorials/${slug}`, { headers: { "if-none-match": `"other", W/${etag}` } });
    expect(weak.status).toBe(304);
  });

  it("serves a newly approved correction at once", async () => {
    const { slug, memorialId } = await publishMemorial(zuckerDocument());
    const etag = (await request(`/memorials/${slug}`)).headers.get("etag")!;
    const corrected = zuckerDocument();
    corrected.biography = { en: "After the correction: Max Zucker was born in Lemberg." };
    await publishCorrection(memorialId, corrected);
    const res = await request(`/memorials/${slug}`, { headers: { "if-none-match": etag } });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).not.toBe(etag);
    expect(await res.text()).toContain("After the correction: Max Zucker was born in Lemberg.");
  });

  it("differs by language and by who is signed in", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const en = (await request(`/memorials/${slug}`)).headers.get("etag")!;
    const de = await request(`/memorials/${slug}?lang=de`, { headers: { "if-none-match": en } });
    expect(de.status).toBe(200);
    const user = await signIn("contributor");
    const mine = await request(`/memorials/${slug}`, { cookie: user.cookie, headers: { "if-none-match": en } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get("cache-control")).toBe("private, no-cache");
  });

  it("keeps redirects and withdrawn pages out of long-lived caches", async () => {
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    const { testDb } = await import("../helpers/app");
    const { memorials } = await import("../../src/platform/db/schema");
    const { eq } = await import("drizzle-orm");
    await testDb().update(memorials).set({ slug: `${slug}-new` }).where(eq(memorials.id, memorialId));
    const moved = await request(`/memorials/${slug}`);
    expect(moved.status).toBe(301);
    expect(moved.headers.get("cache-control")).toBe("no-cache");
    await testDb().update(memorials).set({ status: "withheld" }).where(eq(memorials.id, memorialId));
    const gone = await request(`/memorials/${memorialId}`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get("cache-control")).toBe("no-store");
    expect(gone.headers.get("etag")).toBeNull();
  });
});
