/**
 * Every change that alters what visitors see empties the page cache in the request that commits
 * it, so the next visitor gets the new state, whatever page they look at.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memorials } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { buberNeumannDocument } from "../helpers/public-documents";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn, type TestUser } from "../helpers/users";
import { approve, submitRevision } from "../media/access";
import { jpegWithGps } from "../media/fixtures";
import { uploadOk } from "../media/helpers";
import { visit } from "./visit";
import { publishGroup, trainDocument } from "../groups/helpers";

async function memorialAction(memorialId: string, moderator: TestUser, action: string, extra: Record<string, unknown> = {}) {
  const { version } = (await testDb().select({ version: memorials.version }).from(memorials).where(eq(memorials.id, memorialId)).get())!;
  const res = await request(`/api/v1/moderation/memorials/${memorialId}/${action}`, {
    method: "POST",
    cookie: moderator.cookie,
    json: { version, reason: "Test of the page cache.", ...extra },
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

/** Visits each path twice, so that each is in the cache. */
async function cache(...paths: string[]) {
  for (const path of paths) {
    await visit(path);
    expect((await visit(path)).cache).toBe("hit");
  }
}

describe("purging the page cache after a public change", () => {
  it("a withheld memorial is not served from the cache once the withhold has returned, nor listed", async () => {
    const moderator = await signIn("moderator");
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    await cache(`/memorials/${slug}`, `/api/v1/memorials/${memorialId}`, "/search?q=Zucker", "/feed.atom");

    await memorialAction(memorialId, moderator, "withhold");

    const page = await visit(`/memorials/${slug}`);
    expect(page.res.status).toBe(410);
    expect(page.body).not.toContain("Max Zucker");
    expect((await visit(`/api/v1/memorials/${memorialId}`)).res.status).toBe(410);
    expect((await visit("/search?q=Zucker")).body).not.toContain(slug);
    expect((await visit("/feed.atom")).body).not.toContain(slug);
    // Not cached as withheld either: restoring brings the page back at once.
    await memorialAction(memorialId, moderator, "restore");
    const restored = await visit(`/memorials/${slug}`);
    expect(restored.res.status).toBe(200);
    expect(restored.body).toContain("Max Zucker");
  });

  it("renders the first page after a change from at least that change, not from a lagging replica", async () => {
    const moderator = await signIn("moderator");
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    const before = await visit(`/memorials/${slug}`);
    expect(before.sessions).toEqual(["first-unconstrained"]);
    await memorialAction(memorialId, moderator, "withhold");
    await memorialAction(memorialId, moderator, "restore");
    const after = await visit(`/memorials/${slug}`);
    expect(after.cache).toBe("miss");
    expect(after.sessions).toHaveLength(2);
    expect(after.sessions[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/i);
  });

  it("a merge redirects at once, and undoing it brings the page back", async () => {
    const moderator = await signIn("moderator");
    const duplicate = await publishMemorial(zuckerDocument());
    const survivor = await publishMemorial(zuckerDocument());
    await cache(`/memorials/${duplicate.slug}`);

    await memorialAction(duplicate.memorialId, moderator, "merge", { survivor_id: survivor.memorialId });
    const merged = await visit(`/memorials/${duplicate.slug}`);
    expect(merged.res.status).toBe(301);
    expect(merged.res.headers.get("location")).toBe(`/memorials/${survivor.slug}`);

    await cache(`/memorials/${survivor.slug}`);
    await memorialAction(duplicate.memorialId, moderator, "unmerge");
    expect((await visit(`/memorials/${duplicate.slug}`)).res.status).toBe(200);
    expect((await visit(`/memorials/${survivor.slug}`)).cache).toBe("miss");
  });

  it("an approved correction is shown at once on the page, in the API and in search", async () => {
    const moderator = await signIn("moderator");
    const { memorialId, revisionId, slug } = await publishMemorial(zuckerDocument());
    await cache(`/memorials/${slug}`, `/api/v1/memorials/${memorialId}`, "/");
    const corrected = zuckerDocument();
    corrected.biography = { en: "Corrected while the page was cached: born in Lemberg." };
    const correction = await createRevision({ memorialId, basedOnRevisionId: revisionId, document: corrected });

    await approve(correction.id, moderator);

    expect((await visit(`/memorials/${slug}`)).body).toContain("Corrected while the page was cached");
    expect((await visit(`/api/v1/memorials/${memorialId}`)).body).toContain("Corrected while the page was cached");
  });

  it("a newly approved memorial appears on the cached home page and in cached lists", async () => {
    const moderator = await signIn("moderator");
    await publishMemorial(zuckerDocument());
    await cache("/", "/api/v1/memorials", "/sitemap.xml");
    const submitted = await createRevision({ document: buberNeumannDocument() });

    const memorialId = await approve(submitted.id, moderator);

    const home = await visit("/");
    expect(home.cache).toBe("miss");
    expect(home.body).toContain("Buber-Neumann");
    expect((await visit("/api/v1/memorials")).body).toContain(memorialId);
  });

  it("a file rejected after publication disappears from the cached memorial page", async () => {
    const [uploader, moderator] = [await signIn("contributor"), await signIn("moderator")];
    const file = await uploadOk(uploader.cookie, jpegWithGps(1, 32, 16), "photo.jpg");
    const revision = await submitRevision(uploader.id, [file.ref]);
    const memorialId = await approve(revision.id, moderator);
    await cache(`/memorials/${memorialId}`, `/api/v1/memorials/${memorialId}`);
    expect((await visit(`/memorials/${memorialId}`)).body).toContain(file.id);

    const res = await request(`/api/v1/moderation/media/${file.id}/reject`, {
      method: "POST",
      cookie: moderator.cookie,
      json: { reason: "Shows a living person's address." },
    });
    expect(res.status).toBe(200);

    expect((await visit(`/memorials/${memorialId}`)).body).not.toContain(file.id);
    expect((await visit(`/api/v1/memorials/${memorialId}`)).body).not.toContain(file.id);
  });
  it("an approved group shows at once on its members' cached memorial pages and in the cached list of groups", async () => {
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    await cache(`/memorials/${slug}`, "/groups", "/api/v1/groups");
    const group = await publishGroup(
      trainDocument("Train of the cache test to Brest-Litovsk", [{ memorial_id: memorialId, role: "handed_over", sources: ["s1"] }]),
    );
    expect((await visit(`/memorials/${slug}`)).body).toContain("Train of the cache test to Brest-Litovsk");
    expect((await visit("/groups")).body).toContain(`/groups/${group.slug}`);
    expect((await visit("/api/v1/groups")).body).toContain(group.id);
    await cache(`/groups/${group.slug}`);
  });
});
