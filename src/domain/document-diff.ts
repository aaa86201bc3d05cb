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

/**
 * How each part of the person document is compared: a list of items matched by identity, one
 * value, texts per language, or a list of plain words. The map must name every key of the
 * document (`satisfies`), so a new part of the person document fails the build until the diff
 * — and through DiffSection every label and view keyed by it — handles it.
 */
const SECTION_KINDS = {
  names: "list",
  sex: "value",
  events: "list",
  biography: "texts",
  sources: "list",
  relations: "list",
  markers: "list",
  media: "list",
  external_ids: "list",
  persecuted_by: "words",
  persecution_grounds: "words",
  nationalities: "words",
  organisations: "words",
  // Both sides are read in the current shape, so this differs only between writers' versions.
  schema_version: "value",
} as const satisfies Record<keyof PersonDocument, "list" | "value" | "texts" | "words">;

export type DiffSection = keyof typeof SECTION_KINDS;
type SectionsOfKind<K> = { [S in DiffSection]: (typeof SECTION_KINDS)[S] extends K ? S : never }[DiffSection];
/** The parts of the document that are lists of items (names, events, sources …). */
export type ListSection = SectionsOfKind<"list">;
/** The item type of a list section, e.g. `LifeEvent` for "events". */
export type ItemOf<S extends ListSection> = PersonDocument[S][number];

/** Every part of the person document, in the order a moderator reads them. */
export const DIFF_SECTIONS = Object.keys(SECTION_KINDS) as DiffSection[];

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
  /** The API's short machine label of an item ("arrest 1937", "s1"); screens use their own words. */
  label: (item: Item) => string;
  /** Identity keys, strongest first; items are paired by the first key that matches. */
  keys: KeyOf[];
}

const str = (value: unknown) => (typeof value === "string" ? value : undefined);
const nested = (item: Item, a: string, b: string) => str((item[a] as Item | undefined)?.[b]);
const join = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(" ");

const LISTS: Record<ListSection, ListSpec> = {
  names: {
    label: (n) => str(n.display) ?? "",
    keys: [(n) => str(n.display), (n) => str(n.kind)],
  },
  events: {
    label: (e) => join(str(e.type), nested(e, "date", "edtf")),
    keys: [(e) => join(str(e.type), nested(e, "date", "edtf"), nested(e, "place", "name")), (e) => str(e.type)],
  },
  sources: { label: (s) => str(s.id) ?? "", keys: [(s) => str(s.id), (s) => str(s.citation)] },
  relations: {
    label: (r) => join(str(r.type), str(r.name) ?? str(r.memorial_id)),
    keys: [(r) => str(r.memorial_id) ?? str(r.name), (r) => str(r.type)],
  },
  markers: {
    label: (m) => join(str(m.kind), str(m.address) ?? nested(m, "place", "name")),
    keys: [(m) => join(str(m.kind), str(m.address)), (m) => str(m.kind)],
  },
  media: { label: (m) => str(m.id) ?? "", keys: [(m) => str(m.id)] },
  external_ids: {
    label: (x) => `${str(x.scheme)}:${str(x.value)}`,
    keys: [(x) => `${str(x.scheme)}:${str(x.value)}`, (x) => str(x.scheme)],
  },
};

/**
 * One item of a list that was added, removed, or changed (then with its field changes).
 * Indexes are positions in the old and the new document.
 */
export type ItemChange<S extends ListSection = ListSection> = {
  section: S;
  op: ChangeOp;
  before?: ItemOf<S>;
  after?: ItemOf<S>;
  beforeIndex?: number;
  afterIndex?: number;
  /** What changed inside a matched pair; for a whole item added or removed, that one change. */
  changes: FieldChange[];
};

/** The changes of one part of the document: items for lists, values for the other parts. */
export type SectionDiff =
  | { [S in ListSection]: { section: S; kind: "list"; items: ItemChange<S>[] } }[ListSection]
  | { section: Exclude<DiffSection, ListSection>; kind: "values"; changes: FieldChange[] };

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

/** Changed pairs in the new order, then removed items, then added ones. */
function diffList<S extends ListSection>(section: S, before: ItemOf<S>[], after: ItemOf<S>[]): ItemChange<S>[] {
  const { label } = LISTS[section];
  const items = (list: ItemOf<S>[]) => list as unknown as Item[];
  const pairs = matchItems(LISTS[section], items(before), items(after)).sort(([, a], [, b]) => a - b);
  const pairedBefore = new Set(pairs.map(([i]) => i));
  const pairedAfter = new Set(pairs.map(([, j]) => j));
  const changes: ItemChange<S>[] = [];
  for (const [i, j] of pairs) {
    const fields = microdiff(items(before)[i]!, items(after)[j]!).map((d): FieldChange => {
      const field = d.path.join(".");
      return {
        section,
        op: d.type === "CREATE" ? "added" : d.type === "REMOVE" ? "removed" : "changed",
        item: label(items(after)[j]!),
        field,
        path: `${section}.${j}.${field}`,
        ...(d.type !== "CREATE" ? { before: d.oldValue } : {}),
        ...(d.type !== "REMOVE" ? { after: d.value } : {}),
      };
    });
    if (fields.length) {
      changes.push({ section, op: "changed", before: before[i], after: after[j], beforeIndex: i, afterIndex: j, changes: fields });
    }
  }
  before.forEach((item, i) => {
    if (pairedBefore.has(i)) return;
    const change: FieldChange = { section, op: "removed", item: label(items(before)[i]!), field: "", path: `${section}.${i}`, before: item };
    changes.push({ section, op: "removed", before: item, beforeIndex: i, changes: [change] });
  });
  after.forEach((item, j) => {
    if (pairedAfter.has(j)) return;
    const change: FieldChange = { section, op: "added", item: label(items(after)[j]!), field: "", path: `${section}.${j}`, after: item };
    changes.push({ section, op: "added", after: item, afterIndex: j, changes: [change] });
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
function diffTexts(section: DiffSection, before: Item = {}, after: Item = {}): FieldChange[] {
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

function diffSection(section: DiffSection, before: PersonDocument | null, after: PersonDocument): SectionDiff {
  switch (section) {
    case "names":
    case "events":
    case "sources":
    case "relations":
    case "markers":
    case "media":
    case "external_ids":
      // One case per section keeps the item type tied to its section.
      return listDiff(section, before, after);
    case "sex":
      return { section, kind: "values", changes: diffValue(section, before?.sex, after.sex) };
    case "biography":
      return { section, kind: "values", changes: diffTexts(section, before?.biography, after.biography) };
    case "schema_version":
      return { section, kind: "values", changes: diffValue(section, before?.schema_version, after.schema_version) };
    case "persecuted_by":
    case "persecution_grounds":
    case "nationalities":
    case "organisations":
      return { section, kind: "values", changes: diffWords(section, before?.[section], after[section]) };
  }
}

function listDiff<S extends ListSection>(section: S, before: PersonDocument | null, after: PersonDocument): SectionDiff {
  const items = diffList(section, (before?.[section] ?? []) as ItemOf<S>[], (after[section] ?? []) as ItemOf<S>[]);
  return { section, kind: "list", items } as SectionDiff;
}

/**
 * What `after` changes compared with `before`, part by part, leaving out unchanged parts
 * (null: a new memorial, everything is added).
 */
export function compareDocuments(before: PersonDocument | null, after: PersonDocument): SectionDiff[] {
  return DIFF_SECTIONS.map((section) => diffSection(section, before, after)).filter((d) =>
    d.kind === "list" ? d.items.length > 0 : d.changes.length > 0,
  );
}

/**
 * The same changes field by field, as the API answers them.
 * @example diffDocuments(published, correction) // [{ section: "events", op: "changed", item: "arrest 1937", field: "date.edtf", before: "1937", after: "1938", … }]
 */
export function diffDocuments(before: PersonDocument | null, after: PersonDocument): FieldChange[] {
  return compareDocuments(before, after).flatMap((d) => (d.kind === "list" ? d.items.flatMap((i) => i.changes) : d.changes));
}

/** Changes grouped by section, in the order of DIFF_SECTIONS, leaving out unchanged sections. */
export function groupChanges(changes: FieldChange[]): Array<[DiffSection, FieldChange[]]> {
  return DIFF_SECTIONS.map((s) => [s, changes.filter((c) => c.section === s)] as [DiffSection, FieldChange[]]).filter(
    ([, list]) => list.length > 0,
  );
}
