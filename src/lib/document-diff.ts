/**
 * Field-level differences between two person documents, as a moderator reads a correction:
 * "event arrest 1937: date.edtf 1937 → 1938", "source s3 added", "name Макс Цуккер removed".
 *
 * List items (names, events, sources …) are matched by identity before they are compared, so
 * inserting a name at the top does not make every later name look changed. Matched pairs are
 * compared field by field with microdiff. Pure: no I/O.
 */
import microdiff from "microdiff";
import type { PersonDocument } from "./person-document";

export type ChangeOp = "added" | "removed" | "changed";

export const DIFF_SECTIONS = [
  "names",
  "sex",
  "events",
  "biography",
  "sources",
  "relations",
  "markers",
  "media",
  "external_ids",
  "persecuted_by",
  "nationalities",
  "organisations",
] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export interface FieldChange {
  section: DiffSection;
  op: ChangeOp;
  /** A short label of the list item ("Max Zucker", "arrest 1937", "s1"); absent for plain fields. */
  item?: string;
  /** The field inside the item ("date.edtf"); empty when a whole item or value changed. */
  field: string;
  /** Dotted path in the new document (in the old one for removals), e.g. "events.1.date.edtf". */
  path: string;
  before?: unknown;
  after?: unknown;
}

type Item = Record<string, unknown>;
type KeyOf = (item: Item) => string | undefined;

interface ListSpec {
  section: DiffSection;
  label: (item: Item) => string;
  /** Identity keys, strongest first; items are paired by the first key that matches. */
  keys: KeyOf[];
}

const str = (value: unknown) => (typeof value === "string" ? value : undefined);
const nested = (item: Item, a: string, b: string) => str((item[a] as Item | undefined)?.[b]);
const join = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(" ");

const LISTS: Record<string, ListSpec> = {
  names: {
    section: "names",
    label: (n) => str(n.display) ?? "",
    keys: [(n) => str(n.display), (n) => str(n.kind)],
  },
  events: {
    section: "events",
    label: (e) => join(str(e.type), nested(e, "date", "edtf")),
    keys: [(e) => join(str(e.type), nested(e, "date", "edtf"), nested(e, "place", "name")), (e) => str(e.type)],
  },
  sources: { section: "sources", label: (s) => str(s.id) ?? "", keys: [(s) => str(s.id), (s) => str(s.citation)] },
  relations: {
    section: "relations",
    label: (r) => join(str(r.type), str(r.name) ?? str(r.memorial_id)),
    keys: [(r) => str(r.memorial_id) ?? str(r.name), (r) => str(r.type)],
  },
  markers: {
    section: "markers",
    label: (m) => join(str(m.kind), str(m.address) ?? nested(m, "place", "name")),
    keys: [(m) => join(str(m.kind), str(m.address)), (m) => str(m.kind)],
  },
  media: { section: "media", label: (m) => str(m.id) ?? "", keys: [(m) => str(m.id)] },
  external_ids: {
    section: "external_ids",
    label: (x) => `${str(x.scheme)}:${str(x.value)}`,
    keys: [(x) => `${str(x.scheme)}:${str(x.value)}`, (x) => str(x.scheme)],
  },
};

/** JSON with sorted keys, so that equal documents compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Item)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Pairs of [beforeIndex, afterIndex]: equal items first, then by each identity key in turn. */
function matchItems(spec: ListSpec, before: Item[], after: Item[]): Array<[number, number]> {
  const freeBefore = new Set(before.keys());
  const freeAfter = new Set(after.keys());
  const pairs: Array<[number, number]> = [];
  const pairBy = (key: KeyOf) => {
    const waiting = new Map<string, number[]>();
    for (const i of freeBefore) {
      const k = key(before[i]!);
      if (k) waiting.set(k, [...(waiting.get(k) ?? []), i]);
    }
    for (const j of [...freeAfter]) {
      const k = key(after[j]!);
      const i = k ? waiting.get(k)?.shift() : undefined;
      if (i === undefined) continue;
      pairs.push([i, j]);
      freeBefore.delete(i);
      freeAfter.delete(j);
    }
  };
  pairBy(canonical);
  spec.keys.forEach(pairBy);
  return pairs;
}

function diffList(spec: ListSpec, before: Item[], after: Item[]): FieldChange[] {
  const { section, label } = spec;
  const changes: FieldChange[] = [];
  const pairs = matchItems(spec, before, after);
  const pairedBefore = new Set(pairs.map(([i]) => i));
  const pairedAfter = new Set(pairs.map(([, j]) => j));
  for (const [i, j] of pairs) {
    for (const d of microdiff(before[i]!, after[j]!)) {
      const field = d.path.join(".");
      changes.push({
        section,
        op: d.type === "CREATE" ? "added" : d.type === "REMOVE" ? "removed" : "changed",
        item: label(after[j]!),
        field,
        path: `${section}.${j}.${field}`,
        ...(d.type !== "CREATE" ? { before: d.oldValue } : {}),
        ...(d.type !== "REMOVE" ? { after: d.value } : {}),
      });
    }
  }
  before.forEach((item, i) => {
    if (!pairedBefore.has(i)) {
      changes.push({ section, op: "removed", item: label(item), field: "", path: `${section}.${i}`, before: item });
    }
  });
  after.forEach((item, j) => {
    if (!pairedAfter.has(j)) {
      changes.push({ section, op: "added", item: label(item), field: "", path: `${section}.${j}`, after: item });
    }
  });
  return changes;
}

function diffValue(section: DiffSection, before: unknown, after: unknown): FieldChange[] {
  if (canonical(before) === canonical(after)) return [];
  if (before === undefined) return [{ section, op: "added", field: "", path: section, after }];
  if (after === undefined) return [{ section, op: "removed", field: "", path: section, before }];
  return [{ section, op: "changed", field: "", path: section, before, after }];
}

/** Per-language texts (the biography): one change per language. */
function diffRecord(section: DiffSection, before: Item = {}, after: Item = {}): FieldChange[] {
  const langs = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return langs.flatMap((lang) =>
    diffValue(section, before[lang], after[lang]).map((c) => ({ ...c, field: lang, path: `${section}.${lang}` })),
  );
}

/** Lists of plain words (nationalities, organisations): what was added and removed. */
function diffWords(section: DiffSection, before: string[] = [], after: string[] = []): FieldChange[] {
  return [
    ...before.filter((w) => !after.includes(w)).map((w) => ({ section, op: "removed" as const, field: "", path: section, before: w })),
    ...after.filter((w) => !before.includes(w)).map((w) => ({ section, op: "added" as const, field: "", path: section, after: w })),
  ];
}

/**
 * What `after` changes compared with `before` (null: a new memorial, everything is added).
 * @example diffDocuments(published, correction) // [{ section: "events", op: "changed", item: "arrest 1937", field: "date.edtf", before: "1937", after: "1938", … }]
 */
export function diffDocuments(before: PersonDocument | null, after: PersonDocument): FieldChange[] {
  const list = (doc: PersonDocument | null, key: string) => ((doc as Item | null)?.[key] ?? []) as Item[];
  const changes: FieldChange[] = [];
  for (const section of DIFF_SECTIONS) {
    const spec = LISTS[section];
    if (spec) changes.push(...diffList(spec, list(before, section), list(after, section)));
    else if (section === "biography") changes.push(...diffRecord(section, before?.biography, after.biography));
    else if (section === "sex") changes.push(...diffValue(section, before?.sex, after.sex));
    else {
      const words = section as "persecuted_by" | "nationalities" | "organisations";
      changes.push(...diffWords(section, before?.[words], after[words]));
    }
  }
  return changes;
}

/** Changes grouped by section, in the order of DIFF_SECTIONS, leaving out unchanged sections. */
export function groupChanges(changes: FieldChange[]): Array<[DiffSection, FieldChange[]]> {
  return DIFF_SECTIONS.map((s) => [s, changes.filter((c) => c.section === s)] as [DiffSection, FieldChange[]]).filter(
    ([, list]) => list.length > 0,
  );
}
