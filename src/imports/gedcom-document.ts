/**
 * A GEDCOM person as a person document: names (TRAN → transliterations), events with EDTF dates
 * (the file's wording kept), places, citations as sources, family links as relations. What does
 * not fit is reported as a warning, never silently dropped without a word.
 */
import { EXID_TYPES, EVENT_LABELS } from "../gedcom/gedcom-tags";
import { gedcomToEdtf } from "../lib/gedcom-date";
import { LIMITS, MARKER_KINDS, type LifeEvent, type PersonDocumentInput, type PersonName, type Source } from "../lib/person-document";
import { detectScript } from "../submissions/form/draft";
import { displayName, type Citation, type ImportedEvent, type ImportedFamily, type ImportedName, type ImportedPerson, type ImportedSource } from "./gedcom-records";

export interface GedcomLookup {
  family(xref: string): ImportedFamily | undefined;
  source(xref: string): ImportedSource | undefined;
  note(xref: string): string | undefined;
  person(xref: string): { name: string; memorialId?: string } | undefined;
  /** "https://…/memorials/": EXIDs of this type are the archive's own memorial ids. */
  memorialBase: string;
}

export interface BuiltDocument {
  document: PersonDocumentInput;
  warnings: string[];
  /** The person is already a memorial here (their EXID): the submission is a correction. */
  correctionOf?: string;
}

const TAG_TYPES: Record<string, LifeEvent["type"]> = {
  BIRT: "birth", DEAT: "death", EMIG: "emigration", IMMI: "arrival", RESI: "residence", OCCU: "employment",
};
const LABEL_TYPES = new Map<string, LifeEvent["type"]>([
  ...Object.entries(EVENT_LABELS).map(([type, label]) => [label.toLowerCase(), type as LifeEvent["type"]] as const),
  ["verhaftung", "arrest"], ["arrest", "arrest"], ["haft", "imprisonment"], ["ausweisung", "expulsion"],
  ["deportation", "deportation"], ["übergabe an die gestapo", "handover"], ["hinrichtung", "execution"],
  ["rehabilitierung", "rehabilitation"], ["verurteilung", "sentence"], ["lager", "camp"], ["verbannung", "exile"],
]);
const NAME_KINDS: Record<string, PersonName["kind"]> = {
  BIRTH: "birth", MAIDEN: "birth", MARRIED: "married", AKA: "alias", PROFESSIONAL: "pseudonym", IMMIGRANT: "other", OTHER: "other",
};
const PHRASE_KINDS: Record<string, PersonName["kind"]> = {
  pseudonym: "pseudonym", "party name": "party_name", transliteration: "transliteration", "spelling variant": "spelling_variant", "religious name": "religious",
};
const SCHEMES = new Map(Object.entries(EXID_TYPES).map(([scheme, uri]) => [uri, scheme]));

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const ptr = (value: string) => /^@([^@]+)@$/.exec(value.trim())?.[1];

function coordinate(value: string | undefined, positive: string): number | undefined {
  const m = value ? /^([NSEW])?\s*(-?\d+(?:\.\d+)?)$/i.exec(value.trim()) : null;
  if (!m) return undefined;
  const n = Number(m[2]);
  return m[1] && m[1].toUpperCase() !== positive ? -n : n;
}

function nameOf(n: ImportedName, primary: boolean, kind?: PersonName["kind"]): PersonName {
  const parts = /^(.*?)\/(.*?)\/(.*)$/.exec(n.value);
  const given = n.given ?? parts?.[1]?.trim();
  const family = n.surname ?? parts?.[2]?.trim();
  const display = cut(displayName(n.value) || [given, family].filter(Boolean).join(" ") || "Unknown", LIMITS.shortText);
  const script = detectScript(display);
  return {
    ...(primary ? { primary: true } : {}),
    kind: kind ?? PHRASE_KINDS[(n.phrase ?? "").toLowerCase()] ?? NAME_KINDS[n.type ?? ""] ?? "other",
    display,
    ...(given ? { given: cut(given, LIMITS.shortText) } : {}),
    ...(family ? { family: cut(family, LIMITS.shortText) } : {}),
    ...(script ? { script } : {}),
  };
}

export function gedcomDocument(person: ImportedPerson, lookup: GedcomLookup, selfXref?: string | null): BuiltDocument {
  const warnings: string[] = [];
  const sources: Source[] = [];
  const sourceKey = new Map<string, string>();
  const cite = (citations: Citation[]): string[] =>
    citations.flatMap((c) => {
      const key = `${c.xref ?? c.text ?? ""}\u0000${c.page ?? ""}`;
      const known = sourceKey.get(key);
      if (known) return [known];
      if (sources.length >= LIMITS.sources) return [];
      const record = c.xref ? lookup.source(c.xref) : undefined;
      const citation = record ? [record.author, record.title, record.publication].filter(Boolean).join(", ") || record.text : c.text;
      if (!citation) return warnings.push(`a citation of ${c.xref ? `@${c.xref}@` : "a source"} has no text and was left out`), [];
      const id = `s${sources.length + 1}`;
      sources.push({
        id,
        kind: record?.repository ? "archive" : record?.author || record?.publication ? "book" : "family_document",
        citation: cut(citation, LIMITS.citation),
        ...(record?.title ? { title: cut(record.title, LIMITS.shortText) } : {}),
        ...(record?.author ? { author: cut(record.author, LIMITS.shortText) } : {}),
        ...(c.page ? { page: cut(c.page, 60) } : {}),
        ...(record?.note ? { note: cut(record.note, LIMITS.description) } : {}),
      });
      sourceKey.set(key, id);
      return [id];
    });

  const [first, ...others] = person.names.length ? person.names : [{ value: "Unknown", trans: [] }];
  const names: PersonName[] = [{ ...nameOf(first!, true), sources: cite(person.sources) }];
  for (const t of first!.trans) names.push({ ...nameOf({ value: t.value, trans: [] }, false, "transliteration"), ...(t.lang ? { lang: t.lang.toLowerCase() } : {}) });
  for (const n of others) {
    names.push(nameOf(n, false));
    for (const t of n.trans) names.push(nameOf({ value: t.value, trans: [] }, false, "transliteration"));
  }

  // Memorial markers written by this archive's export come back as markers, not events.
  const isMarker = (e: ImportedEvent) => e.tag === "EVEN" && /^Memorial marker: /.test(e.type ?? "");
  const markers = person.events.filter(isMarker).flatMap((e) => {
    const kind = (e.type ?? "").replace("Memorial marker: ", "").replace(" ", "_");
    if (!(MARKER_KINDS as readonly string[]).includes(kind)) return [];
    const [address, ...rest] = (e.note ?? "").split("\n");
    const inscription = rest.join("\n").replace(/^Inscription: /, "");
    return [{
      kind: kind as (typeof MARKER_KINDS)[number],
      ...(e.place ? { place: { name: cut(e.place, LIMITS.shortText) } } : {}),
      ...(address && !address.startsWith("Inscription: ") ? { address: cut(address, LIMITS.shortText) } : {}),
      ...(inscription ? { inscription: cut(inscription, LIMITS.description) } : {}),
      sources: cite(e.sources),
    }];
  });
  const events = person.events.filter((e) => !isMarker(e)).flatMap((e) => eventOf(e, cite, warnings));
  const nationalities = person.events.filter((e) => e.tag === "NATI" && e.value).map((e) => cut(e.value!, 100));
  const notes = person.notes.map((n) => (ptr(n) ? lookup.note(ptr(n)!) : n)).filter((n): n is string => Boolean(n?.trim()));

  const relations: NonNullable<PersonDocumentInput["relations"]> = [];
  const seen = new Set<string>();
  const relate = (type: "spouse" | "child" | "parent" | "sibling", xref: string) => {
    const other = lookup.person(xref);
    if (!other || seen.has(`${type}:${xref}`) || relations.length >= LIMITS.relations) return;
    seen.add(`${type}:${xref}`);
    relations.push({ type, name: cut(other.name, LIMITS.shortText), ...(other.memorialId ? { memorial_id: other.memorialId } : {}), note: { en: `In the same GEDCOM file (@${xref}@)` } });
  };
  const self = new Set<string>(selfXref ? [selfXref] : []);
  for (const f of person.fams) {
    const family = lookup.family(f);
    family?.partners.forEach((p) => self.has(p) || relate("spouse", p));
    family?.children.forEach((c) => relate("child", c));
  }
  for (const f of person.famc) {
    const family = lookup.family(f);
    family?.partners.forEach((p) => relate("parent", p));
    family?.children.forEach((c) => self.has(c) || relate("sibling", c));
  }

  const external_ids: NonNullable<PersonDocumentInput["external_ids"]> = [];
  let correctionOf: string | undefined;
  for (const x of person.exids) {
    if (x.type === lookup.memorialBase && /^mem_[a-z0-9]{8,40}$/.test(x.value)) correctionOf = x.value;
    else if (x.type && SCHEMES.has(x.type)) external_ids.push({ scheme: SCHEMES.get(x.type) as "wikidata", value: cut(x.value, 100) });
  }
  if (names.length > LIMITS.names) warnings.push(`only the first ${LIMITS.names} names were kept`);
  if (events.length > LIMITS.events) warnings.push(`only the first ${LIMITS.events} events were kept`);
  const document: PersonDocumentInput = {
    names: names.slice(0, LIMITS.names),
    ...(person.sex === "M" ? { sex: "male" } : person.sex === "F" ? { sex: "female" } : person.sex === "U" ? { sex: "unknown" } : {}),
    events: events.slice(0, LIMITS.events),
    ...(notes.length ? { biography: { und: cut(notes.join("\n\n"), LIMITS.biography) } } : {}),
    sources,
    relations,
    external_ids: external_ids.slice(0, LIMITS.externalIds),
    markers: markers.slice(0, LIMITS.markers),
    ...(nationalities.length ? { nationalities: nationalities.slice(0, LIMITS.tags) } : {}),
  };
  return { document, warnings, ...(correctionOf ? { correctionOf } : {}) };
}

function eventOf(e: ImportedEvent, cite: (c: Citation[]) => string[], warnings: string[]): LifeEvent[] {
  if (e.tag === "NATI") return [];
  let type: LifeEvent["type"] = TAG_TYPES[e.tag] ?? (e.type ? (LABEL_TYPES.get(e.type.toLowerCase()) ?? "other") : "other");
  if (type === "death" && /execut|hinricht|erschoss|расстрел/i.test(`${e.cause ?? ""} ${e.type ?? ""}`)) type = "execution";
  const label = type === "other" ? [e.type ?? e.tag, e.value].filter(Boolean).join(": ") : e.tag === "OCCU" ? e.value : undefined;
  const read = e.date !== undefined ? gedcomToEdtf(e.date) : undefined;
  // An empty DATE with a PHRASE (GEDCOM 7) is a date in words only.
  const date = read && e.datePhrase ? { ...read, text: e.datePhrase } : read;
  if (date && !date.edtf && date.text) warnings.push(`the date "${date.text}" of ${e.type ?? e.tag} is not a GEDCOM date; it is kept as text`);
  const description = [label, date && !date.edtf && date.text ? `Date: ${date.text}` : undefined, e.note, e.cause && type !== "execution" ? `Cause: ${e.cause}` : undefined].filter(Boolean).join("\n");
  const lat = coordinate(e.lat, "N");
  const lon = coordinate(e.lon, "E");
  const sources = cite(e.sources);
  const hasCoordinates = lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return [
    {
      type,
      ...(date?.edtf ? { date: { edtf: date.edtf, ...(date.text !== date.edtf ? { text: cut(date.text, LIMITS.shortText) } : {}), ...(date.julian ? { calendar: "julian" as const } : {}) } } : {}),
      ...(e.place ? { place: { name: cut(e.place, LIMITS.shortText), ...(hasCoordinates ? { lat, lon } : {}) } } : {}),
      ...(description ? { description: { und: cut(description, LIMITS.description) } } : {}),
      ...(e.agency ? { agency: cut(e.agency, LIMITS.shortText) } : {}),
      certainty: sources.length ? "documented" : "family_account",
      sources,
    },
  ];
}
