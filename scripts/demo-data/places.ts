/**
 * Places: one name per place, and only places the texts name.
 *
 * The seed spells one place several ways ("Brest Litovsk", "Brest-Litovsk (bridge across the
 * Bug River)"; "Ravensbrück", "Ravensbrück concentration camp"). Each seed string points at one
 * entry of PLACES, and every event at that place gets the entry's one name, so a place never
 * appears twice under two spellings on a page, the map or the places index. A spot within a
 * place (the Bug bridge, a street) belongs in the event's description.
 *
 * Seed strings that are not places ("on a train", "border": the text names no border crossing)
 * give no place at all; what the text says stays in the description.
 *
 * The gazetteer adds the modern name, the modern country (ISO 3166) and city-level coordinates
 * where they are certain. Regions, vanished states and vague phrases get no coordinates.
 */
import type { Place } from "../../src/domain/person-document";

type Geo = Omit<Place, "name">;

const city = (modern_name: string, country: string, lat: number, lon: number): Geo => ({
  modern_name,
  country,
  lat,
  lon,
});

/** Each place once, under the name the memorial pages show. */
const PLACES = {
  moscow: { name: "Moscow", ...city("Moscow", "RU", 55.7558, 37.6173) },
  hotelLux: { name: "Moscow (Hotel Lux)", ...city("Moscow", "RU", 55.7558, 37.6173) },
  moscowNkvdPrison: { name: "Moscow (NKVD prison)", ...city("Moscow", "RU", 55.7558, 37.6173) },
  leninSchool: { name: "International Lenin School, Moscow", ...city("Moscow", "RU", 55.7558, 37.6173) },
  petrograd: { name: "Petrograd", ...city("Saint Petersburg", "RU", 59.9343, 30.3351) },
  brest: { name: "Brest-Litovsk", ...city("Brest, Belarus", "BY", 52.0976, 23.7341) },
  lublin: { name: "Lublin", ...city("Lublin", "PL", 51.2465, 22.5684) },
  lublinPrison: { name: "Lublin prison", ...city("Lublin", "PL", 51.2465, 22.5684) },
  warsaw: { name: "Warsaw", ...city("Warsaw", "PL", 52.2297, 21.0122) },
  warsawGhetto: { name: "Warsaw Ghetto", ...city("Warsaw", "PL", 52.2297, 21.0122) },
  breslau: { name: "Breslau", ...city("Wrocław", "PL", 51.1079, 17.0385) },
  auschwitz: {
    name: "Auschwitz concentration camp",
    ...city("Oświęcim (Auschwitz memorial site)", "PL", 50.0267, 19.2039),
  },
  berlin: { name: "Berlin", ...city("Berlin", "DE", 52.52, 13.405) },
  sovietTradeMission: { name: "Berlin (Soviet Trade Representation)", ...city("Berlin", "DE", 52.52, 13.405) },
  attnang: { name: "Attnang-Puchheim", ...city("Attnang-Puchheim", "AT", 48.01, 13.72) },
  ravensbrueck: {
    name: "Ravensbrück concentration camp",
    ...city("Ravensbrück memorial site, Fürstenberg/Havel", "DE", 53.19, 13.17),
  },
  buchenwald: {
    name: "Buchenwald concentration camp",
    ...city("Buchenwald memorial site, near Weimar", "DE", 51.0217, 11.2478),
  },
  duesseldorfPrison: { name: "Düsseldorf Prison", ...city("Düsseldorf", "DE", 51.2277, 6.7735) },
  munich: { name: "Munich", ...city("Munich", "DE", 48.1351, 11.582) },
  leipzig: { name: "Leipzig", ...city("Leipzig", "DE", 51.3397, 12.3731) },
  karaganda: { name: "Karaganda", ...city("Karaganda (Qaraghandy)", "KZ", 49.8047, 73.1094) },
  kotlas: { name: "Kotlas", ...city("Kotlas", "RU", 61.25, 46.65) },
  kizel: { name: "Kizel, Perm region (Mikhail Kalinin mine)", ...city("Kizel, Perm Krai", "RU", 59.05, 57.65) },
  // "Lower Novgorod" is a literal rendering of Nizhny ("lower") Novgorod.
  lowerNovgorod: {
    name: "Lower Novgorod car factory",
    ...city("Nizhny Novgorod", "RU", 56.3269, 44.0059),
  },
  stalinsk: { name: "Stalinsk", ...city("Novokuznetsk", "RU", 53.7557, 87.1099) },
  prokopyevsk: { name: "Prokopyevsk", ...city("Prokopyevsk", "RU", 53.8833, 86.7167) },
  tomsk: { name: "University of Tomsk", ...city("Tomsk", "RU", 56.4977, 84.9744) },
  kharkiv: { name: "Kharkiv", ...city("Kharkiv", "UA", 49.9935, 36.2304) },
  piraeus: { name: "Piraeus", ...city("Piraeus", "GR", 37.94, 23.65) },
  athens: { name: "Athens", ...city("Athens", "GR", 37.9838, 23.7275) },
  prinkipo: { name: "Prinkipo", ...city("Büyükada, Istanbul", "TR", 40.86, 29.12) },
  siberia: { name: "Siberia", modern_name: "Siberia", country: "RU" },
  kienthal: { name: "Kienthal", modern_name: "Kiental, canton of Bern", country: "CH" },
  volgaGerman: {
    name: "Volga German republic",
    modern_name: "Saratov and Volgograd regions",
    country: "RU",
  },
  eastGermany: { name: "East Germany", modern_name: "Germany", country: "DE" },
  germanReich: { name: "German Reich", modern_name: "Germany", country: "DE" },
  poland: { name: "Poland", country: "PL" },
  greece: { name: "Greece", country: "GR" },
  norway: { name: "Norway", country: "NO" },
  china: { name: "China", country: "CN" },
  sovietUnion: { name: "Soviet Union" },
  sovietFarNorth: { name: "Soviet far north" },
  austriaHungary: { name: "Austria-Hungary" },
  yugoslavia: { name: "Yugoslavia" },
  nkvdInternalPrison: { name: "internal prison of the NKVD" },
  fabischRoute: { name: "Czechoslovakia, then the Soviet Union" },
  heldRoute: { name: "Prague, then Oslo" },
} satisfies Record<string, Place>;

export type PlaceKey = keyof typeof PLACES;

/**
 * Seed place strings → a place, or `null` for strings that name no place. A seed string missing
 * here stops the converter.
 */
const SEED_PLACES: Record<string, PlaceKey | null> = {
  Moscow: "moscow",
  // "in transit" says why he was there, not where.
  "Moscow (in transit)": "moscow",
  "Moscow (Hotel Lux)": "hotelLux",
  "Moscow (NKVD prison)": "moscowNkvdPrison",
  "International Lenin School, Moscow": "leninSchool",
  Petrograd: "petrograd",
  "Brest Litovsk": "brest",
  "Brest Litovsk (bridge across the Bug River)": "brest",
  "Brest-Litovsk (bridge across the Bug River)": "brest",
  Lublin: "lublin",
  "Lublin prison": "lublinPrison",
  "Lublin Prison": "lublinPrison",
  Warsaw: "warsaw",
  "Warsaw Ghetto": "warsawGhetto",
  // "in the street" is how he died, not another place.
  "Warsaw Ghetto (in the street)": "warsawGhetto",
  Breslau: "breslau",
  Auschwitz: "auschwitz",
  "Auschwitz concentration camp": "auschwitz",
  Berlin: "berlin",
  "Berlin (Soviet Trade Representation)": "sovietTradeMission",
  // He moved from "Gelzenkirchen" to Berlin; the event is the move, its place Berlin.
  "Gelzenkirchen; Berlin": "berlin",
  "Attnang-Puchheim": "attnang",
  Ravensbrück: "ravensbrueck",
  "Ravensbrück concentration camp": "ravensbrueck",
  "Buchenwald concentration camp": "buchenwald",
  "Düsseldorf Prison": "duesseldorfPrison",
  Munich: "munich",
  Leipzig: "leipzig",
  Karaganda: "karaganda",
  Kotlas: "kotlas",
  "Kizel, Perm region (Mikhail Kalinin mine)": "kizel",
  "Lower Novgorod car factory": "lowerNovgorod",
  "Stalinsk (now Novokuznetsk)": "stalinsk",
  Prokopyevsk: "prokopyevsk",
  "University of Tomsk": "tomsk",
  Kharkiv: "kharkiv",
  Piraeus: "piraeus",
  Athens: "athens",
  Prinkipo: "prinkipo",
  Siberia: "siberia",
  Kienthal: "kienthal",
  "Volga German republic": "volgaGerman",
  "East Germany": "eastGermany",
  "German Reich": "germanReich",
  Poland: "poland",
  Greece: "greece",
  Norway: "norway",
  China: "china",
  "Soviet Union": "sovietUnion",
  USSR: "sovietUnion",
  "Soviet far north": "sovietFarNorth",
  "Austria-Hungary": "austriaHungary",
  Yugoslavia: "yugoslavia",
  "internal prison of the NKVD": "nkvdInternalPrison",
  "Czechoslovakia; Soviet Union": "fabischRoute",
  "Prague; Oslo": "heldRoute",
  // Not places: the texts name no border crossing, a train is not on any map, and "the Gulag"
  // is the camp system. The descriptions keep the words.
  border: null,
  "on a train": null,
  Gulag: null,
};

/** Seed place strings the converter did not know; it reports them and writes nothing. */
export const unknownPlaces = new Set<string>();

/**
 * The place a seed string names, or undefined when it names none.
 * @example toPlace("Brest Litovsk")?.name === "Brest-Litovsk"; toPlace("border") === undefined
 */
export function toPlace(seedName: string): Place | undefined {
  const key = SEED_PLACES[seedName];
  if (key === undefined) {
    unknownPlaces.add(seedName);
    return { name: seedName };
  }
  return key === null ? undefined : { ...PLACES[key] };
}

/** A place of the gazetteer, e.g. for an alternative version of a disputed fact. */
export function placeByKey(key: PlaceKey): Place {
  return { ...PLACES[key] };
}

/** Every place the converter can write, for the checks in the tests. */
export function allPlaces(): Place[] {
  return Object.values(PLACES).map((p) => ({ ...p }));
}
