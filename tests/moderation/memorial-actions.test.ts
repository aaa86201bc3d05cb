import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, memorialMerges, memorialNames, memorials } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";

const act = (memorialId: string, action: string, cookie: string, json: Record<string, unknown>) =>
  request(`/api/v1/moderation/memorials/${memorialId}/${action}`, { method: "POST", cookie, json });

const memorialRow = (id: string) => testDb().select().from(memorials).where(eq(memorials.id, id)).get();
const nameRows = (id: string) => testDb().select().from(memorialNames).where(eq(memorialNames.memorialId, id));

describe("withholding and restoring a memorial", () => {
  it("takes it out of public view (410), keeps it, and restores it", async () => {
    const moderator = await signIn("moderator");
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    const noReason = await act(memorialId, "withhold", moderator.cookie, { version: 1 });
    expect(noReason.status).toBe(422);
    expect((await act(memorialId, "withhold", moderator.cookie, { version: 5, reason: "Takedown request by the family" })).status).toBe(409);
    expect((await memorialRow(memorialId))?.status).toBe("published");

    const withheld = await act(memorialId, "withhold", moderator.cookie, { version: 1, reason: "Takedown request by the family" });
    expect(withheld.status).toBe(200);
    expect(await memorialRow(memorialId)).toMatchObject({ status: "withheld", version: 2, withheldReason: "Takedown request by the family" });
    expect(await nameRows(memorialId)).toHaveLength(0);
    const gone = await request(`/memorials/${slug}`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).not.toContain("Max Zucker");
    expect((await request(`/api/v1/memorials/${memorialId}`)).status).not.toBe(200);

    const restored = await act(memorialId, "restore", moderator.cookie, { version: 2 });
    expect(restored.status).toBe(200);
    expect(await memorialRow(memorialId)).toMatchObject({ status: "published", version: 3, withheldReason: null });
    expect(await nameRows(memorialId)).toHaveLength(2);
    expect((await request(`/memorials/${slug}`)).status).toBe(200);
    const actions = await testDb().select().from(auditLog).where(eq(auditLog.subjectId, memorialId));
    expect(actions.map((a) => [a.action, a.actorId])).toEqual([
      ["memorial.withhold", moderator.id],
      ["memorial.restore", moderator.id],
    ]);
  });

  it("works from the moderators' memorial page without JavaScript", async () => {
    const moderator = await signIn("moderator");
    const { memorialId } = await publishMemorial(zuckerDocument());
    const page = await (await request(`/moderation/memorials/${memorialId}`, { cookie: moderator.cookie })).text();
    expect(page).toContain(`action="/moderation/memorials/${memorialId}/withhold"`);
    const empty = await request(`/moderation/memorials/${memorialId}/withhold`, { method: "POST", cookie: moderator.cookie, body: new URLSearchParams({ version: "1", reason: "" }) });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('id="withhold-reason-error"');
    const done = await request(`/moderation/memorials/${memorialId}/withhold`, { method: "POST", cookie: moderator.cookie, body: new URLSearchParams({ version: "1", reason: "Privacy" }) });
    expect(done.status).toBe(303);
    expect((await memorialRow(memorialId))?.status).toBe("withheld");
  });
});

describe("merging duplicates", () => {
  it("redirects the duplicate to the survivor (301) and can be undone", async () => {
    const moderator = await signIn("moderator");
    const survivor = await publishMemorial(zuckerDocument(), { slug: "max-zucker-survivor" });
    const duplicate = await publishMemorial(zuckerDocument(), { slug: "max-zucker-duplicate" });
    expect((await act(duplicate.memorialId, "merge", moderator.cookie, { version: 1, survivor_id: duplicate.memorialId })).status).toBe(422);
    expect((await act(duplicate.memorialId, "merge", moderator.cookie, { version: 1, survivor_id: "nobody" })).status).toBe(422);

    const merged = await act(duplicate.memorialId, "merge", moderator.cookie, { version: 1, survivor_id: "/memorials/max-zucker-survivor", reason: "Same person" });
    expect(merged.status).toBe(200);
    expect(await memorialRow(duplicate.memorialId)).toMatchObject({ status: "merged", mergedIntoId: survivor.memorialId, version: 2 });
    const redirect = await request("/memorials/max-zucker-duplicate");
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe("/memorials/max-zucker-survivor");
    expect(await nameRows(duplicate.memorialId)).toHaveLength(0);
    const [merge] = await testDb().select().from(memorialMerges).where(eq(memorialMerges.memorialId, duplicate.memorialId));
    expect(merge).toMatchObject({ survivorId: survivor.memorialId, mergedBy: moderator.id, undoneAt: null });
    // The survivor cannot be merged into the merged one.
    expect((await act(survivor.memorialId, "merge", moderator.cookie, { version: 2, survivor_id: duplicate.memorialId })).status).toBe(422);

    expect((await act(duplicate.memorialId, "unmerge", moderator.cookie, { version: 1 })).status).toBe(409);
    const undone = await act(duplicate.memorialId, "unmerge", moderator.cookie, { version: 2 });
    expect(undone.status).toBe(200);
    expect(await memorialRow(duplicate.memorialId)).toMatchObject({ status: "published", mergedIntoId: null, version: 3 });
    expect((await request("/memorials/max-zucker-duplicate")).status).toBe(200);
    expect(await nameRows(duplicate.memorialId)).toHaveLength(2);
    const [after] = await testDb().select().from(memorialMerges).where(eq(memorialMerges.memorialId, duplicate.memorialId));
    expect(after?.undoneBy).toBe(moderator.id);
    const page = await (await request(`/moderation/memorials/${duplicate.memorialId}`, { cookie: moderator.cookie })).text();
    // The history says it in words, not in the log's action names.
    expect(page).toContain("Merged into another memorial");
    expect(page).toContain("Merge undone");
    expect(page).not.toContain("memorial.unmerge");
  });
});
