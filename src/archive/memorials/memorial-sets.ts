/**
 * OAI-PMH sets (protocol §2.7.2): selective harvesting by persecuting power, by fate and by
 * country. A memorial's sets are computed from its document at publication and stored in
 * `memorial_sets` (kept when it is withheld or merged, so harvesters of a set learn of it as a
 * deleted record). Each set lies under a parent (`fate:arrest` under `fate`), and a member of a
 * set is a member of its parent, as the protocol requires.
 *
 * Extension point: a further kind of set (e.g. `group:<id>` for the groups another feature will
 * publish) needs a parent in SET_PARENTS, its specs from `setSpecsOf` (or rows written by its own
 * publication code into memorial_sets and oai_sets, in the same batch), and a name in `setName`.
 */
import { eq } from "drizzle-orm";
import { FATE_TYPES } from "../browse/fates";
import type { BatchItem, Database } from "../../platform/db/client";
import { chunkedInserts } from "../../platform/db/chunk";
import { memorialSets, oaiSets } from "../../platform/db/schema";
import { displayNames } from "../../domain/intl";
import type { PersonDocument } from "../../domain/person-document";

export const SET_PARENTS = {
  persecutor: "Persecuted by",
  fate: "Fate",
  country: "Places in a country",
} as const;
type SetParent = keyof typeof SET_PARENTS;

const PERSECUTOR_NAMES: Record<string, string> = {
  soviet: "Persecuted by the Soviet state (NKVD)",
  nazi: "Persecuted by Nazi Germany (Gestapo, SS)",
  other: "Persecuted by another power",
};

const FATE_NAMES: Record<string, string> = Object.fromEntries(
  FATE_TYPES.map((fate) => [fate, `Fate: ${fate.replace(/_/g, " ")}`]),
);

const FATES = new Set<string>(FATE_TYPES);

/** Every set the memorial belongs to, parents included, in a stable order. */
export function setSpecsOf(doc: PersonDocument): string[] {
  const specs = new Set<string>();
  const add = (parent: SetParent, value: string) => specs.add(parent).add(`${parent}:${value}`);
  for (const power of doc.persecuted_by ?? []) add("persecutor", power);
  for (const event of doc.events) if (FATES.has(event.type)) add("fate", event.type);
  const places = [...doc.events.map((e) => e.place), ...doc.markers.map((m) => m.place)];
  for (const place of places) if (place?.country) add("country", place.country);
  return [...specs].sort();
}

/** A set's name for ListSets, in English (the protocol has one setName per set). */
export function setName(spec: string): string {
  const [parent, value] = spec.split(":") as [string, string | undefined];
  if (value === undefined) return SET_PARENTS[parent as SetParent] ?? spec;
  if (parent === "persecutor") return PERSECUTOR_NAMES[value] ?? `Persecuted by: ${value}`;
  if (parent === "fate") return FATE_NAMES[value] ?? `Fate: ${value}`;
  if (parent === "country") return `Places in ${displayNames("en", "region").of(value) ?? value}`;
  return spec;
}

/** A set spec as the protocol allows it: the parent and, optionally, one value. */
export function isSetSpec(spec: string): boolean {
  return /^[a-z]+(:[A-Za-z0-9_.!~*'()-]+)?$/.test(spec);
}

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * The memorial's set membership after a publication or correction, for the publication batch.
 * The datestamp is filled in by the trigger from memorial_changes (migrations/0012).
 */
export function setStatements(db: Database, memorialId: string, doc: PersonDocument, now: number): BatchItem[] {
  const specs = setSpecsOf(doc);
  return [
    db.delete(memorialSets).where(eq(memorialSets.memorialId, memorialId)),
    ...chunkedInserts(db, memorialSets, specs.map((setSpec) => ({ setSpec, memorialId, changedAt: now }))),
    ...chunks(specs, 90).map((chunk) => db.insert(oaiSets).values(chunk.map((setSpec) => ({ setSpec }))).onConflictDoNothing()),
  ];
}
