import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memorialEvents, memorials } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision, storedRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";

const decide = (id: string, cookie: string, json: Record<string, unknown>) =>
  request(`/api/v1/moderation/revisions/${id}/decision`, { method: "POST", cookie, json });

const before = (words: string) => `<span class="diff__side"><span class="diff__when">before:</span> <del>${words}</del></span>`;
const now = (words: string) => `<span class="diff__side"><span class="diff__when">now:</span> <ins>${words}</ins></span>`;
/** The HTML of the page's section labelled by the heading with this id. */
const section = (html: string, id: string) => {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  return start < 0 ? "" : html.slice(start, html.indexOf("</section>", html.indexOf(`id="${id}"`, start)) + 10);
};

interface DiffAnswer {
  against_revision_id: string | null;
  memorial_changed_since_base: boolean;
  changes: Array<{ section: string; op: string; field: string; before?: unknown; after?: unknown }>;
  changes_since_base: unknown[];
}

describe("corrections to a published memorial", () => {
  it("shows a field-level diff, and warns when a concurrent correction changed the memorial first", async () => {
    const moderator = await signIn("moderator");
    const published = await publishMemorial(zuckerDocument());
    const dateFix = zuckerDocument();
    dateFix.events![0]!.date = { edtf: "1938-03" };
    const first = await createRevision({ document: dateFix, memorialId: published.memorialId, basedOnRevisionId: published.revisionId });
    const bioFix = zuckerDocument();
    bioFix.biography = { en: "Max Zucker fled Berlin in 1933." };
    const second = await createRevision({ document: bioFix, memorialId: published.memorialId, basedOnRevisionId: published.revisionId });

    const diff = (await (await request(`/api/v1/moderation/revisions/${first.id}/diff`, { cookie: moderator.cookie })).json()) as DiffAnswer;
    expect(diff.against_revision_id).toBe(published.revisionId);
    expect(diff.memorial_changed_since_base).toBe(false);
    expect(diff.changes).toEqual([expect.objectContaining({ section: "events", op: "changed", field: "date.edtf", before: "1937", after: "1938-03" })]);
    const page = await (await request(`/moderation/revisions/${first.id}`, { cookie: moderator.cookie })).text();
    expect(page).toContain('data-path="events.0.date"');
    expect(page).toContain("<dt>Date</dt><dd>" + before("1937") + " " + now("March 1938") + "</dd>");

    expect((await decide(first.id, moderator.cookie, { action: "approve", version: 1 })).status).toBe(200);
    const memorial = await testDb().select().from(memorials).where(eq(memorials.id, published.memorialId)).get();
    expect(memorial).toMatchObject({ currentRevisionId: first.id, version: 2 });
    const arrest = await testDb().select().from(memorialEvents).where(eq(memorialEvents.memorialId, published.memorialId)).get();
    expect(arrest?.edtf).toBe("1938-03");

    // The second correction was based on the old text: the moderator is warned and must confirm.
    const conflict = (await (await request(`/api/v1/moderation/revisions/${second.id}/diff`, { cookie: moderator.cookie })).json()) as DiffAnswer;
    expect(conflict.memorial_changed_since_base).toBe(true);
    expect(conflict.changes).toContainEqual(expect.objectContaining({ section: "events", field: "date.edtf", before: "1938-03", after: "1937" }));
    expect(conflict.changes_since_base).toContainEqual(expect.objectContaining({ field: "date.edtf", after: "1938-03" }));
    const warning = await (await request(`/moderation/revisions/${second.id}`, { cookie: moderator.cookie })).text();
    expect(warning).toContain("The memorial changed after this correction was based on it.");
    const meanwhile = section(warning, "conflict");
    expect(meanwhile).toContain("What changed on the memorial meanwhile");
    expect(meanwhile).toContain(before("1937") + " " + now("March 1938"));
    // What the submitter changed, against the version they started from: the biography only.
    expect(section(warning, "own-changes")).toContain("Biography");
    expect(section(warning, "own-changes")).not.toContain("March 1938");
    const refused = await decide(second.id, moderator.cookie, { action: "approve", version: 1 });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe("conflict_confirmed");
    expect(await storedRevision(second.id)).toMatchObject({ status: "pending", version: 1 });

    expect((await decide(second.id, moderator.cookie, { action: "approve", version: 1, conflict_confirmed: true })).status).toBe(200);
    const after = await testDb().select().from(memorials).where(eq(memorials.id, published.memorialId)).get();
    expect(after).toMatchObject({ currentRevisionId: second.id, version: 3 });
    // Once approved, the correction is compared with what it replaced, and what changed meanwhile stays visible.
    const approved = (await (await request(`/api/v1/moderation/revisions/${second.id}/diff`, { cookie: moderator.cookie })).json()) as DiffAnswer;
    expect(approved.against_revision_id).toBe(first.id);
    expect(approved.memorial_changed_since_base).toBe(true);
    const approvedPage = await (await request(`/moderation/revisions/${second.id}`, { cookie: moderator.cookie })).text();
    expect(section(approvedPage, "conflict")).toContain("approved after the memorial had changed");
    expect(section(approvedPage, "conflict")).toContain(before("1937") + " " + now("March 1938"));
    const history = (await (await request(`/api/v1/audit?subject_id=${published.memorialId}`, { cookie: moderator.cookie })).json()) as { items: Array<{ action: string; subject_version: number }> };
    expect(history.items.map((e) => [e.action, e.subject_version])).toEqual([["memorial.update", 3], ["memorial.update", 2]]);
  });

  it("will not approve a correction of a withheld memorial", async () => {
    const moderator = await signIn("moderator");
    const published = await publishMemorial(zuckerDocument());
    const fix = await createRevision({ memorialId: published.memorialId, basedOnRevisionId: published.revisionId });
    await testDb().update(memorials).set({ status: "withheld" }).where(eq(memorials.id, published.memorialId));
    const refused = await decide(fix.id, moderator.cookie, { action: "approve", version: 1 });
    expect(refused.status).toBe(409);
    expect(await storedRevision(fix.id)).toMatchObject({ status: "pending" });
    const memorial = await testDb().select().from(memorials).where(eq(memorials.id, published.memorialId)).get();
    expect(memorial?.currentRevisionId).toBe(published.revisionId);
  });
});
