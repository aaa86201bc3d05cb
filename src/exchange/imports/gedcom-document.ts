/**
 * A GEDCOM person as a person document: names (TRAN → transliterations), events with dates in
 * their own words and calendars, places, citations as sources, associations and families as
 * relations, external ids. What does not fit is kept in words where it can be and reported as a
 * note (import-notes.ts) either way: nothing is dropped without a word. The archive's own
 * extension (`_ZEUGNIS`) restores what standard GEDCOM cannot carry, so its own export reads back
 * as the same document (docs/open-data.md).
 */
import { EXID_TYPES, RELATION_ROLES } from "../gedcom/gedcom-tags";
import { LIMITS, type PersonDocumentInput, type PersonName, type Relation } from "../../domain/person-document";
import { detectScript } from "../../editorial/submissions/form/draft";
import { Build, withExtension, type GedcomLookup } from "./gedcom-build";
import { personEvents } from "./gedcom-events";
import { displayName, type ImportedName, type ImportedPerson, type ImportedTran } from "./gedcom-records";
import type { ImportNote, NotePart } from "../../editorial/revisions/import-notes";

export type { GedcomLookup } from "./gedcom-build";

/** RESN values that keep a person or a part of them from being proposed without a decision. */
export type Restriction = "PRIVACY" | "CONFIDENTIAL";

export interface BuiltDocument {
  document: PersonDocumentInput;
  notes: ImportNote[];
  /** The person is already a memorial here (their EXID): the submission is a correction. */
  correctionOf?: string;
  /** The file marks the person private or confidential (RESN): held back. */
  restriction?: Restriction;
}

const NAME_KINDS: Record<string, PersonName["kind"]> = {
  BIRTH: "birth", MAIDEN: "birth", MARRIED: "married", AKA: "alias", PROFESSIONAL: "pseudonym", IMMIGRANT: "other", OTHER: "other",
};
const PHRASE_KINDS: Record<string, PersonName["kind"]> = {
  pseudonym: "pseudonym", "party name": "party_name", transliteration: "transliteration", "spelling variant": "spelling_variant", "religious name": "religious",
};
const SCHEMES = new Map(Object.entries(EXID_TYPES).map(([scheme, uri]) => [uri, scheme]));
const ROLE_TYPES: Record<string, Relation["type"]> = { SPOU: "spouse", HUSB: "spouse", WIFE: "spouse", FATH: "parent", MOTH: "parent", PARENT: "parent", CHIL: "child" };
const PHRASE_TYPES = new Map(Object.entries(RELATION_ROLES).flatMap(([type, [, phrase]]) => (phrase ? [[phrase.toLowerCase(), type as Relation["type"]] as const] : [])));
const ROLE_WORDS: Record<string, string> = { GODP: "godparent", FRIEND: "friend", NGHBR: "neighbour", WITN: "witness", CLERGY: "clergy", OFFICIATOR: "officiator", MULTIPLE: "multiple birth" };
const MEMORIAL_ID = /^mem_[a-z0-9]{8,40}$/;

function nameOf(b: Build, n: Pick<ImportedName, "value" | "given" | "surname" | "line"> & Partial<ImportedName>, primary: boolean, kind?: PersonName["kind"], lang?: string): PersonName {
  const parts = /^(.*?)\/(.*?)\/(.*)$/.exec(n.value);
  const given = n.given ?? parts?.[1]?.trim();
  const family = n.surname ?? parts?.[2]?.trim();
  const cut = (text: string, part: NotePart = "name") => b.cut(text, LIMITS.shortText, part, n.line);
  const display = cut(displayName(n.value) || [given, family].filter(Boolean).join(" ") || "Unknown");
  const script = detectScript(display);
  const note = b.localized(n.notes ?? [], LIMITS.description, "note", n.line);
  const sources = b.cite(n.sources ?? []);
  const language = lang ? b.language(lang, n.line) : undefined;
  // A kind of name the archive has no word for ("Screen", "Hebrew name") is kept in the name's note.
  const unknownKind = !kind && !PHRASE_KINDS[(n.phrase ?? "").toLowerCase()] && (n.phrase || (n.type && !NAME_KINDS[n.type])) ? `Name type: ${n.phrase ?? n.type}` : undefined;
  const noteText = [unknownKind, ...(note ? Object.values(note) : [])].filter(Boolean).join("\n");
  return withExtension(
    {
      ...(primary ? { primary: true } : {}),
      kind: kind ?? PHRASE_KINDS[(n.phrase ?? "").toLowerCase()] ?? NAME_KINDS[n.type ?? ""] ?? "other",
      display,
      ...(given ? { given: cut(given) } : {}),
      ...(family ? { family: cut(family) } : {}),
      ...(script ? { script } : {}),
      ...(language && language !== "und" ? { lang: language } : {}),
      ...(noteText ? { note: b.cut(noteText, LIMITS.description, "note", n.line) } : {}),
      ...(sources.length ? { sources } : {}),
    },
    n.ext,
  );
}

function transliteration(b: Build, t: ImportedTran, line: number): PersonName {
  return nameOf(b, { value: t.value, line, ...(t.given ? { given: t.given } : {}), ...(t.surname ? { surname: t.surname } : {}), ...(t.ext ? { ext: t.ext } : {}) }, false, "transliteration", t.lang);
}

function namesOf(b: Build, person: ImportedPerson): PersonName[] {
  const [first, ...others] = person.names.length ? person.names : [{ value: "Unknown", line: person.line, notes: [], sources: [], trans: [] }];
  const names: PersonName[] = [];
  [first!, ...others].forEach((n, i) => {
    names.push(nameOf(b, n, i === 0));
    for (const t of n.trans) names.push(transliteration(b, t, n.line));
    if (n.nickname) names.push(nameOf(b, { value: n.nickname, line: n.line }, false, "alias"));
  });
  // 5.5.1 programs write another name as ALIA with a name instead of a pointer.
  for (const alias of person.aliases) if (alias.name?.trim()) names.push(nameOf(b, { value: alias.name, line: alias.line }, false, "alias"));
  return names;
}

function relationsOf(b: Build, person: ImportedPerson, selfXref: string | undefined): Relation[] {
  const relations: Relation[] = [];
  // Who is already related, and how: a godparent may be a spouse too, but nobody is a spouse twice.
  const related = new Set<string>();
  for (const a of person.associations) {
    if (a.xref && a.xref === selfXref) {
      b.note({ code: "left_out", line: a.line, tag: "ASSO", value: `@${a.xref}@ = this person` });
      continue;
    }
    const other = a.xref ? b.lookup.person(a.xref) : undefined;
    if (!other) {
      b.note({ code: "missing_record", line: a.line, tag: "ASSO", value: a.xref ? `@${a.xref}@` : "" });
      continue;
    }
    const byPhrase = a.phrase ? PHRASE_TYPES.get(a.phrase.toLowerCase()) : undefined;
    const type = ROLE_TYPES[a.role ?? ""] ?? byPhrase ?? "other";
    related.add(`${type}:${a.xref}`);
    const role = type === "other" ? [ROLE_WORDS[a.role ?? ""], a.phrase].filter(Boolean).join(": ") : "";
    const note = b.localized(a.notes, LIMITS.description, "note", a.line, role ? [`Role: ${role}`] : []);
    const sources = b.cite(a.sources);
    relations.push(
      withExtension(
        {
          type,
          name: b.cut(other.name, LIMITS.shortText, "name", a.line),
          ...(other.memorialId ? { memorial_id: other.memorialId } : {}),
          ...(note ? { note } : {}),
          ...(sources.length ? { sources } : {}),
        },
        a.ext,
      ),
    );
  }
  for (const alias of person.aliases) {
    const other = alias.xref ? b.lookup.person(alias.xref) : undefined;
    if (alias.xref && !other) b.note({ code: "missing_record", line: alias.line, tag: "ALIA", value: `@${alias.xref}@` });
    if (!other || related.has(`other:${alias.xref}`)) continue;
    related.add(`other:${alias.xref}`);
    relations.push({ type: "other", name: b.cut(other.name, LIMITS.shortText, "name", alias.line), ...(other.memorialId ? { memorial_id: other.memorialId } : {}), note: { en: "Possibly the same person (GEDCOM ALIA)" } });
  }
  // Families: spouses and children, parents and siblings; people already related above are not repeated.
  const relate = (type: Relation["type"], xref: string, pedigree?: string) => {
    const other = b.lookup.person(xref);
    if (xref === selfXref || related.has(`${type}:${xref}`) || !other) return;
    related.add(`${type}:${xref}`);
    const note = `In the same GEDCOM file (@${xref}@)${pedigree ? `; child by ${pedigree.toLowerCase()} (PEDI)` : ""}`;
    relations.push({ type, name: b.cut(other.name, LIMITS.shortText, "name", person.line), ...(other.memorialId ? { memorial_id: other.memorialId } : {}), note: { en: note } });
  };
  for (const f of person.fams) {
    const family = b.lookup.family(f);
    if (!family) b.note({ code: "missing_record", line: person.line, tag: "FAMS", value: `@${f}@` });
    family?.partners.forEach((p) => relate("spouse", p));
    family?.children.forEach((c) => relate("child", c));
  }
  for (const f of person.famc) {
    const family = b.lookup.family(f);
    if (!family) b.note({ code: "missing_record", line: person.line, tag: "FAMC", value: `@${f}@` });
    family?.partners.forEach((p) => relate("parent", p, person.pedigree?.[f]));
    family?.children.forEach((c) => relate("sibling", c));
  }
  return relations;
}

function idsOf(b: Build, person: ImportedPerson): { externalIds: NonNullable<PersonDocumentInput["external_ids"]>; correctionOf?: string } {
  const own = person.ids.find((x) => x.tag === "EXID" && x.type === b.lookup.memorialBase && MEMORIAL_ID.test(x.value));
  const correctionOf = own?.value;
  const ownUid = correctionOf ? b.lookup.memorialUid(correctionOf) : undefined;
  const externalIds: NonNullable<PersonDocumentInput["external_ids"]> = [];
  const value = (text: string) => b.cut(text, 100, "external_ids", person.line);
  for (const x of person.ids) {
    if (x === own || (x.tag === "UID" && ownUid && x.value.toLowerCase() === ownUid)) continue;
    const scheme = x.tag === "EXID" && x.type ? SCHEMES.get(x.type) : undefined;
    const url = (candidate: string | undefined) => (candidate && /^https?:\/\/\S+$/.test(candidate) && candidate.length <= 2000 ? candidate : undefined);
    let id: NonNullable<PersonDocumentInput["external_ids"]>[number];
    if (scheme && scheme !== "geonames") id = { scheme: scheme as "wikidata", value: value(x.value) };
    else if (x.tag === "EXID") id = { scheme: "other", value: value(x.value), ...(url(x.type && `${x.type}${x.value}`) ? { url: url(`${x.type}${x.value}`) } : {}) };
    else if (x.tag === "UID") id = { scheme: "other", value: value(`UID: ${x.value}`) };
    else {
      const link = url(x.type);
      const label = !link && x.type && x.type !== "other" ? `${x.type}: ` : "";
      id = { scheme: "other", value: value(`${label}${x.value}`), ...(link ? { url: link } : {}) };
    }
    externalIds.push(withExtension(id, x.ext));
  }
  return { externalIds, ...(correctionOf ? { correctionOf } : {}) };
}

function restrictionOf(b: Build, person: ImportedPerson): Restriction | undefined {
  const values = (person.restriction ?? "").toUpperCase().split(/[\s,]+/).filter(Boolean);
  const restriction = values.includes("PRIVACY") ? "PRIVACY" : values.includes("CONFIDENTIAL") ? "CONFIDENTIAL" : undefined;
  if (restriction) b.note({ code: "restricted", line: person.line, tag: "RESN", value: values.join(", ") });
  else if (values.includes("LOCKED")) b.note({ code: "restriction_locked", line: person.line, tag: "RESN" });
  return restriction;
}

/** A list within the document's limit; the import says how many were left out. */
function capped<T>(b: Build, list: T[], limit: number, part: NotePart, line: number): T[] {
  if (list.length <= limit) return list;
  b.note({ code: "capped", part, count: list.length, limit, line });
  return list.slice(0, limit);
}

const SEXES: Record<string, "male" | "female" | "unknown"> = { M: "male", F: "female", U: "unknown" };

export function gedcomDocument(person: ImportedPerson, lookup: GedcomLookup, selfXref?: string | null): BuiltDocument {
  const b = new Build(lookup);
  const restriction = restrictionOf(b, person);
  b.leftOut("INDI", person.leftOut);
  // The person's own citations first: in the archive's export they list the document's sources in order.
  b.cite(person.sources);
  const names = namesOf(b, person);
  const family = b.familyEvents(person.fams).map(({ event, partners }) => {
    const partner = partners.find((p) => p !== selfXref);
    return { event, ...(partner && lookup.person(partner) ? { partner: lookup.person(partner)!.name } : {}) };
  });
  const events = personEvents(b, person.events, family);
  const relations = relationsOf(b, person, selfXref ?? undefined);
  const { externalIds, correctionOf } = idsOf(b, person);
  const biography = b.localized(person.notes.filter((n) => !isMemorialLink(n.text, lookup.memorialBase)), LIMITS.biography, "biography", person.line);
  const sex = person.sex ? SEXES[person.sex] : undefined;
  if (person.sex && !sex) b.note({ code: "sex_other", line: person.line, tag: "SEX", value: person.sex });
  const line = person.line;
  const document: PersonDocumentInput = withExtension(
    {
      names: capped(b, names, LIMITS.names, "names", line),
      ...(sex ? { sex } : {}),
      events: events.events,
      ...(biography ? { biography } : {}),
      sources: b.sources,
      relations: capped(b, relations, LIMITS.relations, "relations", line),
      markers: capped(b, events.markers, LIMITS.markers, "markers", line),
      media: [],
      external_ids: capped(b, externalIds, LIMITS.externalIds, "external_ids", line),
      ...(events.persecutedBy.length ? { persecuted_by: events.persecutedBy } : {}),
      ...(events.nationalities.length ? { nationalities: capped(b, events.nationalities, LIMITS.tags, "nationalities", line) } : {}),
      ...(events.organisations.length ? { organisations: capped(b, events.organisations, LIMITS.tags, "organisations", line) } : {}),
    },
    person.ext,
  );
  if (events.beyondLimit) b.note({ code: "capped", part: "events", count: LIMITS.events + events.beyondLimit, limit: LIMITS.events, line });
  if (b.sourcesLeftOut) b.note({ code: "capped", part: "sources", count: LIMITS.sources + b.sourcesLeftOut, limit: LIMITS.sources, line });
  return { document, notes: b.notes, ...(correctionOf ? { correctionOf } : {}), ...(restriction ? { restriction } : {}) };
}

/** The note the archive's export puts on a memorial: its address, not part of the biography. */
function isMemorialLink(text: string | undefined, base: string): boolean {
  return text !== undefined && text.startsWith(base) && /^[^\s]+$/.test(text);
}

