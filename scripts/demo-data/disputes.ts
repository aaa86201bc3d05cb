/**
 * Where the texts disagree about one person's fact (the seed's per-person `contradictions`), the
 * event is `disputed`: the event keeps the version most texts give, each alternative the other
 * version with its own source. Keyed by `${seed id}#${event index}`.
 *
 * Seed contradictions deliberately not turned into disputed events (see README.md):
 * "Ravensburg" for Ravensbrück (a misspelling in “Gestapo and NKVD”, not a second camp: a
 * spelling variant, evidence.ts), Heinz Neumann's arrest/verdict sequence (one ambiguous
 * sentence, no conflicting claim), Fritz Baltes's "early 1940s" (a slip about the recruitment
 * campaign, not about him), and Michalis Bezentakos's death (Rippert documents the 1938 execution and exposes the other two versions as a
 * forged certificate and a party legend; they are refuted versions, evidence.ts).
 */
import type { DateValue, Place } from "../../src/domain/person-document";
import type { Text2 } from "./texts/types";

export interface Alternative {
  date?: DateValue;
  /** A seed place string (looked up in the gazetteer) or a place given in full. */
  place?: string | Place;
  text: Text2;
  sources: string[];
}

export const DISPUTES: Record<string, Alternative[]> = {
  // Handed over at Brest-Litovsk (de Jong) or in Lublin ("Gestapo and NKVD"); 30 or 70 people.
  "margarete-buber-neumann#8": [
    {
      place: "Lublin",
      text: [
        "“Gestapo and NKVD” quotes her memoir: the Gestapo received the prisoners on the Bug bridge, but it was in Lublin that they were handed over to the Gestapo (“Lublin handed us over to the Gestapo”).",
        "„Gestapo and NKVD“ zitiert ihre Erinnerungen: Die Gestapo empfing die Gefangenen auf der Bugbrücke, übergeben wurden sie ihr aber erst in Lublin.",
      ],
      sources: ["f1"],
    },
    {
      text: [
        "The same article speaks not of thirty people but of a train that “carried seventy broken people”.",
        "Derselbe Artikel spricht nicht von dreißig Menschen, sondern von einem Zug mit siebzig „gebrochenen“ Menschen.",
      ],
      sources: ["f1"],
    },
  ],
  // Memoir title.
  "margarete-buber-neumann#13": [
    {
      text: [
        "“Gestapo and NKVD” gives the memoir's title as “Between Two Dictators”.",
        "„Gestapo and NKVD“ nennt den Titel der Erinnerungen „Between Two Dictators“.",
      ],
      sources: ["f1"],
    },
  ],
  // KPO at nineteen (de Jong) vs the KPD's youth organisation ("Gestapo and NKVD").
  "ernst-fabisch#1": [
    {
      text: [
        "“Gestapo and NKVD” instead describes him as a member of the youth organisation of the German Communist Party.",
        "„Gestapo and NKVD“ bezeichnet ihn dagegen als Mitglied der Jugendorganisation der KPD.",
      ],
      sources: ["f1"],
    },
  ],
  // Six months in Soviet prisons vs the article's own dates (April 1937 – January 1938).
  "ernst-fabisch#7": [
    {
      date: { edtf: "1937-04/1938-01" },
      text: [
        "The same article's own dates – arrest in April 1937, deportation in January 1938 – imply about nine months.",
        "Die eigenen Daten desselben Artikels – Verhaftung im April 1937, Abschiebung im Januar 1938 – ergeben etwa neun Monate.",
      ],
      sources: ["f1"],
    },
  ],
  // "A Russian Bolshevik" (Rippert) vs one of "the foreign delegates" (Rogovin).
  "gustav-klinger#1": [
    {
      text: [
        "Rogovin lists him, with Eberlein and Platten, among the “foreign delegates” in the photograph.",
        "Rogovin zählt ihn zusammen mit Eberlein und Platten zu den „ausländischen Delegierten“ auf dem Foto.",
      ],
      sources: ["f3"],
    },
  ],
};
