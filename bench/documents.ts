/** One realistic generated person document (3–8 events, several name forms, biography). */
import { SCHEMA_VERSION, type PersonDocument } from "../src/domain/person-document";
import { NATIONALITIES, ORGANISATIONS, PLACES, pickName, russianSpelling, type Rng } from "./names";

type Event = PersonDocument["events"][number];
type PlaceTuple = readonly [string, string, string?];

const place = ([name, country, modern]: PlaceTuple) => ({ name, country, ...(modern ? { modern_name: modern } : {}) });
const event = (type: Event["type"], edtf: string, p?: PlaceTuple): Event => ({
  type, date: { edtf }, ...(p ? { place: place(p) } : {}), certainty: "documented", sources: ["s1"],
});
const month = (r: Rng, year: number) => `${year}-${String(r.int(1, 12)).padStart(2, "0")}`;

export function generateDocument(r: Rng): PersonDocument {
  const female = r.chance(0.3);
  const name = pickName(r, female);
  const display = `${name.given} ${name.family}`;
  const names: PersonDocument["names"] = [{ primary: true, kind: "other", display, given: name.given, family: name.family, script: "Latn" }];
  if (name.russian) {
    names.push({ kind: "transliteration", display: `${russianSpelling(name.given)} ${name.russian.cyrillic}`, script: "Cyrl", lang: "ru" });
    const other = name.family === name.russian.english ? name.russian.german : name.russian.english;
    names.push({ kind: "spelling_variant", display: `${name.given} ${other}`, script: "Latn" });
  } else if (r.chance(0.55)) {
    names.push({ kind: "transliteration", display: `${russianSpelling(name.given)} ${russianSpelling(name.family)}`, script: "Cyrl", lang: "ru" });
  }
  if (female && r.chance(0.4)) {
    const birth = pickName(r, true);
    names.push({ kind: "birth", display: `${name.given} ${birth.family}`, given: name.given, family: birth.family, script: "Latn" });
  }
  if (r.chance(0.15)) {
    const alias = pickName(r, female);
    names.push({ kind: r.pick(["alias", "pseudonym", "party_name"] as const), display: `${alias.given} ${alias.family}`, script: "Latn" });
  }

  const born = r.int(1875, 1925);
  const birthPlace = r.pick(PLACES.birth);
  const events: Event[] = [event("birth", r.chance(0.7) ? String(born) : `${born}~`, birthPlace)];
  const emigrated = r.int(1925, 1936);
  if (r.chance(0.8)) events.push(event("emigration", String(emigrated), r.pick(PLACES.soviet)));
  const arrested = r.int(Math.max(emigrated, 1936), 1941);
  const arrestPlace = r.pick(PLACES.soviet);
  events.push(event("arrest", month(r, arrested), arrestPlace));
  if (r.chance(0.5)) events.push(event("interrogation", month(r, arrested), arrestPlace));
  if (r.chance(0.7)) events.push(event("sentence", String(arrested), arrestPlace));
  const handedOver = r.chance(0.25);
  if (handedOver) {
    events.push(event("handover", month(r, r.int(1939, 1941)), ["Brest-Litovsk", "BY", "Brest"]));
    if (r.chance(0.6)) events.push(event("camp", String(r.int(1940, 1944)), r.pick(PLACES.nazi)));
  } else if (r.chance(0.6)) {
    events.push(event("camp", String(r.int(arrested, 1945)), r.pick(PLACES.camp)));
  }
  const fate = r.next();
  if (fate < 0.35) events.push(event("execution", month(r, r.int(arrested, 1942)), r.pick(PLACES.camp)));
  else if (fate < 0.75) events.push(event("death", String(r.int(arrested, 1950)), r.pick<PlaceTuple>(handedOver ? PLACES.nazi : PLACES.camp)));
  else events.push(event("survival", "1945"));
  if (events.length < 8 && r.chance(0.4)) events.push(event("rehabilitation", String(r.int(1955, 1992))));

  const markers: PersonDocument["markers"] = r.chance(0.1)
    ? [{ kind: r.pick(["stolperstein", "plaque"] as const), place: place(birthPlace), address: `${r.pick(["Haupt", "Linden", "Berg", "Garten"])}straße ${r.int(1, 120)}`, sources: ["s1"] }]
    : [];
  const organisation = r.pick(ORGANISATIONS);
  const biography = {
    en: `${display} was born in ${birthPlace[0]} in ${born}. A member of the ${organisation}, ${female ? "she" : "he"} emigrated to the Soviet Union in ${emigrated} and worked in ${arrestPlace[0]}. ${female ? "She" : "He"} was arrested by the NKVD in ${arrested}${handedOver ? " and handed over to the Gestapo at Brest-Litovsk" : ""}. The family kept ${female ? "her" : "his"} letters and a photograph.`,
    ...(r.chance(0.3) ? { de: `${display} wurde ${born} in ${birthPlace[0]} geboren und ${arrested} vom NKWD verhaftet.` } : {}),
  };
  return {
    schema_version: SCHEMA_VERSION,
    names,
    sex: female ? "female" : "male",
    events,
    biography,
    sources: [{ id: "s1", kind: "archive", citation: `GARF f. 10035, op. 1, d. P-${r.int(10000, 99999)}`, archive: "GARF", fond: "10035", opis: "1" }],
    relations: [],
    markers,
    media: [],
    external_ids: [],
    persecuted_by: handedOver ? ["soviet", "nazi"] : ["soviet"],
    nationalities: [r.pick(NATIONALITIES)],
    organisations: [organisation],
  };
}
