/**
 * Export → import without loss: the archive's GEDCOM export of a memorial, read by the archive's
 * own import (the same code an import job runs), gives back the very document, for generated
 * documents with every field and for every demo memorial, alone and as one family file.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import demo from "../../src/operations/demo/demo-persons.json";
import { buildGedcom } from "../../src/exchange/gedcom/gedcom-export";
import { canonical, normalised } from "../../src/exchange/gedcom/gedcom-fidelity";
import { readGedcomText } from "../../src/exchange/imports/gedcom-file";
import { personDocumentSchema, type PersonDocument } from "../../src/domain/person-document";
import type { PublishedMemorial } from "../../src/exchange/exports/export.queries";
import { arbitraryDocument } from "./arbitrary-document";
import { datesParse, readGedcom } from "./read";

const ORIGIN = "https://zeugnis.test";

function published(id: string, slug: string, document: PersonDocument): PublishedMemorial {
  return { memorial: { id, slug } as PublishedMemorial["memorial"], revisionId: "rev_test", version: 1, changedAt: 0, document };
}

async function roundTrip(people: PublishedMemorial[]) {
  const text = await buildGedcom(people, { origin: ORIGIN, now: Date.UTC(2026, 0, 1), title: "Round trip", linked: new Map() });
  const read = await readGedcomText(text, { memorialBase: `${ORIGIN}/memorials/` });
  return { text, read: people.map((p, i) => read.people.find((r) => r.xref === `I${i + 1}`)!) };
}

describe("GEDCOM export → import", () => {
  it("gives back every generated document unchanged (2,000 documents with every field)", async () => {
    let extended = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryDocument, async (input) => {
        const document = personDocumentSchema.parse(input);
        const { text, read } = await roundTrip([published("mem_aaaaaaaaaaaaaaaa", "someone", document)]);
        const back = read[0]!;
        expect(back.built.correctionOf).toBe("mem_aaaaaaaaaaaaaaaa");
        expect(canonical(normalised(back.built.document))).toBe(canonical(document));
        if (text.includes("_ZEUGNIS {")) extended++;
      }),
      { numRuns: 2_000 },
    );
    // Most generated documents hold something standard GEDCOM cannot say (files, patronymics …).
    expect(extended).toBeGreaterThan(0);
  }, 300_000);

  it("gives back every demo memorial unchanged, each on its own and all in one file", async () => {
    const people = demo.persons.map((p) => published(p.id, p.slug, personDocumentSchema.parse(p.document)));
    for (const person of people) {
      const { text, read } = await roundTrip([person]);
      expect(canonical(normalised(read[0]!.built.document)), person.memorial.slug).toBe(canonical(person.document));
      // An independent reader (read-gedcom) reads the file and every date in it.
      expect(datesParse(readGedcom(text.replace(/^\ufeff/, "")))).toBe(true);
    }
    const { read } = await roundTrip(people);
    read.forEach((back, i) => expect(canonical(normalised(back.built.document)), people[i]!.memorial.slug).toBe(canonical(people[i]!.document)));
  }, 120_000);

  it("keeps the German and Russian texts, modern place names and persecuting powers in standard GEDCOM", async () => {
    const noether = demo.persons.find((p) => p.key === "fritz-noether")!;
    const { text } = await roundTrip([published(noether.id, noether.slug, personDocumentSchema.parse(noether.document))]);
    expect(text).toContain("2 TRAN Geboren.\n4 LANG de".replace("2 TRAN", "3 TRAN"));
    expect(text).toContain("3 NOTE Now: Tomsk\n4 CONT Country: RU");
    expect(text).toContain("1 FACT Soviet Union\n2 TYPE Persecuted by");
    expect(text).toContain("1 NATI German\n1 NATI Jewish");
    expect(text).toMatch(/1 NOTE Fritz Noether, geboren 1884.*\n2 LANG de/);
  });
});
