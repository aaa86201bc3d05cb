/** The seed's `persecuted_by` values → the document's `persecuted_by` facet. */
import { PERSECUTORS } from "../../src/domain/person-document";
import type { SeedPerson } from "./seed-types";

type Persecutor = (typeof PERSECUTORS)[number];

/** The seed's "unspecified (…)" persecutors, read one by one; one missing here stops the converter. */
const UNSPECIFIED_PERSECUTORS: Record<string, Persecutor | null> = {
  // Dimitrov's co-defendants in Nazi Germany's Leipzig trial (Rogovin).
  "unspecified (Leipzig frame-up trial)": "nazi",
  // The text does not say who held Landauer.
  "unspecified (in custody together with Koritschoner after the Soviet decision to hand Koritschoner to the Gestapo)": null,
};

/** @example persecutors({ id: "popov", persecuted_by: ["Soviet", "unspecified (Leipzig frame-up trial)"] }) // ["soviet", "nazi"] */
export function persecutors(person: Pick<SeedPerson, "id" | "persecuted_by">): Persecutor[] {
  const found = new Set<Persecutor>();
  for (const value of person.persecuted_by) {
    if (/^Soviet\b/.test(value)) found.add("soviet");
    else if (/^Nazi\b/.test(value)) found.add("nazi");
    else if (/^other:/.test(value)) found.add("other");
    else if (value in UNSPECIFIED_PERSECUTORS) {
      const persecutor = UNSPECIFIED_PERSECUTORS[value];
      if (persecutor) found.add(persecutor);
    } else throw new Error(`${person.id}: unknown persecutor "${value}"`);
  }
  return PERSECUTORS.filter((p) => found.has(p));
}

