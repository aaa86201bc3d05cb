/**
 * The CSV export's columns (docs/open-data.md lists them): one row per published memorial, the
 * facts a spreadsheet user filters on. Lists inside a cell are joined with " | ".
 */
import { DEATH_EVENT_TYPES, firstEvent, primaryName, type LifeEvent, type Place } from "../../domain/person-document";
import { externalUrl } from "../../archive/memorials/json-ld";
import type { PublishedMemorial } from "./export.queries";
import { wellFormed } from "../../domain/text-rules";
import { DATA_LICENCE } from "../../domain/licence";
import { memorialUrl } from "../../platform/http/site-url";
import { versionUrl } from "../../archive/versions/version-links";

const join = (values: Array<string | undefined>) => values.filter((v): v is string => Boolean(v)).join(" | ");
const placeName = (p: Place | undefined) => p?.name;

type Column = [name: string, value: (row: PublishedMemorial, origin: string) => string | number | undefined];

const event = (types: readonly LifeEvent["type"][], part: (e: LifeEvent) => string | undefined) => (row: PublishedMemorial) => {
  const found = firstEvent(row.document, types);
  return found ? part(found) : undefined;
};

export const CSV_COLUMNS: Column[] = [
  ["id", (r) => r.memorial.id],
  ["url", (r, origin) => memorialUrl(origin, r.memorial.slug)],
  ["name", (r) => primaryName(r.document).display],
  ["given_name", (r) => primaryName(r.document).given],
  ["family_name", (r) => primaryName(r.document).family],
  ["other_names", (r) => join(r.document.names.filter((n) => !n.primary).map((n) => `${n.display} (${n.kind})`))],
  ["sex", (r) => r.document.sex],
  ["birth_date", event(["birth"], (e) => e.date?.edtf)],
  ["birth_date_text", event(["birth"], (e) => e.date?.text)],
  ["birth_place", event(["birth"], (e) => placeName(e.place))],
  ["birth_place_modern", event(["birth"], (e) => e.place?.modern_name)],
  ["birth_country", event(["birth"], (e) => e.place?.country)],
  ["arrest_date", event(["arrest"], (e) => e.date?.edtf)],
  ["arrest_place", event(["arrest"], (e) => placeName(e.place))],
  ["handover_date", event(["handover"], (e) => e.date?.edtf)],
  ["handover_place", event(["handover"], (e) => placeName(e.place))],
  ["death_type", event(DEATH_EVENT_TYPES, (e) => e.type)],
  ["death_date", event(DEATH_EVENT_TYPES, (e) => e.date?.edtf)],
  ["death_date_text", event(DEATH_EVENT_TYPES, (e) => e.date?.text)],
  ["death_place", event(DEATH_EVENT_TYPES, (e) => placeName(e.place))],
  ["death_place_modern", event(DEATH_EVENT_TYPES, (e) => e.place?.modern_name)],
  ["death_country", event(DEATH_EVENT_TYPES, (e) => e.place?.country)],
  ["fate", (r) => join(r.document.events.map((e) => (e.date ? `${e.type} ${e.date.edtf}` : e.type)))],
  ["persecuted_by", (r) => join(r.document.persecuted_by ?? [])],
  ["nationalities", (r) => join(r.document.nationalities ?? [])],
  ["organisations", (r) => join(r.document.organisations ?? [])],
  ["summary", (r) => r.memorial.summary || undefined],
  ["sources", (r) => join(r.document.sources.map((s) => s.citation))],
  ["external_ids", (r) => join(r.document.external_ids.map((x) => externalUrl(x.scheme, x.value, x.url) ?? `${x.scheme}:${x.value}`))],
  ["markers", (r) => join(r.document.markers.map((m) => (m.place ? `${m.kind}: ${m.place.name}` : m.kind)))],
  ["related", (r, origin) => join(r.document.relations.map((x) => `${x.type}: ${x.memorial_id ? memorialUrl(origin, x.memorial_id) : (x.name ?? "")}`))],
  ["biography_languages", (r) => join(Object.keys(r.document.biography ?? {}))],
  ["revision_id", (r) => r.revisionId],
  ["published_at", (r) => new Date(r.changedAt).toISOString()],
  ["licence", () => DATA_LICENCE.id],
  // Added after the first columns, so scripts reading columns by position keep working.
  ["version", (r) => r.version],
  ["version_url", (r, origin) => versionUrl(origin, r.memorial.id, r.version)],
  // Added with the evidence model (docs/evidence.md); after the version columns, so earlier columns keep their places.
  ["persecution_grounds", (r) => join(r.document.persecution_grounds ?? [])],
  ["agencies", (r) => join([...new Set(r.document.events.flatMap((e) => (e.agency ? [e.agency] : [])))])],
  ["last_trace_date", event(["last_trace"], (e) => e.date?.edtf)],
];

/**
 * What a spreadsheet may read as the start of a formula (OWASP "CSV injection"): = + - @, tab and
 * carriage return, and the full-width = + - @ that some spreadsheets fold to the ASCII signs.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. A cell
 * that starts like a spreadsheet formula gets a leading apostrophe, so opening the file cannot
 * run anything (a name like "-2+3+cmd|…" is then text, shown with the apostrophe).
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return "";
  // Old text may hold what the text rules now refuse: no broken characters, no controls but tab and line breaks.
  let text = wellFormed(String(value)).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header row; `extra` names columns after the standard ones (an export of changes adds two). */
export const csvHeader = (extra: string[] = []) => [...CSV_COLUMNS.map(([name]) => name), ...extra].join(",") + "\r\n";

export const csvRow = (row: PublishedMemorial, origin: string, extra: string[] = []) =>
  [...CSV_COLUMNS.map(([, value]) => csvField(value(row, origin))), ...extra.map(csvField)].join(",") + "\r\n";

/** A memorial withdrawn from public view: only its id and address, then `extra`. */
export const csvWithdrawnRow = (memorialId: string, origin: string, extra: string[]) =>
  [
    ...CSV_COLUMNS.map(([name]) => (name === "id" ? memorialId : name === "url" ? memorialUrl(origin, memorialId) : "")),
    ...extra.map(csvField),
  ].join(",") + "\r\n";
