/**
 * Test memorials built from the sources' name problems (shared/data/seed-persons.json,
 * `name_search_cases`), copied here so the project never reads shared data at run time.
 * The Hamburg Max Zucker is the namesake of the demo's Berlin refugee: tests only, not demo data.
 */
import type { PersonDocumentInput } from "../../src/domain/person-document";
import { zuckerDocument } from "../helpers/documents";

const source = [{ id: "s1", kind: "book" as const, citation: "Test citation." }];

type NameInput = PersonDocumentInput["names"][number];

export function person(names: NameInput[], extra: Partial<PersonDocumentInput> = {}): PersonDocumentInput {
  return { names, events: [], sources: source, ...extra };
}

export const primary = (display: string, given?: string, family?: string): NameInput => ({
  primary: true, kind: "other", display, given, family, script: "Latn",
});

export const otherName = (kind: NameInput["kind"], display: string, script = "Latn"): NameInput => ({ kind, display, script });

/** The Berlin refugee (the demo's Max Zucker), with his Russian name form. */
export const berlinZucker = (): PersonDocumentInput => ({ ...zuckerDocument(), persecuted_by: ["soviet", "nazi"] });

/** A different Max Zucker: born 1891 in Hamburg, murdered 1940, remembered by a Stolperstein. */
export const hamburgZucker = (): PersonDocumentInput =>
  person([primary("Max Zucker", "Max", "Zucker")], {
    persecuted_by: ["nazi"],
    events: [
      { type: "birth", date: { edtf: "1891" }, place: { name: "Hamburg", country: "DE" }, sources: ["s1"] },
      { type: "death", date: { edtf: "1940" }, place: { name: "Brandenburg an der Havel", country: "DE" }, sources: ["s1"] },
    ],
    markers: [{ kind: "stolperstein", place: { name: "Hamburg", country: "DE" }, inscription: "Hier wohnte Max Zucker", sources: ["s1"] }],
  });

export const cyrillicName = (display: string): NameInput => ({ primary: true, kind: "other", display, script: "Cyrl", lang: "ru" });

/** Memorials for each kind of match, named as the sources name them. */
export const namedPeople = {
  thaelmann: () => person([primary("Ernst Thälmann", "Ernst", "Thälmann")]),
  suesskind: () => person([primary("Heinrich Süsskind", "Heinrich", "Süsskind")]),
  smeral: () => person([primary("Bohumír Šmeral", "Bohumír", "Šmeral")]),
  kostrzewa: () => person([primary("Łucja Kostrzewa", "Łucja", "Kostrzewa")]),
  // As a Russian file records him: only the Cyrillic form.
  koritschoner: () => person([cyrillicName("Франц Коричонер")]),
  winogradow: () => person([primary("Boris Winogradow", "Boris", "Winogradow")]),
  trotzki: () => person([primary("Leo Trotzki", "Leo", "Trotzki")]),
  vishinsky: () => person([primary("Andrey Vishinsky", "Andrey", "Vishinsky")]),
  muenzenberg: () => person([primary("Willi Münzenberg", "Willi", "Münzenberg")]),
  klein: () => person([primary("Arnold Klein", "Arnold", "Klein"), otherName("alias", "Hans Bloch")]),
  bezentakos: () => person([primary("Michalis Bezentakos", "Michalis", "Bezentakos"), otherName("pseudonym", "Georgi Bendas")]),
  buberNeumann: () =>
    person([primary("Margarete Buber-Neumann", "Margarete", "Buber-Neumann")], {
      events: [{ type: "camp", date: { edtf: "1940" }, place: { name: "Ravensbrück", country: "DE" }, sources: ["s1"] }],
    }),
  heinzNeumann: () => person([primary("Heinz Neumann", "Heinz", "Neumann")]),
};
