/**
 * Documents of an earlier shape, read as the current shape: one pure step per schema version, so
 * no stored memorial needs a hand migration and nothing a descendant wrote is lost. Reading a
 * current document costs one property check (public pages read stored documents on every view).
 *
 * Version 1 (no `schema_version`): `agency` was free text; other versions had no status, as every
 * one of them was a real disagreement.
 */
import { AGENCIES, agencyFromText, SCHEMA_VERSION } from "./person-vocabulary";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const KNOWN_AGENCIES: ReadonlySet<string> = new Set(AGENCIES);

/** A version-1 event: its agency words become a code, the words themselves `agency_note`. */
function upgradeEvent(event: unknown): unknown {
  if (!isObject(event)) return event;
  const out: Json = { ...event };
  if (typeof event.agency === "string" && !KNOWN_AGENCIES.has(event.agency)) {
    const { agency, agency_note } = agencyFromText(event.agency);
    out.agency = agency;
    const note = [agency_note, typeof event.agency_note === "string" ? event.agency_note : undefined].filter(Boolean).join("; ");
    if (note) out.agency_note = note;
  }
  if (Array.isArray(event.alternatives)) {
    out.alternatives = event.alternatives.map((alt) => (isObject(alt) && alt.status === undefined ? { status: "other_version", ...alt } : alt));
  }
  return out;
}

/**
 * The document in the current shape. Anything that is not a document of a known older shape is
 * returned as it is, for the schema to judge.
 * @example upgradeDocument({ names: […], events: [{ type: "arrest", agency: "NKVD" }] })
 *   // { schema_version: 2, names: […], events: [{ type: "arrest", agency: "nkvd" }] }
 */
export function upgradeDocument(document: unknown): unknown {
  if (!isObject(document) || document.schema_version === SCHEMA_VERSION) return document;
  if (document.schema_version !== undefined && document.schema_version !== 1) return document;
  const events = Array.isArray(document.events) ? document.events.map(upgradeEvent) : document.events;
  const { schema_version: _older, ...rest } = document;
  return { schema_version: SCHEMA_VERSION, ...rest, ...(events === undefined ? {} : { events }) };
}
