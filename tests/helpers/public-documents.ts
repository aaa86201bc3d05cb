/**
 * Seed-like memorials for the public pages, modelled on the demo data: a disputed camp
 * (Ravensbrück against "Ravensburg"), a birth name and a Cyrillic form, a party name, a
 * memorial that exists only in Russian, and corrections published the way an approval does.
 */
import { eq } from "drizzle-orm";
import { runBatch } from "../../src/platform/db/client";
import { revisions } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { personDocumentSchema, primaryName, type PersonDocumentInput } from "../../src/domain/person-document";
import { publishStatements } from "../../src/archive/memorials/publish";
import { purgePageCache, testDb } from "./app";
import { signIn } from "./users";

const BREST = { name: "Brest-Litovsk", modern_name: "Brest, Belarus", country: "BY", lat: 52.0976, lon: 23.7341 };

/** Margarete Buber-Neumann: birth name, Cyrillic form, a handover at Brest and a disputed camp. */
export function buberNeumannDocument(): PersonDocumentInput {
  return {
    names: [
      { primary: true, kind: "married", display: "Margarete Buber-Neumann", given: "Margarete", family: "Buber-Neumann", script: "Latn", lang: "de" },
      { kind: "birth", display: "Margarete Thüring", given: "Margarete", family: "Thüring", script: "Latn", lang: "de" },
      { kind: "transliteration", display: "Маргарете Бубер-Нейман", script: "Cyrl", lang: "ru" },
    ],
    sex: "female",
    events: [
      { type: "birth", date: { edtf: "1901" }, place: { name: "Potsdam", country: "DE", lat: 52.3906, lon: 13.0645 }, sources: ["a"] },
      { type: "arrest", date: { edtf: "1938-06" }, place: { name: "Moscow", country: "RU", lat: 55.7558, lon: 37.6173 }, sources: ["a"] },
      {
        type: "handover",
        date: { edtf: "1940-02-08", text: "early February 1940" },
        place: BREST,
        description: { en: "Handed to the SS and Gestapo on the bridge over the Bug.", de: "Auf der Bugbrücke an SS und Gestapo übergeben." },
        sources: ["a"],
      },
      {
        type: "camp",
        date: { edtf: "1940/1945" },
        place: { name: "Ravensbrück", modern_name: "Fürstenberg/Havel", country: "DE", lat: 53.19, lon: 13.17 },
        certainty: "disputed",
        sources: ["a"],
        alternatives: [{ place: { name: "Ravensburg" }, description: { en: "One article names the camp “Ravensburg”." }, sources: ["b"] }],
      },
      { type: "survival", date: { edtf: "1945-04" }, sources: ["a"] },
      { type: "death", date: { edtf: "1989-11-06" }, place: { name: "Frankfurt am Main", country: "DE" }, sources: ["a"] },
    ],
    biography: {
      en: "Margarete Buber-Neumann survived both Karaganda and Ravensbrück.",
      de: "Margarete Buber-Neumann überlebte Karaganda und Ravensbrück.",
    },
    sources: [
      { id: "a", kind: "book", citation: "Margarete Buber-Neumann, Als Gefangene bei Stalin und Hitler (1949).", lang: "de" },
      { id: "b", kind: "article", citation: "An article that spells the camp “Ravensburg”." },
    ],
    external_ids: [{ scheme: "wikidata", value: "Q1234567" }],
  };
}

/** A man known by his party name, born "about 1890", whose death is not recorded. */
export function blochDocument(): PersonDocumentInput {
  return {
    names: [
      { primary: true, kind: "birth", display: "Johann Blochmann", given: "Johann", family: "Blochmann" },
      { kind: "party_name", display: "Hans Bloch" },
    ],
    sex: "male",
    events: [
      { type: "birth", date: { edtf: "1890~" }, place: { name: "Vienna", country: "AT" }, certainty: "family_account" },
      { type: "arrest", date: { edtf: "1937-11-03" }, place: { name: "Moscow", country: "RU", lat: 55.7558, lon: 37.6173 }, sources: ["n"] },
      { type: "deportation", date: { edtf: "1940-02-08" }, place: BREST, sources: ["n"] },
    ],
    sources: [{ id: "n", kind: "archive", citation: "NKVD file", archive: "GARF", fond: "10035", opis: "1", delo: "P-54560" }],
  };
}

/** Someone the archive knows only from Russian sources: Cyrillic primary name, Russian text only. */
export function cyrillicDocument(): PersonDocumentInput {
  return {
    names: [
      { primary: true, kind: "other", display: "Эрих Шульц", given: "Эрих", family: "Шульц", script: "Cyrl", lang: "ru" },
      { kind: "transliteration", display: "Erich Schulz", script: "Latn", lang: "de" },
    ],
    events: [
      { type: "arrest", date: { edtf: "1938-03" }, place: { name: "Ленинград", modern_name: "Saint Petersburg", country: "RU", lat: 59.9343, lon: 30.3351 }, sources: ["m"] },
      { type: "execution", date: { edtf: "1938-10-01" }, place: { name: "Левашово", country: "RU" }, sources: ["m"] },
    ],
    biography: { ru: "Эрих Шульц был арестован в Ленинграде." },
    sources: [{ id: "m", kind: "database", citation: "Ленинградский мартиролог", lang: "ru" }],
  };
}

/** Publishes a correction to a published memorial the way an approval does. */
export async function publishCorrection(memorialId: string, input: PersonDocumentInput, options: { showName?: boolean } = {}) {
  const db = testDb();
  const document = personDocumentSchema.parse(input);
  const submitter = await signIn("contributor");
  const revisionId = newId("rev");
  const now = Date.now() + 1;
  await runBatch(db, [
    db.insert(revisions).values({
      id: revisionId,
      memorialId,
      kind: "correction",
      document: JSON.stringify(document),
      status: "approved",
      submitterId: submitter.id,
      showName: options.showName ?? false,
      displayName: primaryName(document).display,
      createdAt: now,
      updatedAt: now,
      submittedAt: now,
      decidedAt: now,
    }),
    ...publishStatements(db, { memorialId, revisionId, document, now }),
  ]);
  await purgePageCache();
  return { revisionId, submitter };
}

/** A revision that waits in the queue (or was refused): it must never show anywhere public. */
export async function unpublishedRevision(
  input: PersonDocumentInput,
  status: "pending" | "rejected" | "in_review" | "changes_requested" | "withdrawn" | "draft",
  memorialId: string | null = null,
) {
  const db = testDb();
  const document = personDocumentSchema.parse(input);
  const submitter = await signIn("contributor");
  const id = newId("rev");
  const now = Date.now();
  await db.insert(revisions).values({
    id,
    memorialId,
    kind: memorialId ? "correction" : "new",
    document: JSON.stringify(document),
    status,
    submitterId: submitter.id,
    showName: true,
    displayName: primaryName(document).display,
    createdAt: now,
    updatedAt: now,
    submittedAt: now,
  });
  return { id, submitter };
}

/** Marks the first revision of a memorial as one whose submitter asked to be named. */
export async function nameSubmitter(revisionId: string) {
  await testDb().update(revisions).set({ showName: true }).where(eq(revisions.id, revisionId));
}
