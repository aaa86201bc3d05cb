import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import demo from "../../src/operations/demo/demo-persons.json";
import { revisions } from "../../src/platform/db/schema";
import type { PersonDocumentInput } from "../../src/domain/person-document";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { allRows, runJob, submitAll, uploadOk } from "./helpers";

/** The GEDCOM export of a memorial, as the bytes a client downloads. */
async function exported(memorialId: string): Promise<Uint8Array> {
  const res = await request(`/api/v1/memorials/${memorialId}/gedcom`);
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

const revisionsOf = async (memorialId: string) => testDb().select().from(revisions).where(eq(revisions.memorialId, memorialId));

describe("GEDCOM 7 import of the archive's own export", () => {
  it("Fritz Noether's unchanged export, imported again: no changes, nothing is created, and the row says so", async () => {
    const noether = demo.persons.find((p) => p.key === "fritz-noether")!;
    const memorial = await publishMemorial(noether.document as unknown as PersonDocumentInput);
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, await exported(memorial.memorialId), "fritz-noether.ged");
    expect(await runJob(contributor.cookie, job.id)).toMatchObject({ status: "ready", people: 1, encoding: "UTF-8" });
    const done = await submitAll(contributor.cookie, job.id);
    expect(done).toMatchObject({ status: "done", counts: { unchanged: 1, submitted: 0, selected: 0 } });
    const [row] = await allRows(contributor.cookie, job.id);
    expect(row).toMatchObject({ status: "unchanged", revision_id: null });
    // Only the approved revision: no correction that could remove the German texts or anything else.
    expect((await revisionsOf(memorial.memorialId)).map((r) => r.status)).toEqual(["approved"]);
  });

  it("without a byte-order mark and with CRLF line ends, as other programs save it, it is read the same", async () => {
    const memorial = await publishMemorial(zuckerDocument());
    const text = new TextDecoder().decode(await exported(memorial.memorialId)).replace(/^\ufeff/, "").replace(/\n/g, "\r\n");
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, text, "zucker.ged");
    expect(await runJob(contributor.cookie, job.id)).toMatchObject({ status: "ready", encoding: "UTF-8" });
    expect(await submitAll(contributor.cookie, job.id)).toMatchObject({ counts: { unchanged: 1, submitted: 0 } });
  });

  it("a real difference becomes a correction of the memorial holding exactly that difference", async () => {
    const memorial = await publishMemorial(zuckerDocument());
    const text = new TextDecoder().decode(await exported(memorial.memorialId));
    expect(text).toContain("2 DATE 23 OCT 1941");
    const changed = text.replace("2 DATE 23 OCT 1941", "2 DATE 24 OCT 1941");
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, changed, "zucker.ged");
    await runJob(contributor.cookie, job.id);
    await submitAll(contributor.cookie, job.id);
    const [row] = await allRows(contributor.cookie, job.id);
    expect(row!.status).toBe("submitted");
    const revision = await testDb().select().from(revisions).where(eq(revisions.id, row!.revision_id!)).get();
    expect(revision).toMatchObject({ kind: "correction", memorialId: memorial.memorialId, status: "pending" });
    const doc = JSON.parse(revision!.document) as typeof memorial.document;
    const expected = structuredClone(memorial.document);
    expected.events[2]!.date = { edtf: "1941-10-24" };
    expect(doc).toEqual(expected);
  });

  it("a family file of linked memorials, imported again: every memorial unchanged, a relative's link record never sent", async () => {
    const anna = await publishMemorial({ ...zuckerDocument(), names: [{ primary: true, kind: "birth", display: "Anna Zucker", given: "Anna", family: "Zucker" }], sex: "female" });
    const max = await publishMemorial({ ...zuckerDocument(), relations: [{ type: "spouse", memorial_id: anna.memorialId, name: "Anna Zucker" }, { type: "child", name: "Kurt Zucker" }] });
    const res = await request(`/api/v1/memorials/${max.memorialId}/gedcom?scope=family`);
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, new Uint8Array(await res.arrayBuffer()), "zucker-family.ged");
    await runJob(contributor.cookie, job.id);
    const rows = await allRows(contributor.cookie, job.id);
    // Kurt has no memorial: the export names him in a short record, which the import does not offer.
    expect(rows.map((r) => [r.name, r.status])).toEqual([
      ["Max Zucker", "draft"],
      ["Anna Zucker", "draft"],
      ["Kurt Zucker", "reference"],
    ]);
    expect(await submitAll(contributor.cookie, job.id)).toMatchObject({ counts: { unchanged: 2, submitted: 0, reference: 1 } });
    expect((await revisionsOf(max.memorialId)).length + (await revisionsOf(anna.memorialId)).length).toBe(2);
  });

  it("reads UTF-16 files (with a byte-order mark) as genealogy programs on Windows save them", async () => {
    const text = "0 HEAD\r\n1 GEDC\r\n2 VERS 5.5.1\r\n1 CHAR UNICODE\r\n0 @I1@ INDI\r\n1 NAME Jürgen /Weiß/\r\n1 BIRT\r\n2 DATE 1 JAN 1900\r\n0 TRLR\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, bytes, "unicode.ged");
    const read = await runJob(contributor.cookie, job.id);
    expect(read).toMatchObject({ status: "ready", people: 1, encoding: "UTF-16LE" });
    expect((await allRows(contributor.cookie, job.id))[0]).toMatchObject({ name: "Jürgen Weiß", birth: "1 JAN 1900" });
  });
});
