import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { revisions } from "../../src/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { allRows, runJob, submitAll, uploadOk } from "./helpers";

describe("GEDCOM 7 import", () => {
  it("round trip: a memorial exported as GEDCOM 7 and imported again becomes a correction of it", async () => {
    const memorial = await publishMemorial(zuckerDocument());
    const ged = await (await request(`/api/v1/memorials/${memorial.memorialId}/gedcom`)).text();
    const contributor = await signIn("contributor");
    // With a byte-order mark and CRLF line ends, as Windows programs write it.
    const job = await uploadOk(contributor.cookie, `\ufeff${ged.replace(/\n/g, "\r\n")}`, "zucker.ged");
    const read = await runJob(contributor.cookie, job.id);
    expect(read).toMatchObject({ status: "ready", people: 1, encoding: "UTF-8" });
    await submitAll(contributor.cookie, job.id);
    const [row] = await allRows(contributor.cookie, job.id);
    const revision = await testDb().select().from(revisions).where(eq(revisions.id, row!.revision_id!)).get();
    expect(revision).toMatchObject({ kind: "correction", memorialId: memorial.memorialId, status: "pending" });
    const doc = JSON.parse(revision!.document) as Record<string, any>;
    expect(doc.names.map((n: { display: string; kind: string }) => [n.display, n.kind])).toEqual([
      ["Max Zucker", "other"],
      ["Макс Цуккер", "transliteration"],
    ]);
    expect(doc.names[1]).toMatchObject({ lang: "ru", script: "Cyrl" });
    expect(doc.events.map((e: { type: string; date?: { edtf: string } }) => [e.type, e.date?.edtf])).toEqual(
      memorial.document.events.map((e) => [e.type, e.date?.edtf]),
    );
    expect(doc.events[1].date.text).toBe("after the pact was signed");
    expect(doc.events[2].place).toMatchObject({ name: "Warsaw Ghetto" });
    expect(doc.sources[0].citation).toContain("Gestapo and NKVD");
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
