/**
 * Groups go through the same moderation as memorials: a proposed group or membership is not
 * public until another moderator approves it, a decision on a stale version changes nothing, and
 * every step is in the audit log.
 */
import { describe, expect, it } from "vitest";
import { publishMemorial } from "../helpers/memorials";
import { zuckerDocument } from "../helpers/documents";
import { request } from "../helpers/app";
import { signIn } from "../helpers/users";
import { decide, propose, publishGroup, SOURCE_A, trainDocument } from "./helpers";

async function auditActions(subjectId: string, cookie: string): Promise<string[]> {
  const answer = (await (await request(`/api/v1/audit?subject_id=${subjectId}`, { cookie })).json()) as { items: Array<{ action: string }> };
  return answer.items.map((i) => i.action);
}

describe("a proposed group", () => {
  it("is not public until a moderator approves it, then is, with the audit trail", async () => {
    const contributor = await signIn("contributor");
    const moderator = await signIn("moderator");
    const proposed = await propose(contributor, { kind: "group", document: trainDocument("Unreviewed train of February 1940") });
    expect(proposed.status).toBe(201);
    const { id, status, version } = (await proposed.json()) as { id: string; status: string; version: number };
    expect(status).toBe("pending");

    const listed = await (await request("/api/v1/groups?q=Unreviewed")).json();
    expect(listed).toEqual({ items: [], next_cursor: null });
    expect(await (await request("/groups?q=Unreviewed")).text()).not.toContain("Unreviewed train");

    const queue = (await (await request("/api/v1/moderation/group-revisions", { cookie: moderator.cookie })).json()) as { items: Array<{ id: string }> };
    expect(queue.items.map((i) => i.id)).toContain(id);

    const decided = await decide(moderator, id, { action: "approve", version });
    expect(decided.status).toBe(200);
    const { group_id } = (await decided.json()) as { group_id: string };
    const detail = (await (await request(`/api/v1/groups/${group_id}`)).json()) as { slug: string; document: { counts: unknown[] } };
    expect(detail.document.counts).toHaveLength(2);
    const page = await request(`/groups/${detail.slug}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Unreviewed train of February 1940");

    expect(await auditActions(id, moderator.cookie)).toEqual(expect.arrayContaining(["group.submit", "group.approve"]));
    expect(await auditActions(group_id, moderator.cookie)).toContain("group.publish");
  });

  it("cannot be approved by the moderator who proposed it", async () => {
    const moderator = await signIn("moderator");
    const { id, version } = (await (await propose(moderator, { kind: "group", document: trainDocument() })).json()) as { id: string; version: number };
    const decided = await decide(moderator, id, { action: "approve", version });
    expect(decided.status).toBe(403);
  });

  it("refuses a decision on a stale version and changes nothing", async () => {
    const contributor = await signIn("contributor");
    const [first, second] = [await signIn("moderator"), await signIn("moderator")];
    const { id, version } = (await (await propose(contributor, { kind: "group", document: trainDocument("Contested train") })).json()) as { id: string; version: number };
    expect((await decide(first, id, { action: "reject", version, reason: "No source names this train." })).status).toBe(200);
    expect((await decide(second, id, { action: "approve", version })).status).toBe(409);
    expect(await (await request("/api/v1/groups?q=Contested")).json()).toEqual({ items: [], next_cursor: null });
    const own = (await (await request(`/api/v1/submissions/${id}`, { cookie: contributor.cookie })).json()) as { status: string; reason: string };
    expect(own).toMatchObject({ status: "rejected", reason: "No source names this train." });
  });

  it("needs a reason to be rejected and a source for every figure", async () => {
    const contributor = await signIn("contributor");
    const moderator = await signIn("moderator");
    const unsourced = trainDocument();
    unsourced.counts = [{ what: { en: "prisoners" }, value: 70, sources: [] }];
    const refused = await propose(contributor, { kind: "group", document: unsourced });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(await refused.json())).toContain("document.counts.0.sources");

    const { id, version } = (await (await propose(contributor, { kind: "group", document: trainDocument() })).json()) as { id: string; version: number };
    const decided = await decide(moderator, id, { action: "reject", version });
    expect(decided.status).toBe(422);
  });

  it("is hidden from other contributors", async () => {
    const owner = await signIn("contributor");
    const other = await signIn("contributor");
    const { id } = (await (await propose(owner, { kind: "group", document: trainDocument() })).json()) as { id: string };
    expect((await request(`/api/v1/submissions/${id}`, { cookie: other.cookie })).status).toBe(404);
    expect((await request(`/api/v1/submissions/${id}`, { cookie: owner.cookie })).status).toBe(200);
  });
});

describe("a proposed membership", () => {
  it("(“my grandfather was on this train”) appears on the group and memorial pages only once approved", async () => {
    const group = await publishGroup(trainDocument("Train with a grandfather"));
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    const descendant = await signIn("contributor");
    const moderator = await signIn("moderator");

    const proposed = await propose(descendant, {
      group_id: group.id,
      member: { memorial_id: memorialId, role: "on_transport", certainty: "family_account" },
      source: { id: "family", kind: "family_document", citation: "Letter of his daughter, 1946." },
      note: "My grandfather was on this train.",
    });
    expect(proposed.status).toBe(201);
    const { id, version } = (await proposed.json()) as { id: string; version: number };
    expect(await (await request(`/groups/${group.slug}`)).text()).not.toContain(`/memorials/${slug}`);
    expect(((await (await request(`/api/v1/memorials/${memorialId}`)).json()) as { groups: unknown[] }).groups).toEqual([]);

    expect((await decide(moderator, id, { action: "approve", version })).status).toBe(200);
    const page = await (await request(`/groups/${group.slug}`)).text();
    expect(page).toContain(`/memorials/${slug}`);
    expect(page).toContain("on the transport");
    expect(await (await request(`/memorials/${slug}`)).text()).toContain(`/groups/${group.slug}`);
    const api = (await (await request(`/api/v1/memorials/${memorialId}`)).json()) as { groups: unknown[] };
    expect(api.groups).toEqual([{ id: group.id, slug: group.slug, name: "Train with a grandfather", role: "on_transport" }]);
    const listed = (await (await request(`/api/v1/groups?memorial_id=${memorialId}`)).json()) as { items: Array<{ id: string; member_count: number }> };
    expect(listed.items).toEqual([expect.objectContaining({ id: group.id, member_count: 1 })]);
  });

  it("of a memorial that is not published is refused", async () => {
    const group = await publishGroup(trainDocument());
    const contributor = await signIn("contributor");
    const refused = await propose(contributor, { group_id: group.id, member: { memorial_id: "mem_doesnotexist00", role: "handed_over", sources: ["s1"] } });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(await refused.json())).toContain("member.memorial_id");
  });

  it("made before another change of the group is not approved over it", async () => {
    const group = await publishGroup(trainDocument());
    const contributor = await signIn("contributor");
    const moderator = await signIn("moderator");
    const first = (await (await propose(contributor, { group_id: group.id, member: { name: "Bloch", role: "refused_to_cross", sources: [SOURCE_A.id] } })).json()) as { id: string; version: number };
    const second = (await (await propose(contributor, { group_id: group.id, member: { name: "a German teacher", role: "refused_to_cross", sources: [SOURCE_A.id] } })).json()) as { id: string; version: number };
    expect((await decide(moderator, first.id, first)).status).toBe(422);
    expect((await decide(moderator, first.id, { action: "approve", version: first.version })).status).toBe(200);
    expect((await decide(moderator, second.id, { action: "approve", version: second.version })).status).toBe(409);
    const detail = (await (await request(`/api/v1/groups/${group.id}`)).json()) as { document: { members: Array<{ name: string }> } };
    expect(detail.document.members.map((m) => m.name)).toEqual(["Bloch"]);
  });
});

describe("the moderators' screen of group proposals", () => {
  it("shows a membership with the person it adds, and approving there publishes it", async () => {
    const group = await publishGroup(trainDocument("Train on the screen"));
    const contributor = await signIn("contributor");
    const moderator = await signIn("moderator");
    const { id } = (await (await propose(contributor, { group_id: group.id, member: { name: "Bloch", role: "refused_to_cross", sources: ["s1"] }, note: "Named in the memoir." })).json()) as { id: string };
    const screen = await (await request("/moderation/groups", { cookie: moderator.cookie })).text();
    expect(screen).toContain("A person for a group");
    expect(screen).toContain("Bloch");
    expect(screen).toContain("refused to cross");
    expect(screen).toContain("Named in the memoir.");

    const refused = await request(`/moderation/groups/${id}/decision`, { method: "POST", body: new URLSearchParams({ action: "reject", version: "1" }), cookie: moderator.cookie });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("Say why the proposal is rejected");

    const approved = await request(`/moderation/groups/${id}/decision`, { method: "POST", body: new URLSearchParams({ action: "approve", version: "1" }), cookie: moderator.cookie });
    expect(approved.status).toBe(303);
    expect(await (await request(`/groups/${group.slug}`)).text()).toContain("Bloch");
  });
});

describe("the form proposing a person for a group", () => {
  it("keeps what was typed and says what is missing, then stores a proposal that is not public", async () => {
    const group = await publishGroup(trainDocument("Train with a form"));
    const { slug } = await publishMemorial(zuckerDocument());
    const descendant = await signIn("contributor");
    expect((await request(`/groups/${group.slug}/propose`)).status).toBe(401);
    expect(await (await request(`/groups/${group.slug}/propose`, { cookie: descendant.cookie })).text()).toContain("Propose a person for");

    const fields = { memorial: "", name: "", role: "on_transport", certainty: "family_account", source_kind: "family_document", citation: "My mother's letter of 1946.", note: "" };
    const empty = await request(`/groups/${group.slug}/propose`, { method: "POST", body: new URLSearchParams(fields), cookie: descendant.cookie });
    expect(empty.status).toBe(422);
    const html = await empty.text();
    expect(html).toContain("Give a memorial or a name.");
    expect(html).toContain("My mother&#39;s letter of 1946.");

    const unknown = await request(`/groups/${group.slug}/propose`, { method: "POST", body: new URLSearchParams({ ...fields, memorial: "nobody-like-this" }), cookie: descendant.cookie });
    expect(await unknown.text()).toContain("No published memorial has this address or id.");

    const sent = await request(`/groups/${group.slug}/propose`, { method: "POST", body: new URLSearchParams({ ...fields, memorial: slug }), cookie: descendant.cookie });
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain("nothing is public until a moderator approves it");
    expect(await (await request(`/groups/${group.slug}`)).text()).not.toContain(`/memorials/${slug}`);
    const queue = await (await request("/moderation/groups", { cookie: (await signIn("moderator")).cookie })).text();
    expect(queue).toContain("My mother&#39;s letter of 1946.");
  });
});
