/**
 * The evidence model on the demo memorials (issue 19), from what the texts say and nothing more:
 * who acted, where an event's own text names the agency ("Arrested by the NKVD"); the grounds of
 * persecution where the texts give them; a source's misspelling as a spelling variant; the versions
 * the texts themselves refute; a possible identity the texts leave open; a charge the text states.
 * Each entry names the event it expects, so a changed seed stops the converter instead of
 * annotating the wrong fact.
 */
import type { Agency } from "../../src/domain/person-vocabulary";
import type { LifeEvent, PersonDocumentInput } from "../../src/domain/person-document";

type EventInput = NonNullable<PersonDocumentInput["events"]>[number];

/**
 * Agencies an event's own English text names as the actor. A handover is the NKVD's act (the
 * Gestapo received); the German side acts where the text says "by the Gestapo", "by the SS",
 * "in the hands of the Gestapo" or names the Sicherheitsdienst. Two agencies in one text
 * (Koritschoner's torture "by the NKVD and by the Gestapo") set none: the text keeps both.
 */
const AGENCY_PHRASES: Array<[RegExp, Agency]> = [
  [/\bby the NKVD\b|\bthe NKVD handed\b|\bNKVD interrogator\b|\bby the Soviet secret police\b/, "nkvd"],
  [/\b(?:by|in the hands of) the Gestapo\b/, "gestapo"],
  [/\bSicherheitsdienst\b|\bby the SS\b/, "ss_sd"],
];

/** The agency an event's English text names, when it names exactly one. */
export function agencyNamed(event: Pick<LifeEvent, "type" | "description">): Agency | undefined {
  const text = event.description?.en ?? "";
  const found = new Set(AGENCY_PHRASES.filter(([pattern]) => pattern.test(text)).map(([, agency]) => agency));
  if (found.size !== 1) return undefined;
  const agency = [...found][0]!;
  // The Gestapo receives a handover; the text must name who handed over.
  if (event.type === "handover" && agency !== "nkvd") return undefined;
  return agency;
}

interface EventEvidence {
  /** The event's type, checked, so that a changed seed cannot move the annotation. */
  type: LifeEvent["type"];
  add: Partial<EventInput>;
}

/** Evidence for one event of one person, by `${key}#${index in the document}`. */
export const EVENT_EVIDENCE: Record<string, EventEvidence> = {
  // "Gestapo and NKVD": "locked up in the Ravensburg concentration camp" — a misspelling, not a second camp.
  "margarete-buber-neumann#10": {
    type: "camp",
    add: { alternatives: [{ status: "spelling_variant", place: { name: "Ravensburg" }, sources: ["f1"] }] },
  },
  // Rippert, from his NKVD file: shot in 1938; the death certificate (illness, 1942) was false and the
  // Greek party's story (killed in Spain) a legend.
  "michalis-bezentakos#6": {
    type: "execution",
    add: {
      alternatives: [
        {
          status: "refuted",
          date: { edtf: "1942" },
          description: { en: "Died of an illness in 1942, as the death certificate given to the family stated.", de: "1942 an einer Krankheit gestorben, wie die der Familie ausgehändigte Sterbeurkunde angab." },
          note: { en: "Rippert shows from his NKVD file that the certificate was false: he was shot in 1938.", de: "Rippert weist anhand seiner NKWD-Akte nach, dass die Urkunde gefälscht war: Er wurde 1938 erschossen." },
          sources: ["f2"],
        },
        {
          status: "refuted",
          description: { en: "Died as a volunteer in the Spanish Civil War, as the Communist Party of Greece long claimed.", de: "Als Freiwilliger im Spanischen Bürgerkrieg gefallen, wie die Kommunistische Partei Griechenlands lange behauptete." },
          note: { en: "Rippert shows from his NKVD file that he was shot in Moscow in 1938.", de: "Rippert weist anhand seiner NKWD-Akte nach, dass er 1938 in Moskau erschossen wurde." },
          sources: ["f2"],
        },
      ],
    },
  },
  // "Gestapo and NKVD": "charged with Trotskyism".
  "arnold-klein#3": { type: "arrest", add: { charge: "Trotskyism" } },
  // Rogovin: arrested "on fabricated espionage charges".
  "heinz-neumann#5": { type: "arrest", add: { charge: "espionage (fabricated, Rogovin)" } },
  // "Accused of espionage and arrested by the NKVD."
  "max-zucker#2": { type: "arrest", add: { charge: "espionage" } },
};

/** Possible identities the texts leave open, never a denial and never a merge. */
export const POSSIBLE_IDENTITIES: Record<string, { other: string; name: string; note: { en: string; de: string }; sources: string[] }> = {
  "arnold-klein": {
    other: "bloch-hungarian-deportee",
    name: "Bloch",
    note: {
      en: "“Gestapo and NKVD” gives his party codename as Hans Bloch and mentions, separately, “a Hungarian Jew named Bloch” at the Bug bridge; both were in Lublin in 1940. The text leaves open whether they were the same person.",
      de: "„Gestapo and NKVD“ nennt seinen Parteinamen Hans Bloch und erwähnt davon getrennt „einen ungarischen Juden namens Bloch“ an der Bugbrücke; beide waren 1940 in Lublin. Ob es dieselbe Person war, lässt der Text offen.",
    },
    sources: ["f1"],
  },
};

/** Adds the evidence to a built document; throws where an entry no longer fits its event. */
export function addEvidence(key: string, doc: PersonDocumentInput, memorialIds: ReadonlyMap<string, string>): PersonDocumentInput {
  const events = (doc.events ?? []).map((event, index) => {
    const entry = EVENT_EVIDENCE[`${key}#${index}`];
    if (entry && entry.type !== event.type) throw new Error(`${key}#${index}: evidence for a ${entry.type}, but the event is a ${event.type}`);
    const agency = agencyNamed({ type: event.type, description: event.description });
    return { ...event, ...(agency ? { agency } : {}), ...(entry?.add ?? {}) };
  });
  const identity = POSSIBLE_IDENTITIES[key];
  const relations = [...(doc.relations ?? [])];
  if (identity) {
    const memorialId = memorialIds.get(identity.other);
    relations.push({ type: "possibly_same_as", ...(memorialId ? { memorial_id: memorialId } : {}), name: identity.name, certainty: "unknown", note: identity.note, sources: identity.sources });
  }
  return { ...doc, events, relations };
}

/**
 * "Jewish" is not a nationality (issue 19): where the Nazi regime persecuted someone the texts make
 * Jewish (tags.ts), it is their ground of persecution and leaves the nationalities. For someone
 * only the NKVD persecuted it stays where it is, as the document has no field for origin or
 * religion yet and nothing the texts say may be lost. No other ground is inferred.
 */
export function groundsAndNationalities(
  nationalities: string[] | undefined,
  persecutedBy: string[] | undefined,
): Pick<PersonDocumentInput, "nationalities" | "persecution_grounds"> {
  const asJew = (nationalities?.includes("Jewish") ?? false) && (persecutedBy?.includes("nazi") ?? false);
  const rest = (nationalities ?? []).filter((n) => !asJew || n !== "Jewish");
  return {
    ...(rest.length ? { nationalities: rest } : {}),
    ...(asJew ? { persecution_grounds: ["jewish" as const] } : {}),
  };
}
