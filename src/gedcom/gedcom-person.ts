/** One memorial as a GEDCOM 7 INDI record: names with TRAN, events with dates and places, sources. */
import { edtfToGedcom } from "../lib/gedcom-date";
import type { DateValue, LifeEvent, PersonDocument, PersonName, Place } from "../lib/person-document";
import { externalUrl } from "../memorials/json-ld";
import type { GedcomLines } from "./gedcom-lines";
import { EVENT_LABELS, EVENT_TAGS, EXID_TYPES, NAME_TYPES, PERIOD_EVENTS } from "./gedcom-tags";

export interface PersonContext {
  /** The source record xref of a document's source key. */
  sourceXref(key: string): string | undefined;
  /** The archive's memorial URL base, the EXID type of memorial ids. */
  memorialBase: string;
}

export function namePayload(name: Pick<PersonName, "display" | "given" | "patronymic" | "family">): string {
  if (!name.family) return name.display.replace(/\//g, "");
  const given = [name.given, name.patronymic].filter(Boolean).join(" ");
  return `${given ? `${given} ` : ""}/${name.family.replace(/\//g, "")}/`;
}

const SCRIPT_LANG: Record<string, string> = { Cyrl: "ru", Hebr: "he", Grek: "el" };

function transLang(name: PersonName): string {
  return name.lang ?? (name.script ? (SCRIPT_LANG[name.script] ?? `und-${name.script}`) : "und");
}

function citations(out: GedcomLines, level: number, keys: string[] | undefined, ctx: PersonContext, page?: (key: string) => string | undefined) {
  for (const key of keys ?? []) {
    const xref = ctx.sourceXref(key);
    if (!xref) continue;
    out.pointer(level, "SOUR", xref);
    const p = page?.(key);
    if (p) out.add(level + 1, "PAGE", p);
  }
}

function writeDate(out: GedcomLines, level: number, date: DateValue | undefined, period: boolean) {
  if (!date) return;
  const g = edtfToGedcom(date.edtf, { period, julian: date.calendar === "julian", text: date.text });
  out.add(level, "DATE", g.value);
  if (g.phrase) out.add(level + 1, "PHRASE", g.phrase);
}

function writePlace(out: GedcomLines, level: number, place: Place | undefined) {
  if (!place) return;
  out.add(level, "PLAC", place.name);
  if (place.lat !== undefined && place.lon !== undefined) {
    out.add(level + 1, "MAP");
    out.add(level + 2, "LATI", `${place.lat >= 0 ? "N" : "S"}${Math.abs(place.lat)}`);
    out.add(level + 2, "LONG", `${place.lon >= 0 ? "E" : "W"}${Math.abs(place.lon)}`);
  }
  if (place.geonames_id) out.add(level + 1, "EXID", place.geonames_id).add(level + 2, "TYPE", EXID_TYPES.geonames);
  if (place.wikidata_id) out.add(level + 1, "EXID", place.wikidata_id).add(level + 2, "TYPE", EXID_TYPES.wikidata);
  const notes = [place.modern_name ? `Now: ${place.modern_name}` : "", place.country ? `Country: ${place.country}` : ""].filter(Boolean);
  if (notes.length) out.add(level + 1, "NOTE", notes.join("; "));
}

function firstText(text: Record<string, string> | undefined): string | undefined {
  if (!text) return undefined;
  return text.en ?? text.de ?? Object.values(text)[0];
}

function writeEvent(out: GedcomLines, event: LifeEvent, ctx: PersonContext, version?: { date?: DateValue; place?: Place; sources: string[]; note: string }) {
  const tag = EVENT_TAGS[event.type] ?? "EVEN";
  out.add(1, tag);
  if (tag === "EVEN") out.add(2, "TYPE", EVENT_LABELS[event.type]);
  writeDate(out, 2, version ? version.date : event.date, PERIOD_EVENTS.has(event.type));
  writePlace(out, 2, version ? version.place : event.place);
  if (event.agency) out.add(2, "AGNC", event.agency);
  if (event.type === "execution") out.add(2, "CAUS", "Execution");
  const description = firstText(event.description);
  const certainty = event.certainty === "documented" ? "" : `Certainty: ${event.certainty.replace("_", " ")}`;
  const note = [version?.note, description, certainty].filter(Boolean).join("\n");
  if (note) out.add(2, "NOTE", note);
  citations(out, 2, version ? version.sources : event.sources, ctx);
}

export function writePerson(out: GedcomLines, xref: string, memorialId: string, doc: PersonDocument, ctx: PersonContext, uid: string) {
  out.add(0, "INDI", undefined, xref);
  const primary = doc.names.find((n) => n.primary) ?? doc.names[0]!;
  const writeName = (name: PersonName, withTran: boolean) => {
    out.add(1, "NAME", namePayload(name));
    const [type, phrase] = NAME_TYPES[name.kind];
    out.add(2, "TYPE", type);
    if (phrase) out.add(3, "PHRASE", phrase);
    if (name.given) out.add(2, "GIVN", [name.given, name.patronymic].filter(Boolean).join(" "));
    if (name.family) out.add(2, "SURN", name.family);
    if (name.note) out.add(2, "NOTE", name.note);
    citations(out, 2, name.sources, ctx);
    if (!withTran) return;
    for (const t of doc.names.filter((n) => n.kind === "transliteration")) {
      out.add(2, "TRAN", namePayload(t));
      if (t.given) out.add(3, "GIVN", t.given);
      if (t.family) out.add(3, "SURN", t.family);
      out.add(3, "LANG", transLang(t));
    }
  };
  writeName(primary, true);
  for (const name of doc.names) if (name !== primary && name.kind !== "transliteration") writeName(name, false);
  if (doc.sex) out.add(1, "SEX", { female: "F", male: "M", unknown: "U" }[doc.sex]);
  for (const event of doc.events) {
    writeEvent(out, event, ctx);
    for (const alt of event.alternatives ?? []) {
      writeEvent(out, event, ctx, {
        date: alt.date ?? event.date,
        place: alt.place ?? event.place,
        sources: alt.sources,
        note: `Disputed: another source gives this version.${alt.description ? ` ${firstText(alt.description)}` : ""}`,
      });
    }
  }
  for (const org of doc.organisations ?? []) out.add(1, "EVEN", undefined).add(2, "TYPE", "Membership").add(2, "NOTE", org);
  for (const nationality of doc.nationalities ?? []) out.add(1, "NATI", nationality);
  for (const marker of doc.markers) {
    out.add(1, "EVEN").add(2, "TYPE", `Memorial marker: ${marker.kind.replace("_", " ")}`);
    if (marker.installed) writeDate(out, 2, marker.installed, false);
    writePlace(out, 2, marker.place);
    const note = [marker.address, marker.inscription ? `Inscription: ${marker.inscription}` : ""].filter(Boolean).join("\n");
    if (note) out.add(2, "NOTE", note);
    citations(out, 2, marker.sources, ctx);
  }
  for (const [lang, text] of Object.entries(doc.biography ?? {})) out.add(1, "NOTE", text).add(2, "LANG", lang).add(2, "MIME", "text/plain");
  out.add(1, "UID", uid);
  out.add(1, "EXID", memorialId).add(2, "TYPE", ctx.memorialBase);
  for (const x of doc.external_ids) {
    const type = EXID_TYPES[x.scheme];
    if (type) out.add(1, "EXID", x.value).add(2, "TYPE", type);
    else {
      const url = externalUrl(x.scheme, x.value, x.url);
      out.add(1, "REFN", x.value).add(2, "TYPE", url ?? x.scheme);
    }
  }
}
