/**
 * Documents stored before the evidence model (schema version 1) read as the current shape: no
 * stored memorial needs a hand migration, and nothing its author wrote is lost.
 */
import { describe, expect, it } from "vitest";
import { upgradeDocument } from "../../src/domain/document-upgrade";
import { personDocumentSchema, readStoredDocument } from "../../src/domain/person-document";
import { zuckerDocument } from "../helpers/documents";

/** A document as version 1 stored it: no schema_version, agency as words, versions without status. */
function storedVersionOne(): Record<string, unknown> {
  const current = JSON.parse(JSON.stringify(personDocumentSchema.parse(zuckerDocument()))) as Record<string, unknown>;
  delete current.schema_version;
  const events = current.events as Array<Record<string, unknown>>;
  events[0]!.agency = "NKVD";
  events[1]!.agency = "German border guards at Brest";
  events[2] = { ...events[2], certainty: "disputed", alternatives: [{ date: { edtf: "1942" }, sources: ["s1"] }] };
  return current;
}

describe("reading a document stored before the evidence model", () => {
  it("reads agency words as a code and keeps the words that say more", () => {
    const doc = readStoredDocument(JSON.stringify(storedVersionOne()));
    expect(doc.schema_version).toBe(2);
    expect(doc.events[0]).toMatchObject({ agency: "nkvd" });
    expect(doc.events[0]!.agency_note).toBeUndefined();
    expect(doc.events[1]).toMatchObject({ agency: "german_border_police", agency_note: "German border guards at Brest" });
  });

  it("reads every earlier other version as a real disagreement", () => {
    const doc = readStoredDocument(JSON.stringify(storedVersionOne()));
    expect(doc.events[2]!.alternatives).toEqual([{ status: "other_version", date: { edtf: "1942" }, sources: ["s1"] }]);
  });

  it("gives a document the current schema accepts, with everything else unchanged", () => {
    const stored = storedVersionOne();
    const upgraded = upgradeDocument(stored) as Record<string, unknown>;
    expect(personDocumentSchema.safeParse(upgraded).success).toBe(true);
    const { schema_version: _v, events: _e, ...rest } = upgraded;
    const { events: _se, ...storedRest } = stored;
    expect(rest).toEqual(storedRest);
  });

  it("leaves a current document as it is, and does not touch the stored text", () => {
    const current = personDocumentSchema.parse(zuckerDocument());
    expect(upgradeDocument(current)).toBe(current);
    const stored = storedVersionOne();
    const copy = structuredClone(stored);
    upgradeDocument(stored);
    expect(stored).toEqual(copy);
  });

  it("leaves a shape it does not know for the schema to refuse", () => {
    const future = { schema_version: 9, names: [] };
    expect(upgradeDocument(future)).toBe(future);
    expect(upgradeDocument("not a document")).toBe("not a document");
  });
});
