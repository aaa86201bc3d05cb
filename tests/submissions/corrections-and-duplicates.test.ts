import { describe, expect, it } from "vitest";
import { revisions } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import type { PersonDocumentInput } from "../../src/domain/person-document";
import { personDocumentSchema } from "../../src/domain/person-document";
import { postForm, request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { location, page, saveStep } from "./form-helpers";
import { revisionRow, revisionsOf } from "./submission-helpers";

/** A published document with parts the form does not show: they must survive a correction. */
function richDocument(): PersonDocumentInput {
  const doc = zuckerDocument();
  doc.events![1] = {
    ...doc.events![1]!,
    certainty: "disputed",
    alternatives: [{ date: { edtf: "1940" }, sources: ["s1"] }],
  };
  doc.events![0]!.agency = "nkvd";
  doc.biography = { en: "Max Zucker fled Berlin.", de: "Max Zucker floh aus Berlin." };
  doc.external_ids = [{ scheme: "wikidata", value: "Q1" }];
  doc.persecuted_by = ["soviet", "nazi"];
  doc.relations = [{ type: "spouse", name: "Erna Zucker", note: { de: "Ehefrau" } }];
  return doc;
}

/** A pending new entry written straight into D1, as someone else (or `submitterId`) sent it. */
async function pendingEntry(name: string, submitterId: string, status: "pending" | "in_review" | "changes_requested" = "pending") {
  const id = newId("rev");
  await testDb()
    .insert(revisions)
    .values({
      id,
      kind: "new",
      status,
      submitterId,
      displayName: name,
      document: JSON.stringify({
        names: [{ primary: true, kind: "birth", display: name }],
        events: [{ type: "birth", date: { edtf: "1990-04-02" }, sources: [] }],
        biography: { en: "UNREVIEWED SECRET" },
      }),
      createdAt: Date.now(),
      updatedAt: Date.now(),
    });
  return id;
}

describe("the duplicate hint", () => {
  it("tells a contributor only that someone else sent a similar name, never whose or what", async () => {
    const other = await signIn();
    const ids = [
      await pendingEntry("Wilhelmine Verstecktowa", other.id),
      await pendingEntry("Wilhelmina Verstecktova", other.id, "in_review"),
      await pendingEntry("Vilgelmina Verstecktova", other.id, "changes_requested"),
    ];
    const user = await signIn();
    const res = await postForm("/submit", { name: "Wilhelmine Verstecktowa" }, user.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Someone has already sent an entry for a similar name");
    expect(html).not.toContain("Verstecktowa</p>");
    for (const name of ["Wilhelmina", "Vilgelmina", "1990", "UNREVIEWED SECRET"]) expect(html).not.toContain(name);
    for (const id of ids) expect(html).not.toContain(id);
    // The name the contributor typed is theirs: it may come back in the "start a new entry" button.
    expect(html).toContain("Start a new entry for “Wilhelmine Verstecktowa”");

    const de = await postForm("/submit?lang=de", { name: "Wilhelmine Verstecktowa" }, user.cookie);
    expect(await de.text()).toContain("Jemand hat bereits einen Eintrag zu einem ähnlichen Namen eingesandt");
    const ru = await postForm("/submit?lang=ru", { name: "Wilhelmine Verstecktowa" }, user.cookie);
    expect(await ru.text()).toContain("Кто-то уже прислал запись с похожим именем");
  });

  it("shows a contributor their own pending entries by name, with a link to them", async () => {
    const user = await signIn();
    const own = await pendingEntry("Leopoldine Eigenwald", user.id);
    const html = await (await postForm("/submit", { name: "Leopoldine Eigenwald" }, user.cookie)).text();
    expect(html).toContain("Leopoldine Eigenwald");
    expect(html).toContain(`href="/my/submissions/${own}"`);
    expect(html).toContain("You have already sent an entry of this name");
    expect(html).not.toContain("Someone has already sent");
    expect(html).not.toContain("UNREVIEWED SECRET");
  });

  it("shows published memorials and pending submissions of a similar name before anything is stored", async () => {
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    const other = await signIn();
    const pendingId = newId("rev");
    await testDb()
      .insert(revisions)
      .values({
        id: pendingId,
        kind: "new",
        status: "pending",
        submitterId: other.id,
        displayName: "Max Zuker",
        document: JSON.stringify({
          names: [{ primary: true, kind: "birth", display: "Max Zuker" }],
          biography: { en: "UNREVIEWED SECRET" },
        }),
        createdAt: Date.now(),
        updatedAt: Date.now(),
      });
    const user = await signIn();
    const res = await postForm("/submit", { name: "Max Zucker" }, user.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Is this who you mean?");
    expect(html).toContain(`href="/memorials/${slug}"`);
    expect(html).toContain(`href="/submit?correct=${memorialId}"`);
    expect(html).not.toContain("Max Zuker");
    expect(html).toContain("Someone has already sent an entry for a similar name");
    expect(html).not.toContain("UNREVIEWED SECRET");
    expect(html).not.toContain(pendingId);
    expect(await revisionsOf(user.id)).toHaveLength(0);

    const confirmed = await postForm(
      "/submit",
      { name: "Max Zucker", confirmed: "1" },
      user.cookie,
    );
    expect(location(confirmed)).toMatch(/^\/submit\/rev_[a-z0-9]+\/person$/);
    expect(await revisionsOf(user.id)).toHaveLength(1);
  });

  it("goes straight to the first step when no one of that name is known, and asks for a name", async () => {
    const user = await signIn();
    const res = await postForm("/submit", { name: "Xaverine Einzigartig" }, user.cookie);
    expect(location(res)).toMatch(/^\/submit\/rev_[a-z0-9]+\/person$/);
    const empty = await postForm("/submit", { name: "   " }, user.cookie);
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Please write the person’s name.");
  });
});

describe("suggesting a correction", () => {
  it("starts from the published revision and keeps everything the form does not show", async () => {
    const { memorialId, revisionId, document } = await publishMemorial(richDocument());
    const user = await signIn();
    const intro = await page(`/submit?correct=${memorialId}`, user);
    expect(intro).toContain("Suggest a correction: Max Zucker");
    const res = await postForm("/submit/correct", { memorial_id: memorialId }, user.cookie);
    const id = location(res).split("/")[2]!;
    expect(await revisionRow(id)).toMatchObject({
      kind: "correction",
      memorialId,
      basedOnRevisionId: revisionId,
      status: "draft",
    });

    // Walking through every step without changing anything leaves the document as published.
    for (const step of ["person", "fate", "biography", "sources", "relations", "markers"]) {
      expect((await saveStep(user, id, step, {})).status, step).toBe(303);
    }
    expect(JSON.parse((await revisionRow(id))!.document)).toEqual(document);

    await saveStep(user, id, "biography", { "biography.en": "Max Zucker fled Berlin in 1933." });
    await saveStep(user, id, "submitter", { relationship: "researcher", consent: "yes" });
    expect(location(await postForm(`/submit/${id}/send`, { version: "1" }, user.cookie))).toBe(
      `/my/submissions/${id}?sent=1`,
    );
    const sent = JSON.parse((await revisionRow(id))!.document);
    expect(sent.biography).toEqual({
      en: "Max Zucker fled Berlin in 1933.",
      de: "Max Zucker floh aus Berlin.",
    });
    expect(sent.external_ids).toEqual(document.external_ids);
    expect(sent.events[1].alternatives).toEqual(document.events[1]!.alternatives);
    expect(personDocumentSchema.safeParse(sent).success).toBe(true);
  });

  it("offers to continue a correction already started, and refuses unknown memorials", async () => {
    const { memorialId } = await publishMemorial(zuckerDocument());
    const user = await signIn();
    const id = location(
      await postForm("/submit/correct", { memorial_id: memorialId }, user.cookie),
    ).split("/")[2]!;
    expect(await page(`/submit?correct=${memorialId}`, user)).toContain(
      `href="/submit/${id}/person"`,
    );
    expect(
      (await request("/submit?correct=mem_nosuchmemorial1", { cookie: user.cookie })).status,
    ).toBe(404);
    expect(
      (await postForm("/submit/correct", { memorial_id: "mem_nosuchmemorial1" }, user.cookie))
        .status,
    ).toBe(404);
  });

  it("removing a source removes the events' references to it", async () => {
    const { memorialId } = await publishMemorial(zuckerDocument());
    const user = await signIn();
    const id = location(
      await postForm("/submit/correct", { memorial_id: memorialId }, user.cookie),
    ).split("/")[2]!;
    const res = await saveStep(user, id, "sources", { "sources.0.remove": "on" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Please tick a source for this event");
    const doc = JSON.parse((await revisionRow(id))!.document);
    expect(doc.sources).toEqual([]);
    expect(doc.events.map((e: { sources: string[] }) => e.sources)).toEqual([[], [], []]);
    expect(doc.markers[0].sources).toEqual([]);
  });
});
