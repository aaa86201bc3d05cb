import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, memorials, revisions } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";
import { allRows, ansel, runJob, submitAll, upload, uploadOk } from "./helpers";

/** A GEDCOM 5.5.1 file as an older genealogy program writes it: ANSEL, CRLF, CONC/CONT. */
const FAMILY_551 = [
  "0 HEAD",
  "1 SOUR FamilyTreeMaker",
  "1 GEDC",
  "2 VERS 5.5.1",
  "2 FORM LINEAGE-LINKED",
  "1 CHAR ANSEL",
  "0 @I1@ INDI",
  "1 NAME Hans /Müller/",
  "2 GIVN Hans",
  "2 SURN Müller",
  "1 SEX M",
  "1 BIRT",
  "2 DATE ABT 1890",
  "2 PLAC Köln, Rheinprovinz, Deutschland",
  "2 SOUR @S1@",
  "3 PAGE S. 12",
  "1 EVEN",
  "2 TYPE Verhaftung",
  "2 DATE 4 NOV 1937",
  "2 PLAC Moskau",
  "1 DEAT",
  "2 DATE BET 1940 AND 1942",
  "2 PLAC Brest-Litowsk",
  "1 RESI",
  "2 DATE FROM 1933 TO 1937",
  "2 PLAC Moskau, Hotel Lux",
  "1 NOTE Er floh 1933 über Prag nach Moskau. Die Familie erz",
  "2 CONC ählt, er sei 1940 übergeben worden.",
  "2 CONT Zweite Zeile der Notiz.",
  "1 FAMS @F1@",
  "0 @I2@ INDI",
  "1 NAME Grete /Müller/",
  "1 SEX F",
  "1 BIRT",
  "2 DATE 12 MAR 1895",
  "1 FAMS @F1@",
  "0 @I3@ INDI",
  "1 NAME Kurt /Müller/",
  "1 SEX M",
  "1 BIRT",
  "2 DATE BEF 1925",
  "1 FAMC @F1@",
  "0 @F1@ FAM",
  "1 HUSB @I1@",
  "1 WIFE @I2@",
  "1 CHIL @I3@",
  "0 @S1@ SOUR",
  "1 TITL Kirchenbuch Köln",
  "1 AUTH Pfarramt St. Gereon",
  "0 TRLR",
  "",
].join("\r\n");

describe("GEDCOM import", () => {
  it("reads an ANSEL 5.5.1 file and turns the chosen people into pending revisions, nothing published", async () => {
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, ansel(FAMILY_551), "family.ged");
    expect(job).toMatchObject({ format: "gedcom", status: "parsing" });
    const read = await runJob(contributor.cookie, job.id);
    expect(read).toMatchObject({ status: "ready", people: 3, encoding: "ANSEL", progress: 1 });
    const rows = await allRows(contributor.cookie, job.id);
    expect(rows.map((r) => [r.name, r.birth])).toEqual([
      ["Hans Müller", "ABT 1890"],
      ["Grete Müller", "12 MAR 1895"],
      ["Kurt Müller", "BEF 1925"],
    ]);

    const published = (await testDb().select().from(memorials)).length;
    const done = await submitAll(contributor.cookie, job.id, [1, 3]);
    expect(done).toMatchObject({ status: "done", counts: { submitted: 2, draft: 1, selected: 0 } });
    const after = await allRows(contributor.cookie, job.id);
    const hansRevision = after[0]!.revision_id!;
    const stored = await testDb().select().from(revisions).where(eq(revisions.id, hansRevision)).get();
    expect(stored).toMatchObject({ status: "pending", submitterId: contributor.id, relationship: "researcher", consentPublish: true });
    const doc = JSON.parse(stored!.document) as Record<string, any>;
    expect(doc.names[0]).toMatchObject({ primary: true, display: "Hans Müller", given: "Hans", family: "Müller" });
    const byType = (t: string) => doc.events.find((e: { type: string }) => e.type === t);
    // "ABT 1890" is exactly what the archive writes for 1890~: the date says it all, no words needed.
    expect(byType("birth")).toMatchObject({ date: { edtf: "1890~" }, place: { name: "Köln, Rheinprovinz, Deutschland" }, certainty: "documented" });
    expect(byType("birth").date.text).toBeUndefined();
    expect(byType("arrest")).toMatchObject({ date: { edtf: "1937-11-04" }, place: { name: "Moskau" }, certainty: "family_account" });
    expect(byType("death").date.edtf).toBe("[1940..1942]");
    expect(byType("residence").date.edtf).toBe("1933/1937");
    expect(doc.sources).toEqual([
      { id: "s1", kind: "book", citation: "Pfarramt St. Gereon, Kirchenbuch Köln", title: "Kirchenbuch Köln", author: "Pfarramt St. Gereon", page: "S. 12" },
    ]);
    expect(doc.biography.und).toBe("Er floh 1933 über Prag nach Moskau. Die Familie erzählt, er sei 1940 übergeben worden.\nZweite Zeile der Notiz.");
    expect(doc.relations.map((r: { type: string; name: string }) => [r.type, r.name])).toEqual([
      ["spouse", "Grete Müller"],
      ["child", "Kurt Müller"],
    ]);
    // Reviewed like any submission: nothing is public until a moderator approves.
    expect((await testDb().select().from(memorials)).length).toBe(published);
    expect(await (await request("/api/v1/export.jsonl")).text()).not.toContain("Müller");
    const audit = await testDb().select().from(auditLog).where(eq(auditLog.subjectId, hansRevision));
    expect(audit.map((a) => a.action)).toEqual(["revision.submit"]);
    const queue = await (await request("/api/v1/moderation/queue", { cookie: (await signIn("moderator")).cookie })).json();
    expect((queue as { items: Array<{ id: string }> }).items.map((i) => i.id)).toContain(hansRevision);
  });

  it("refuses what is not GEDCOM, and another contributor cannot see the import", async () => {
    const contributor = await signIn("contributor");
    const garbage = await upload(contributor.cookie, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), "photo.ged");
    expect(garbage.status).toBe(422);
    const empty = await upload(contributor.cookie, "", "empty.ged");
    expect(empty.status).toBe(422);
    const job = await uploadOk(contributor.cookie, FAMILY_551.replace("1 CHAR ANSEL", "1 CHAR UTF-8"), "f.ged");
    const other = await signIn("contributor");
    expect((await request(`/api/v1/imports/${job.id}`, { cookie: other.cookie })).status).toBe(404);
    expect((await request(`/api/v1/imports/${job.id}`)).status).toBe(401);
    expect((await upload("", FAMILY_551, "f.ged")).status).toBe(401);
  });

  it("a broken line stops reading there and keeps every person before it", async () => {
    const contributor = await signIn("contributor");
    const broken = FAMILY_551.replace("1 CHAR ANSEL", "1 CHAR UTF-8").replace("0 @I3@ INDI", "this is not a GEDCOM line\r\n0 @I3@ INDI");
    const job = await uploadOk(contributor.cookie, broken, "broken.ged");
    const read = await runJob(contributor.cookie, job.id);
    expect(read.status).toBe("failed");
    expect(read.failure).toContain("line 37");
    expect(read.failed_row).toBe(37);
    expect((await allRows(contributor.cookie, job.id)).map((r) => r.name)).toEqual(["Hans Müller", "Grete Müller"]);
  });

  it("wrong encoding: a UTF-8 file with a Latin-1 byte fails at that line, keeping the people before", async () => {
    const contributor = await signIn("contributor");
    const text = FAMILY_551.replace("1 CHAR ANSEL", "1 CHAR UTF-8");
    const bytes = new TextEncoder().encode(text);
    const at = text.indexOf("Kurt");
    const bad = new Uint8Array(bytes);
    bad[new TextEncoder().encode(text.slice(0, at)).length + 1] = 0xfc; // "ü" in Latin-1
    const job = await uploadOk(contributor.cookie, bad, "latin1.ged");
    const read = await runJob(contributor.cookie, job.id);
    expect(read.status).toBe("failed");
    expect(read.failure).toMatch(/line 38: byte 0xfc is not UTF-8/);
    expect((await allRows(contributor.cookie, job.id)).map((r) => r.name)).toEqual(["Hans Müller", "Grete Müller"]);
  });
});
