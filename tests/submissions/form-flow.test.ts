import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, mailOutbox } from "../../src/platform/db/schema";
import { personDocumentSchema } from "../../src/domain/person-document";
import { postForm, request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";
import { location, page, saveStep, startDraft } from "./form-helpers";
import { revisionRow } from "./submission-helpers";

const doc = async (id: string) => JSON.parse((await revisionRow(id))!.document);

describe("the guided submission form", () => {
  it("asks a signed-out visitor to sign in first and brings them back", async () => {
    const res = await request("/submit");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('href="/auth/sign-in?next=%2Fsubmit"');
    const step = await request("/submit/rev_abcdefghijkl/person");
    expect(step.status).toBe(401);
    expect(await step.text()).toContain(
      'href="/auth/sign-in?next=%2Fsubmit%2Frev_abcdefghijkl%2Fperson"',
    );
  });

  it("takes a descendant through every step, saving each, and sends the memorial", async () => {
    const user = await signIn();
    const start = await page("/submit", user);
    expect(start).toContain('name="name"');
    const id = await startDraft(user, "Wilhelmine Quastfeld");
    expect(await revisionRow(id)).toMatchObject({
      status: "draft",
      kind: "new",
      version: 1,
      displayName: "Wilhelmine Quastfeld",
    });

    let res = await saveStep(user, id, "person", {
      "names.0.given": "Wilhelmine",
      "names.0.family": "Quastfeld",
      "names.1.display": "Вильгельмина Квастфельд",
      "names.1.kind": "transliteration",
      sex: "female",
    });
    expect(location(res)).toBe(`/submit/${id}/fate`);
    expect((await doc(id)).names).toEqual([
      {
        kind: "birth",
        display: "Wilhelmine Quastfeld",
        given: "Wilhelmine",
        family: "Quastfeld",
        script: "Latn",
        primary: true,
      },
      { kind: "transliteration", display: "Вильгельмина Квастфельд", script: "Cyrl" },
    ]);

    res = await saveStep(user, id, "fate", {
      "events.0.type": "arrest",
      "events.0.date": "December 1939",
      "events.0.place": "Moscow",
      "events.0.description": "Arrested at night in the Hotel Lux.",
    });
    expect(location(res)).toBe(`/submit/${id}/fate`.replace("fate", "biography"));
    res = await saveStep(user, id, "fate", {
      "events.1.type": "handover",
      "events.1.date": "zwischen 1939 und 1940",
      "events.1.place": "Brest-Litovsk",
      "events.1.modern_place": "Brest",
    });
    const events = (await doc(id)).events;
    expect(events[0]).toEqual({
      type: "arrest",
      date: { edtf: "1939-12", text: "December 1939" },
      place: { name: "Moscow" },
      description: { en: "Arrested at night in the Hotel Lux." },
    });
    expect(events[1]).toMatchObject({
      type: "handover",
      date: { edtf: "[1939..1940]", text: "zwischen 1939 und 1940" },
      place: { name: "Brest-Litovsk", modern_name: "Brest" },
    });

    expect(
      location(
        await saveStep(user, id, "biography", {
          "biography.en": "She was a seamstress from Leipzig.",
        }),
      ),
    ).toBe(`/submit/${id}/sources`);
    res = await saveStep(user, id, "sources", {
      "sources.0.kind": "archive",
      "sources.0.citation": "GARF f. 10035, op. 1, d. P-54560",
      "sources.0.fond": "10035",
      "events.0.src.s1": "on",
      "events.1.family": "on",
    });
    expect(location(res)).toBe(`/submit/${id}/relations`);
    const afterSources = await doc(id);
    expect(afterSources.sources).toEqual([
      { id: "s1", kind: "archive", citation: "GARF f. 10035, op. 1, d. P-54560", fond: "10035" },
    ]);
    expect(afterSources.events[0].sources).toEqual(["s1"]);
    expect(afterSources.events[1]).toMatchObject({ sources: [], certainty: "family_account" });

    expect(
      location(
        await saveStep(user, id, "relations", {
          "relations.0.type": "child",
          "relations.0.name": "Anna Quastfeld",
        }),
      ),
    ).toBe(`/submit/${id}/markers`);
    expect(
      location(
        await saveStep(user, id, "markers", {
          "markers.0.kind": "stolperstein",
          "markers.0.address": "Karl-Liebknecht-Straße 7, Leipzig",
          "markers.0.installed": "2015",
        }),
      ),
    ).toBe(`/submit/${id}/media`);
    expect(location(await saveStep(user, id, "media", {}))).toBe(`/submit/${id}/submitter`);
    expect(
      location(
        await saveStep(user, id, "submitter", {
          relationship: "descendant",
          note: "Letters are with my aunt.",
          show_name: "yes",
          consent: "yes",
        }),
      ),
    ).toBe(`/submit/${id}/review`);

    const review = await page(`/submit/${id}/review`, user);
    expect(review).toContain("Everything needed is filled in");
    expect(review).toContain("Anna Quastfeld");
    res = await postForm(`/submit/${id}/send`, { version: "1" }, user.cookie);
    expect(location(res)).toBe(`/my/submissions/${id}?sent=1`);

    const row = await revisionRow(id);
    expect(row).toMatchObject({
      status: "pending",
      version: 2,
      relationship: "descendant",
      showName: true,
      consentPublish: true,
      submitterNote: "Letters are with my aunt.",
      draftStep: null,
    });
    expect(personDocumentSchema.safeParse(JSON.parse(row!.document)).success).toBe(true);
    const actions = (await testDb().select().from(auditLog).where(eq(auditLog.subjectId, id))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["revision.draft", "revision.submit"]);
    expect(
      await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, user.email)),
    ).toHaveLength(1);

    const mine = await page(`/my/submissions/${id}?sent=1`, user);
    expect(mine).toContain("Thank you. Your submission has been sent");
    expect(mine).toContain("Waiting for review");
    // Once sent, the steps cannot be changed any more.
    expect((await request(`/submit/${id}/fate`, { cookie: user.cookie })).status).toBe(303);
    expect(
      (
        await postForm(
          `/submit/${id}/fate`,
          { "events.0.type": "death", action: "continue" },
          user.cookie,
        )
      ).status,
    ).toBe(409);
  });

  it("keeps a date it cannot read and asks, in the user's language, next to the field", async () => {
    const user = await signIn();
    const id = await startDraft(user, "Konrad Ungewiss");
    const res = await saveStep(
      user,
      id,
      "fate",
      { "events.0.type": "arrest", "events.0.date": "Frühjahr 37 oder so" },
      "continue",
      "de",
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('value="Frühjahr 37 oder so"');
    expect(html).toMatch(
      /<p class="field__error" id="f-events-0-date-error">Wir konnten dieses Datum nicht lesen/,
    );
    expect(html).toMatch(
      /id="f-events-0-date"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-events-0-date"/,
    );
    expect((await doc(id)).events[0]).toEqual({
      type: "arrest",
      date: { text: "Frühjahr 37 oder so" },
    });

    const ru = await saveStep(user, id, "fate", { "events.0.date": "23.10.41" }, "continue", "ru");
    expect(ru.status).toBe(422);
    expect(await ru.text()).toContain("четырьмя цифрами");

    const fixed = await saveStep(
      user,
      id,
      "fate",
      { "events.0.date": "Frühjahr 1937" },
      "continue",
      "de",
    );
    expect(fixed.status).toBe(303);
    expect((await doc(id)).events[0].date).toEqual({ edtf: "1937-21", text: "Frühjahr 1937" });
  });

  it("saves a draft to continue later and resumes it from My submissions", async () => {
    const user = await signIn();
    const id = await startDraft(user, "Paula Später");
    const later = await saveStep(
      user,
      id,
      "fate",
      { "events.0.type": "emigration", "events.0.date": "1933", "events.0.place": "Prague" },
      "later",
    );
    expect(location(later)).toBe(`/my/submissions?saved=${id}`);
    expect(await revisionRow(id)).toMatchObject({ status: "draft", draftStep: "fate" });

    const list = await page("/my/submissions?saved=1", user);
    expect(list).toContain("Your draft is saved");
    expect(list).toContain(`href="/submit/${id}/fate"`);
    const resumed = await page(`/submit/${id}/fate`, user);
    expect(resumed).toContain('value="Prague"');
    expect(resumed).toMatch(/<option value="emigration" selected/);
    expect(await page("/submit", user)).toContain(`/submit/${id}/fate`);
  });

  it("adds rows without JavaScript and removes them again", async () => {
    const user = await signIn();
    const id = await startDraft(user, "Erna Reihe");
    const added = await saveStep(
      user,
      id,
      "person",
      { "names.1.display": "Erna Reihe-Klein", "names.1.kind": "married" },
      "add",
    );
    expect(location(added)).toBe(`/submit/${id}/person`);
    const html = await page(`/submit/${id}/person`, user);
    expect(html).toContain('name="names.2.display"');
    await saveStep(
      user,
      id,
      "person",
      { "names.0.remove": "on", "names.primary": "1" },
      "continue",
    );
    expect((await doc(id)).names).toEqual([
      { kind: "married", display: "Erna Reihe-Klein", script: "Latn", primary: true },
    ]);
  });

  it("does not send an incomplete draft but shows every problem at its field", async () => {
    const user = await signIn();
    const id = await startDraft(user, "Otto Unfertig");
    await saveStep(
      user,
      id,
      "fate",
      { "events.0.type": "arrest", "events.0.date": "1938" },
      "later",
    );
    const res = await postForm(`/submit/${id}/send`, { version: "1" }, user.cookie);
    expect(location(res)).toBe(`/submit/${id}/sources?check=1`);
    const html = await page(`/submit/${id}/sources?check=1`, user);
    expect(html).toContain('class="error-summary"');
    expect(html).toContain("Please tick a source for this event");
    expect(html).toContain('href="#f-events-0-sources"');
    expect(html).toMatch(/About you<span class="step-list__flag"> \(needs attention\)/);
    const submitter = await page(`/submit/${id}/submitter?check=1`, user);
    expect(submitter).toContain("Please agree to publication");
    expect(submitter).toContain("Please say how you are connected");
    expect(await revisionRow(id)).toMatchObject({ status: "draft", version: 1 });

    const review = await page(`/submit/${id}/review`, user);
    expect(review).toContain("Before you can send it");
  });

  it("keeps drafts private: another contributor and moderators get 404", async () => {
    const [owner, stranger, moderator] = [
      await signIn(),
      await signIn(),
      await signIn("moderator"),
    ];
    const id = await startDraft(owner, "Ida Privat");
    for (const who of [stranger, moderator]) {
      expect((await request(`/submit/${id}/person`, { cookie: who.cookie })).status).toBe(404);
      expect((await request(`/my/submissions/${id}`, { cookie: who.cookie })).status).toBe(404);
      expect((await request(`/api/v1/submissions/${id}`, { cookie: who.cookie })).status).toBe(404);
      expect(
        (
          await postForm(
            `/submit/${id}/person`,
            { "names.0.display": "Hacked", action: "continue" },
            who.cookie,
          )
        ).status,
      ).toBe(404);
    }
    expect((await doc(id)).names[0].display).toBe("Ida Privat");
  });
});
