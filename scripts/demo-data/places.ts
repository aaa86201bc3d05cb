/**
 * A small gazetteer of well-known places. `place.name` always keeps the text's own wording
 * ("Brest Litovsk", "Stalinsk (now Novokuznetsk)"); the gazetteer adds the modern name, the
 * modern country (ISO 3166) and city-level coordinates where they are certain. Regions,
 * vanished states and vague phrases ("Soviet far north", "Gulag") get no coordinates.
 */
import type { Place } from "../../src/lib/person-document";

type Geo = Omit<Place, "name">;

const city = (modern_name: string, country: string, lat: number, lon: number): Geo => ({
  modern_name,
  country,
  lat,
  lon,
});

const GAZETTEER = {
  moscow: city("Moscow", "RU", 55.7558, 37.6173),
  butyrka: city("Butyrka prison, Moscow", "RU", 55.7558, 37.6173),
  leningrad: city("Saint Petersburg", "RU", 59.9343, 30.3351),
  brest: city("Brest, Belarus", "BY", 52.0976, 23.7341),
  lublin: city("Lublin", "PL", 51.2465, 22.5684),
  warsaw: city("Warsaw", "PL", 52.2297, 21.0122),
  breslau: city("Wrocław", "PL", 51.1079, 17.0385),
  auschwitz: city("Oświęcim (Auschwitz memorial site)", "PL", 50.0267, 19.2039),
  berlin: city("Berlin", "DE", 52.52, 13.405),
  vienna: city("Vienna", "AT", 48.2082, 16.3738),
  attnang: city("Attnang-Puchheim", "AT", 48.01, 13.72),
  ravensbrueck: city("Ravensbrück memorial site, Fürstenberg/Havel", "DE", 53.19, 13.17),
  buchenwald: city("Buchenwald memorial site, near Weimar", "DE", 51.0217, 11.2478),
  duesseldorf: city("Düsseldorf", "DE", 51.2277, 6.7735),
  munich: city("Munich", "DE", 48.1351, 11.582),
  leipzig: city("Leipzig", "DE", 51.3397, 12.3731),
  karaganda: city("Karaganda (Qaraghandy)", "KZ", 49.8047, 73.1094),
  kotlas: city("Kotlas", "RU", 61.25, 46.65),
  kizel: city("Kizel, Perm Krai", "RU", 59.05, 57.65),
  nizhny: city("Nizhny Novgorod", "RU", 56.3269, 44.0059),
  novokuznetsk: city("Novokuznetsk", "RU", 53.7557, 87.1099),
  prokopyevsk: city("Prokopyevsk", "RU", 53.8833, 86.7167),
  tomsk: city("Tomsk", "RU", 56.4977, 84.9744),
  novosibirsk: city("Novosibirsk", "RU", 55.0084, 82.9357),
  solovki: city("Solovetsky Islands", "RU", 65.0242, 35.7103),
  magadan: city("Magadan", "RU", 59.5612, 150.8301),
  kharkiv: city("Kharkiv", "UA", 49.9935, 36.2304),
  piraeus: city("Piraeus", "GR", 37.94, 23.65),
  athens: city("Athens", "GR", 37.9838, 23.7275),
  prinkipo: city("Büyükada, Istanbul", "TR", 40.86, 29.12),
  kolyma: { modern_name: "Kolyma region", country: "RU" },
  siberia: { modern_name: "Siberia", country: "RU" },
  kienthal: { modern_name: "Kiental, canton of Bern", country: "CH" },
  volgaGerman: { modern_name: "Saratov and Volgograd regions", country: "RU" },
  germany: { modern_name: "Germany", country: "DE" },
  poland: { country: "PL" },
  greece: { country: "GR" },
  norway: { country: "NO" },
  china: { country: "CN" },
} satisfies Record<string, Geo>;

type GazetteerKey = keyof typeof GAZETTEER;

/** Seed place strings → gazetteer entry, and where needed a clearer display name. */
const SEED_PLACES: Record<string, { geo?: GazetteerKey; name?: string }> = {
  Moscow: { geo: "moscow" },
  "Moscow (Hotel Lux)": { geo: "moscow" },
  "Moscow (NKVD prison)": { geo: "moscow" },
  "Moscow (in transit)": { geo: "moscow" },
  "International Lenin School, Moscow": { geo: "moscow" },
  Petrograd: { geo: "leningrad" },
  "Brest Litovsk": { geo: "brest" },
  "Brest Litovsk (bridge across the Bug River)": { geo: "brest" },
  "Brest-Litovsk (bridge across the Bug River)": { geo: "brest" },
  Lublin: { geo: "lublin" },
  "Lublin prison": { geo: "lublin" },
  "Lublin Prison": { geo: "lublin" },
  Warsaw: { geo: "warsaw" },
  "Warsaw Ghetto": { geo: "warsaw" },
  "Warsaw Ghetto (in the street)": { geo: "warsaw" },
  Breslau: { geo: "breslau" },
  Auschwitz: { geo: "auschwitz" },
  "Auschwitz concentration camp": { geo: "auschwitz" },
  Berlin: { geo: "berlin" },
  "Berlin (Soviet Trade Representation)": { geo: "berlin" },
  "Gelzenkirchen; Berlin": { geo: "berlin", name: "Berlin" },
  "Attnang-Puchheim": { geo: "attnang" },
  Ravensbrück: { geo: "ravensbrueck" },
  "Ravensbrück concentration camp": { geo: "ravensbrueck" },
  "Buchenwald concentration camp": { geo: "buchenwald" },
  "Düsseldorf Prison": { geo: "duesseldorf" },
  Munich: { geo: "munich" },
  Leipzig: { geo: "leipzig" },
  Karaganda: { geo: "karaganda" },
  Kotlas: { geo: "kotlas" },
  "Kizel, Perm region (Mikhail Kalinin mine)": { geo: "kizel" },
  // "Lower Novgorod" is a literal rendering of Nizhny ("lower") Novgorod.
  "Lower Novgorod car factory": { geo: "nizhny" },
  "Stalinsk (now Novokuznetsk)": { geo: "novokuznetsk" },
  Prokopyevsk: { geo: "prokopyevsk" },
  "University of Tomsk": { geo: "tomsk" },
  Kharkiv: { geo: "kharkiv" },
  Piraeus: { geo: "piraeus" },
  Athens: { geo: "athens" },
  Prinkipo: { geo: "prinkipo" },
  Siberia: { geo: "siberia" },
  Kienthal: { geo: "kienthal" },
  "Volga German republic": { geo: "volgaGerman" },
  "East Germany": { geo: "germany" },
  "German Reich": { geo: "germany" },
  Poland: { geo: "poland" },
  Greece: { geo: "greece" },
  Norway: { geo: "norway" },
  China: { geo: "china" },
  // Places the gazetteer deliberately leaves without modern name or coordinates.
  "Soviet Union": {},
  USSR: {},
  "Soviet far north": {},
  "Austria-Hungary": {},
  Yugoslavia: {},
  Gulag: {},
  "internal prison of the NKVD": {},
  "on a train": {},
  border: { name: "the border (not named in the text)" },
  "Czechoslovakia; Soviet Union": { name: "Czechoslovakia, then the Soviet Union" },
  "Prague; Oslo": { name: "Prague, then Oslo" },
};

/** Seed place strings the gazetteer did not know; the converter reports them. */
export const unknownPlaces = new Set<string>();

/**
 * @example toPlace("Brest Litovsk") // { name: "Brest Litovsk", modern_name: "Brest, Belarus", country: "BY", lat: 52.0976, lon: 23.7341 }
 */
export function toPlace(seedName: string): Place {
  const entry = SEED_PLACES[seedName];
  if (!entry) unknownPlaces.add(seedName);
  const geo = entry?.geo ? GAZETTEER[entry.geo] : {};
  return { name: entry?.name ?? seedName, ...geo };
}

/** A gazetteer place under a name of our choosing (used for markers). */
export function namedPlace(name: string, key: GazetteerKey): Place {
  return { name, ...GAZETTEER[key] };
}
