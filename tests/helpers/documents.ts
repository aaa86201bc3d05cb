import type { PersonDocumentInput } from "../../src/domain/person-document";

/**
 * A small, valid person document modelled on the demo's Max Zucker (facts from Mensing's
 * interview); tests change one part of it at a time.
 */
export function zuckerDocument(): PersonDocumentInput {
  return {
    names: [
      { primary: true, kind: "other", display: "Max Zucker", given: "Max", family: "Zucker", script: "Latn" },
      { kind: "transliteration", display: "Макс Цуккер", script: "Cyrl", lang: "ru" },
    ],
    sex: "male",
    events: [
      { type: "arrest", date: { edtf: "1937" }, place: { name: "Moscow", country: "RU", lat: 55.7558, lon: 37.6173 }, sources: ["s1"] },
      {
        type: "handover",
        date: { edtf: "1939", text: "after the pact was signed" },
        place: { name: "border" },
        description: { en: "Turned over to the Gestapo at the border." },
        sources: ["s1"],
      },
      {
        type: "death",
        date: { edtf: "1941-10-23" },
        place: { name: "Warsaw Ghetto", modern_name: "Warsaw", country: "PL" },
        sources: ["s1"],
      },
    ],
    biography: { en: "Max Zucker fled Berlin for the Soviet Union. *He was murdered in 1941.*" },
    sources: [
      {
        id: "s1",
        kind: "article",
        citation: "Gestapo and NKVD: A History of Chekist-Nazi Cooperation (interview with Wilhelm Mensing).",
      },
    ],
    markers: [
      {
        kind: "plaque",
        address: "Heinrich-Dernburg-Straße, Berlin",
        place: { name: "Berlin", country: "DE" },
        note: { en: "A brass plate with several dates engraved." },
        sources: ["s1"],
      },
    ],
  };
}
