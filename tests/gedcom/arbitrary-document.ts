/**
 * Person documents with every field, generated for property tests: names in several scripts,
 * events of every type with dates in every EDTF form and every calendar, places with ids and
 * coordinates, descriptions in several languages, disputed facts, sources with their archive
 * fields, relations, markers, files, external ids. Texts use letters of the languages the
 * archive holds, punctuation (including "/" and "@", which GEDCOM treats specially) and, in long
 * texts, line breaks; never control characters, which no document may hold.
 */
import fc from "fast-check";
import {
  AGENCIES,
  CALENDARS,
  CERTAINTIES,
  EVENT_TYPES,
  EXTERNAL_ID_SCHEMES,
  LICENCES,
  MARKER_KINDS,
  NAME_KINDS,
  PERSECUTION_GROUNDS,
  PERSECUTORS,
  RELATION_TYPES,
  SEXES,
  SOURCE_KINDS,
  type PersonDocumentInput,
} from "../../src/domain/person-document";
import { anyEdtf } from "../property/arbitraries";

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßÄÖÜéèçłąабвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯאבגדהוזחטיכלמנסעפצקרשת";
const PUNCTUATION = " .,;:-'\"()/@&?!«»„“–";
const CHARS = [...LETTERS, ...LETTERS, ..."0123456789", ...PUNCTUATION];
const LINE_CHARS = [...CHARS, "\n", "\n"];

/** A trimmed, non-empty text of at most `max` characters; `lines` allows line breaks. */
export function text(max: number, lines = false): fc.Arbitrary<string> {
  const chars = lines ? LINE_CHARS : CHARS;
  // Indexes into the alphabet: much cheaper to generate than strings of single-character units.
  return fc
    .array(fc.nat({ max: chars.length - 1 }), { minLength: 1, maxLength: max })
    .map((indexes) => indexes.map((i) => chars[i]).join("").trim())
    .filter((s) => s.length > 0);
}

/** Words without digits: what a family or a source writes beside a date, never read as another date. */
const words = fc.array(fc.constantFrom("um", "about", "probably", "wahrscheinlich", "около", "after the pact", "im Herbst", "laut Akte", "spring", "Frühjahr"), { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const year = fc.oneof(fc.integer({ min: 1800, max: 1990 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1000, max: 1799 }));
const plainDate = fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 2 })).map(([y, m, d, precision]) =>
  precision === 0 ? pad(y, 4) : precision === 1 ? `${pad(y, 4)}-${pad(m)}` : `${pad(y, 4)}-${pad(m)}-${pad(d)}`,
);
const samePrecisionPair = fc.tuple(fc.integer({ min: 1800, max: 1980 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 12 }), fc.boolean()).map(([y, span, m, months]) =>
  months ? [`${y}-${pad(m)}`, `${y + span}-${pad(m)}`] : [String(y), String(y + span)],
);

const edtf: fc.Arbitrary<string> = fc.oneof(
  // The forms the other property tests use (tests/property/arbitraries.ts), and more below.
  anyEdtf,
  plainDate,
  plainDate.map((d) => `${d}~`),
  plainDate.map((d) => `${d}?`),
  plainDate.map((d) => `${d}%`),
  samePrecisionPair.map(([a, b]) => `[${a}..${b}]`),
  samePrecisionPair.map(([a, b]) => `${a}/${b}`),
  plainDate.map((d) => `[..${d}]`),
  plainDate.map((d) => `[${d}..]`),
  plainDate.map((d) => `${d}/..`),
  plainDate.map((d) => `../${d}`),
  fc.integer({ min: 180, max: 198 }).map((d) => `${d}X`),
  fc.tuple(fc.integer({ min: 1850, max: 1980 }), fc.integer({ min: 21, max: 24 })).map(([y, s]) => `${y}-${s}`),
  fc.tuple(fc.integer({ min: 1850, max: 1970 }), fc.integer({ min: 1, max: 9 })).map(([y, n]) => `{${y},${y + n}}`),
  fc.integer({ min: 1, max: 2000 }).map((y) => `-${pad(y, 4)}`),
);

const dateValue = fc.record(
  { edtf, text: words, calendar: fc.constantFrom(...CALENDARS) },
  { requiredKeys: ["edtf"] },
);

const coordinate = (max: number) => fc.integer({ min: -max * 10_000, max: max * 10_000 }).map((n) => n / 10_000);
const place = fc.oneof(
  fc.record({ name: text(40), modern_name: text(40), country: fc.constantFrom("DE", "AT", "RU", "PL", "UA", "KZ"), geonames_id: fc.integer({ min: 1, max: 9_999_999 }).map(String), wikidata_id: fc.integer({ min: 1, max: 9_999_999 }).map((n) => `Q${n}`) }, { requiredKeys: ["name"] }),
  fc.record({ name: text(40), lat: coordinate(90), lon: coordinate(180), precision: fc.constantFrom("exact", "street", "town") }, { requiredKeys: ["name", "lat", "lon"] }),
);

const LANGUAGES = ["en", "de", "ru", "yi", "pl", "und", "en-GB"] as const;
const localized = (max: number) =>
  fc.uniqueArray(fc.constantFrom(...LANGUAGES), { minLength: 1, maxLength: 3 }).chain((langs) => fc.tuple(...langs.map(() => text(max, true))).map((texts) => Object.fromEntries(langs.map((l, i) => [l, texts[i]!]))));

const SOURCE_IDS = ["s2", "f2", "garf-1", "S_3"];

function sourceOf(id: string) {
  return fc.record(
    {
      id: fc.constant(id),
      kind: fc.constantFrom(...SOURCE_KINDS),
      citation: text(120, true),
      title: text(40),
      author: text(30),
      year: fc.oneof(fc.integer({ min: 1800, max: 2025 }).map(String), text(15)),
      archive: fc.constantFrom("GARF", "RGASPI", "Bundesarchiv", "Archiv der Gedenkstätte"),
      fond: fc.oneof(fc.integer({ min: 1, max: 99999 }).map(String), text(8)),
      opis: fc.integer({ min: 1, max: 99 }).map(String),
      delo: fc.oneof(fc.constant("P-54560"), text(10)),
      list: fc.integer({ min: 1, max: 500 }).map(String),
      url: fc.constantFrom("https://example.org/a", "http://archive.example/file?id=3"),
      page: text(20),
      lang: fc.constantFrom("de", "ru", "en"),
      note: text(80, true),
    },
    { requiredKeys: ["id", "kind", "citation"] },
  );
}

const subset = (ids: string[], min = 0): fc.Arbitrary<string[]> => (ids.length ? fc.subarray(ids, { minLength: Math.min(min, ids.length) }) : fc.constant([]));

type EventInput = NonNullable<PersonDocumentInput["events"]>[number];

function eventOf(ids: string[]): fc.Arbitrary<EventInput> {
  const certainty = ids.length ? fc.constantFrom(...CERTAINTIES) : fc.constant("family_account" as const);
  return fc
    .tuple(
      fc
        .record({ type: fc.constantFrom(...EVENT_TYPES), date: dateValue, place, description: localized(60), agency: fc.constantFrom(...AGENCIES), agency_note: text(30) }, { requiredKeys: ["type"] })
        // "other" needs its name.
        .map((e) => (e.agency === "other" && !e.agency_note ? { ...e, agency_note: "Reichsgericht" } : e)),
      certainty,
      fc.array(fc.record({ date: dateValue, place, description: localized(40) }, { requiredKeys: [] }), { minLength: 1, maxLength: 2 }),
    )
    .chain(([event, c, alternatives]) =>
      subset(ids, c === "family_account" ? 0 : 1).chain((sources): fc.Arbitrary<EventInput> =>
        c === "disputed"
          ? (fc.tuple(...alternatives.map(() => subset(ids, 1))).map((altSources) => ({ ...event, certainty: c, sources, alternatives: alternatives.map((a, i) => ({ ...a, sources: altSources[i]! })) })) as fc.Arbitrary<EventInput>)
          : // A spelling in one source, or a refuted version with why, beside an undisputed fact.
            fc.tuple(fc.constantFrom(undefined, "spelling_variant", "refuted"), subset(ids, 1)).map(([status, altSources]) =>
              status && altSources.length
                ? ({ ...event, certainty: c, sources, alternatives: [{ ...alternatives[0]!, status, sources: altSources, ...(status === "refuted" ? { note: { en: "The file shows otherwise." } } : {}) }] } as EventInput)
                : ({ ...event, certainty: c, sources } as EventInput),
            ),
      ),
    );
}

function nameOf(ids: string[]) {
  return fc
    .record(
      {
        kind: fc.constantFrom(...NAME_KINDS),
        display: text(40),
        given: text(20),
        patronymic: text(20),
        family: text(20),
        script: fc.constantFrom("Latn", "Cyrl", "Hebr", "Grek"),
        lang: fc.constantFrom("de", "ru", "yi", "en", "und"),
        note: text(60, true),
        sources: subset(ids),
      },
      { requiredKeys: ["kind", "display"] },
    )
    // Often the display name holds the family name, as "Max Zucker" holds "Zucker".
    .chain((name) => fc.boolean().map((inside) => (inside && name.family ? { ...name, display: `${name.given ?? ""} ${name.family}`.trim() } : name)));
}

const memorialId = fc.stringMatching(/^[a-z0-9]{16}$/).map((s) => `mem_${s}`);
const mediaId = fc.stringMatching(/^[a-z0-9]{16}$/).map((s) => `med_${s}`);

export const arbitraryDocument: fc.Arbitrary<PersonDocumentInput> = fc.subarray(SOURCE_IDS).chain((ids) =>
  fc
    .record(
      {
        names: fc.tuple(fc.array(nameOf(ids), { minLength: 1, maxLength: 3 }), fc.nat()).map(([names, at]) => names.map((n, i) => (i === at % names.length ? { ...n, primary: true } : n))),
        sex: fc.constantFrom(...SEXES),
        events: fc.array(eventOf(ids), { maxLength: 3 }),
        biography: localized(200),
        sources: fc.tuple(...ids.map(sourceOf)),
        relations: fc.array(
          fc.oneof(
            fc.record({ type: fc.constantFrom(...RELATION_TYPES), name: text(40), memorial_id: memorialId, note: localized(60), certainty: fc.constantFrom("probable", "unknown"), sources: subset(ids) }, { requiredKeys: ["type", "name", "certainty"] }),
            fc.record({ type: fc.constantFrom(...RELATION_TYPES.filter((t) => t !== "possibly_same_as")), memorial_id: memorialId }),
          ),
          { maxLength: 2 },
        ),
        markers: fc.array(
          fc.record({ kind: fc.constantFrom(...MARKER_KINDS), inscription: text(80, true), address: text(40), place, installed: dateValue, note: localized(60), media_id: mediaId, sources: subset(ids) }, { requiredKeys: ["kind"] }),
          { maxLength: 1 },
        ),
        media: fc.uniqueArray(
          fc.record({ id: mediaId, caption: localized(60), credit: text(30), date: dateValue, source: text(60), licence: fc.constantFrom(...LICENCES), rights_confirmed: fc.constant(true as const) }, { requiredKeys: ["id", "licence", "rights_confirmed"] }),
          { maxLength: 1, selector: (m) => m.id },
        ),
        external_ids: fc.array(fc.record({ scheme: fc.constantFrom(...EXTERNAL_ID_SCHEMES), value: text(20), url: fc.constantFrom("https://example.org/id/1", "https://www.wikidata.org/wiki/Q1") }, { requiredKeys: ["scheme", "value"] }), { maxLength: 2 }),
        persecuted_by: fc.uniqueArray(fc.constantFrom(...PERSECUTORS), { minLength: 1 }),
        persecution_grounds: fc.uniqueArray(fc.constantFrom(...PERSECUTION_GROUNDS), { minLength: 1 }),
        nationalities: fc.array(text(20), { minLength: 1, maxLength: 3 }),
        organisations: fc.array(text(40), { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: ["names", "events", "sources", "relations", "markers", "media", "external_ids"] },
    )
    .map((doc) => ({ ...doc, sources: [...doc.sources] }) as PersonDocumentInput),
);
