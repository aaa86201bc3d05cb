/**
 * A GEDCOM import keeps everything it can and says what it could not, per person and line: in
 * the import's results (API, in the reader's language) and in the moderator's review of the
 * submission. Files: tests/gedcom/files/zeugnis/ (what the issue found lost, in a few people).
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import features551 from "../gedcom/files/zeugnis/features-551.ged?raw";
import features7 from "../gedcom/files/zeugnis/features-7.ged?raw";
import { revisions } from "../../src/platform/db/schema";
import type { PersonDocument } from "../../src/domain/person-document";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";
import { allRows, runJob, submitAll, uploadOk, type RowJson } from "./helpers";

async function documentOf(revisionId: string): Promise<PersonDocument> {
  const revision = await testDb().select().from(revisions).where(eq(revisions.id, revisionId)).get();
  return JSON.parse(revision!.document) as PersonDocument;
}

async function rowsIn(cookie: string, jobId: string, language: string): Promise<RowJson[]> {
  const res = await request(`/api/v1/imports/${jobId}/rows`, { cookie, headers: { "accept-language": language } });
  return ((await res.json()) as { items: RowJson[] }).items;
}

const byName = (rows: RowJson[], name: string) => rows.find((r) => r.name === name)!;

describe("a GEDCOM 7 file with what the archive's import used to lose", () => {
  it("keeps dates in every calendar, statements, notes, relations and ids, holds back a private person, and says what it could not keep", async () => {
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, features7, "features-7.ged");
    expect(await runJob(contributor.cookie, job.id)).toMatchObject({ status: "ready", people: 4 });
    const rows = await allRows(contributor.cookie, job.id);
    const hans = byName(rows, "Hans Quast");
    // Before anything is sent, each person's row lists what the import could not keep, by line.
    expect(hans.warnings).toEqual(
      expect.arrayContaining([
        "Line 12 (BIRT): “JULIAN 12 FEB 1700” is a date in the Julian calendar; kept as written, with its Gregorian date 22 February 1700",
        "Line 19 (RESI): “FROM 15 DEC 1689 TO JULIAN MAR 647” ends before it begins; the words are kept in the description, without a date",
        "Line 21 (EMIG): “AFT 90” is a year before 1000 (90 or later); check that no digits are missing",
        "Line 25 (EVEN): “JAN 1701/99 (JAN 1699)” is not a valid double year; the words are kept in the description, without a date",
        "Line 33 (NO): the file says “Naturalisation” did not happen; kept as a statement that it did not happen, not as an event",
        "Line 36 (EVEN): this part is marked as not to be shared (RESN PRIVACY) and was left out",
        "Line 46 (_MILT): this part (_MILT) is not something the archive keeps and was left out: Served 1914–1918",
        "Line 57 (OBJE): this part (OBJE) is not something the archive keeps and was left out: @O1@",
      ]),
    );
    // A person the file marks private is held back: not sent with everyone.
    expect(byName(rows, "Kurt Quast")).toMatchObject({ status: "held" });
    expect(byName(rows, "Kurt Quast").warnings[0]).toContain("RESN PRIVACY");
    // The import page says the same, and offers the held person only to be chosen one by one.
    const page = await (await request(`/import/${job.id}`, { cookie: contributor.cookie })).text();
    expect(page).toContain("Marked private in the file: only sent when you choose this person.");
    expect(page).toContain(`value="${byName(rows, "Kurt Quast").row}"`);
    expect(page).toContain("ends before it begins; the words are kept in the description, without a date");
    // In the reader's language.
    const german = byName(await rowsIn(contributor.cookie, job.id, "de"), "Hans Quast");
    expect(german.warnings).toContain("Zeile 19 (RESI): „FROM 15 DEC 1689 TO JULIAN MAR 647“ endet, bevor es beginnt; die Worte stehen in der Beschreibung, ohne Datum");

    const done = await submitAll(contributor.cookie, job.id);
    expect(done.counts).toMatchObject({ submitted: 3, held: 1, selected: 0 });
    const sent = byName(await allRows(contributor.cookie, job.id), "Hans Quast");
    const doc = await documentOf(sent.revision_id!);
    const event = (i: number) => doc.events[i]!;
    expect(event(0)).toMatchObject({ type: "birth", date: { edtf: "1700-02-22", calendar: "julian", text: "JULIAN 12 FEB 1700" } });
    expect(event(1)).toMatchObject({ type: "other", date: { edtf: "1939-09-14", calendar: "hebrew", text: "HEBREW 1 TSH 5700" }, description: { und: "Christening" } });
    expect(event(2)).toMatchObject({ type: "arrest", date: { edtf: "1799-11-09", calendar: "french_r" } });
    // Never an inverted interval: the words, no date.
    expect(event(3)).toMatchObject({ type: "residence", description: { und: "Date: FROM 15 DEC 1689 TO JULIAN MAR 647" } });
    expect(event(3).date).toBeUndefined();
    expect(event(4).date).toEqual({ edtf: "[0090..]" });
    expect(event(5).date).toEqual({ edtf: "0019-02-12" });
    expect(event(6)).toMatchObject({ type: "imprisonment", description: { und: "Date: JAN 1701/99 (JAN 1699)" } });
    expect(event(6).date).toBeUndefined();
    expect(event(7)).toMatchObject({ type: "death", date: { edtf: "-1400-08-12" }, description: { und: "Age: 42y (about forty)" } });
    // NO NATU: a statement that it did not happen, not a naturalisation.
    expect(event(8)).toMatchObject({ type: "other", description: { und: "Did not happen: Naturalisation\nIn the period: FROM 1930 TO 1940\nNo record of a naturalisation was found." } });
    expect(event(8).date).toBeUndefined();
    // Marriage and divorce of the couple's FAM record; the private arrest is not there.
    expect(doc.events.slice(9).map((e) => [e.date?.edtf, e.place?.name, e.description?.und])).toEqual([
      ["1920-05-03", "Köln", "Marriage, with Grete Quast"],
      ["1935", undefined, "Divorce, with Grete Quast"],
    ]);
    expect(JSON.stringify(doc)).not.toContain("keeps to itself");
    // The shared note is resolved, the note in two languages keeps both.
    expect(doc.biography).toEqual({ en: "Lived in Moscow.", de: "Lebte in Moskau.", und: "He was a printer." });
    expect(doc.names.map((n) => [n.kind, n.display])).toEqual([["other", "Hans Quast"], ["alias", "Hänschen"]]);
    expect(doc.relations.map((r) => [r.type, r.name, r.note ? Object.values(r.note)[0] : undefined])).toEqual([
      ["other", "Grete Quast", "Role: godparent"],
      ["other", "Johann Quast", "Possibly the same person (GEDCOM ALIA)"],
      ["spouse", "Grete Quast", "In the same GEDCOM file (@I2@)"],
      ["child", "Kurt Quast", "In the same GEDCOM file (@I3@)"],
    ]);
    expect(doc.external_ids).toEqual([
      { scheme: "wikidata", value: "Q42" },
      { scheme: "other", value: "12345", url: "https://example.org/people/12345" },
      { scheme: "other", value: "UID: 9b7e6a0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c" },
      { scheme: "other", value: "Stammbaum: A-17" },
    ]);

    // The moderator sees the same notes with the submission.
    const moderator = await signIn("moderator");
    const review = await (await request(`/moderation/revisions/${sent.revision_id}`, { cookie: moderator.cookie })).text();
    expect(review).toContain("Notes from the import");
    expect(review).toContain("From the file “features-7.ged”, line 6.");
    expect(review).toContain("ends before it begins; the words are kept in the description, without a date");

    // The held person is sent only when chosen, and the moderator sees the mark.
    const kurt = byName(await allRows(contributor.cookie, job.id), "Kurt Quast");
    const chosen = await request(`/api/v1/imports/${job.id}/submit`, {
      method: "POST",
      cookie: contributor.cookie,
      json: { rows: [kurt.row], submitter: { relationship: "relative", show_name: false }, consent: { publish: true } },
    });
    expect(chosen.status).toBe(202);
    await runJob(contributor.cookie, job.id);
    const kurtSent = byName(await allRows(contributor.cookie, job.id), "Kurt Quast");
    expect(kurtSent.status).toBe("submitted");
    const kurtReview = await (await request(`/moderation/revisions/${kurtSent.revision_id}`, { cookie: moderator.cookie })).text();
    expect(kurtReview).toContain("The file marks this person as not to be shared (RESN PRIVACY).");
  });
});

describe("a GEDCOM 5.5.1 file", () => {
  it("reads the 5.5.1 calendar escapes, dual years, shared notes and RELA, and holds back a confidential person", async () => {
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, features551, "features-551.ged");
    await runJob(contributor.cookie, job.id);
    const rows = await allRows(contributor.cookie, job.id);
    const rivka = byName(rows, "Rivka Levin");
    expect(rivka.status).toBe("held");
    expect(rivka.warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining("RESN CONFIDENTIAL"),
        "Line 19 (EVEN): “@#DROMAN@ 12 AUG 1401” is in a calendar the archive cannot convert; the words are kept in the description, without a date",
        "Line 24 (IMMI): “11 FEB 1731/32” gives two years (old and new style); read as the year beginning in January: 11 February 1732",
      ]),
    );
    expect(await submitAll(contributor.cookie, job.id)).toMatchObject({ counts: { submitted: 1, held: 1 } });
    await submitAll(contributor.cookie, job.id, [rivka.row]);
    const doc = await documentOf(byName(await allRows(contributor.cookie, job.id), "Rivka Levin").revision_id!);
    expect(doc.events.map((e) => [e.type, e.date?.edtf, e.date?.calendar])).toEqual([
      ["birth", "1939-09-14", "hebrew"],
      ["arrest", "1917-03-25", "julian"],
      ["residence", "1794-09-22/1795-09-16", "french_r"],
      ["expulsion", undefined, undefined],
      ["emigration", "-1400", undefined],
      ["arrival", "1732-02-11", undefined],
      ["handover", undefined, undefined],
      ["death", "1942", undefined],
    ]);
    expect(doc.events[3]!.description).toEqual({ und: "Date: @#DROMAN@ 12 AUG 1401" });
    expect(doc.biography).toEqual({ und: "She wrote letters from the camp." });
    expect(doc.relations).toEqual([{ type: "cellmate", name: "Sara Levin" }]);
  });
});

describe("no silent caps", () => {
  it("a person with more events than a memorial holds: the first 200 are kept and the row says how many were left out", async () => {
    const events = Array.from({ length: 230 }, (_, i) => `1 EVEN\n2 TYPE Residence\n2 DATE ${1900 + (i % 40)}`).join("\n");
    const file = `0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 NAME Many /Events/\n${events}\n0 TRLR\n`;
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, file, "many.ged");
    await runJob(contributor.cookie, job.id);
    const [row] = await allRows(contributor.cookie, job.id);
    expect(row!.warnings).toEqual(["Line 4: events in the file: 230; a memorial holds at most 200: 30 left out"]);
    await submitAll(contributor.cookie, job.id);
    const doc = await documentOf((await allRows(contributor.cookie, job.id))[0]!.revision_id!);
    expect(doc.events).toHaveLength(200);
  });
});

describe("the archive's extension in a file from elsewhere", () => {
  it("cannot name files that are not the contributor's or public: the person becomes a draft to correct", async () => {
    const media = { media: [{ id: "med_aaaaaaaaaaaaaaaa", licence: "CC0-1.0", rights_confirmed: true }] };
    const file = `0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 NAME Anna /Fremd/\n1 _ZEUGNIS ${JSON.stringify(media)}\n0 TRLR\n`;
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, file, "foreign.ged");
    await runJob(contributor.cookie, job.id);
    await submitAll(contributor.cookie, job.id);
    const [row] = await allRows(contributor.cookie, job.id);
    expect(row).toMatchObject({ status: "needs_edit", error: "media.0.id: is not a file you uploaded" });
  });
});
