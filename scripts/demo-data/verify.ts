/**
 * The "nothing loses its sources" check: every seed event, name form, relation and memorial must
 * come out citing at least the seed texts it cited — on the fact itself or on one of its other
 * versions. A source the historian took off a fact (corrections.ts `dropSources`) counts as kept
 * only when that source's note says what the text holds instead. Returns problems as
 * "key.path: message".
 */
import type { PersonDocument } from "../../src/domain/person-document";
import type { EventCorrection } from "./corrections";
import type { SeedPerson } from "./seed-types";

export function checkSourcesKept(
  person: SeedPerson,
  doc: PersonDocument,
  sourceId: (file: string) => string,
  corrections: Readonly<Record<string, EventCorrection>> = {},
  sourceNotes: Readonly<Record<string, string>> = {},
): string[] {
  const problems: string[] = [];
  const missing = (wanted: string[], have: Iterable<string>) => {
    const got = new Set(have);
    return wanted.map(sourceId).filter((id) => !got.has(id));
  };
  const expect = (path: string, wanted: string[], have: Iterable<string>) => {
    const lost = missing(wanted, have);
    if (lost.length) problems.push(`${person.id}.${path}: lost source(s) ${lost.join(", ")}`);
  };

  // Seed events map one to one onto the first events, after an added birth event if any.
  const offset = doc.events.length - person.events.length - (countAddedDeath(person, doc) ? 1 : 0);
  person.events.forEach((e, i) => {
    const event = doc.events[offset + i];
    const dropped = corrections[`${person.id}#${i}`]?.dropSources ?? [];
    for (const id of dropped) {
      if (!sourceNotes[id]) problems.push(`${person.id}.events.${offset + i}: ${id} taken off without a note saying what it holds`);
    }
    const cited = [...(event?.sources ?? []), ...(event?.alternatives ?? []).flatMap((a) => a.sources), ...dropped];
    expect(`events.${offset + i}`, e.sources, cited);
  });
  // Names: folded forms are cited by the primary name, the others by a name of their own.
  const allNameRefs = doc.names.flatMap((n) => n.sources ?? []);
  person.names.variants.forEach((v, i) => {
    const own = doc.names.find((n) => n.display === v.name && !n.primary);
    expect(`names.variants.${i}`, v.sources, own ? (own.sources ?? []) : (doc.names[0]?.sources ?? []));
  });
  if (allNameRefs.length === 0) problems.push(`${person.id}.names: no name cites a source`);
  person.relations.forEach((r, i) => expect(`relations.${i}`, r.sources, doc.relations[i]?.sources ?? []));
  person.memorials.forEach((m, i) => expect(`markers.${i}`, m.sources, doc.markers[i]?.sources ?? []));
  for (const [label, fact, types] of [
    ["birth", person.birth, ["birth"]],
    ["death", person.death, ["death", "execution"]],
  ] as const) {
    if (!fact) continue;
    const event = doc.events.filter((e) => (types as readonly string[]).includes(e.type)).at(-1);
    if (!event) problems.push(`${person.id}.${label}: the seed's ${label} fact has no event`);
    else expect(label, fact.sources, event.sources);
  }
  return problems;
}

/** True when the converter appended a death event the seed events did not have. */
function countAddedDeath(person: SeedPerson, doc: PersonDocument): boolean {
  const seedHasDeath = person.events.some((e) => e.type === "death" || e.type === "execution");
  const docHasDeath = doc.events.some((e) => e.type === "death" || e.type === "execution");
  return person.death !== null && !seedHasDeath && docHasDeath;
}
