/**
 * `npm run basemap -- --source DIR` — derives the archive's own base map for Europe and the
 * former USSR from Natural Earth (public domain) GeoJSON files in DIR:
 *   ne_10m_populated_places.json       → public/vendor/basemap-places.json (towns, 1:10m)
 *   ne_50m_rivers_lake_centerlines.json,
 *   ne_50m_lakes.json                  → public/vendor/basemap-water.json (rivers, lakes, 1:50m)
 * Maps draw them over the country outlines when no tile server is set, and the server uses the
 * towns to place points that have a town's name but no coordinates (src/archive/browse/map-points.ts).
 * The outputs are committed; Natural Earth's rivers and populated places are not published as npm
 * packages (docs/decisions.md, "The base map"), so the files are the source of truth and this
 * script documents how they were made. `--check` verifies them against DIR instead of writing.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { flag, option, ROOT } from "./lib/cli";

/** West of Ireland to the Bering Strait, the Mediterranean to the Arctic coast. */
const BOX = { west: -12, east: 180, south: 34, north: 78 };

/** Countries where the archive's people lived, fled, were held or handed over. */
const COUNTRIES = new Set(
  "AT AM AZ BE BG BY CH CZ DE DK EE FI FR GB GE HR HU IT KG KZ LT LU LV MD MN NL NO PL RO RS RU SE SI SK TJ TM UA UZ".split(" "),
);

type Position = [number, number];
interface Feature {
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates: unknown } | null;
}

/** Two decimals (about 1 km) are plenty at the zoom levels where the base map is shown. */
const round = (value: number) => Math.round(value * 100) / 100;
const inBox = ([lon, lat]: Position) => lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north;

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

async function features(source: string, file: string): Promise<Feature[]> {
  const text = await readFile(path.join(source, file), "utf8");
  return (JSON.parse(text) as { features: Feature[] }).features.filter((f) => f.geometry);
}

/** [name, German name or "", Russian name or "", country, lat, lon, rank (0 = most important)]. */
export type BasemapPlace = [string, string, string, string, number, number, number];

async function places(source: string): Promise<BasemapPlace[]> {
  const rows: BasemapPlace[] = [];
  for (const f of await features(source, "ne_10m_populated_places.json")) {
    const p = f.properties ?? {};
    const country = String(p.ISO_A2 ?? "");
    const [lon, lat] = f.geometry!.coordinates as Position;
    if (!COUNTRIES.has(country) || !inBox([lon, lat])) continue;
    const name = String(p.NAME_EN ?? p.NAME);
    const other = (value: unknown) => (typeof value === "string" && value && value !== name ? value : "");
    rows.push([name, other(p.NAME_DE), other(p.NAME_RU), country, round(lat), round(lon), Number(p.SCALERANK ?? 10)]);
  }
  return rows.sort((a, b) => a[6] - b[6] || a[0].localeCompare(b[0]));
}

function lines(geometry: Feature["geometry"]): Position[][] {
  if (geometry?.type === "LineString") return [geometry.coordinates as Position[]];
  if (geometry?.type === "MultiLineString") return geometry.coordinates as Position[][];
  if (geometry?.type === "Polygon") return geometry.coordinates as Position[][];
  if (geometry?.type === "MultiPolygon") return (geometry.coordinates as Position[][][]).flat();
  return [];
}

async function water(source: string) {
  const rivers = (await features(source, "ne_50m_rivers_lake_centerlines.json"))
    .filter((f) => lines(f.geometry).some((l) => l.some(inBox)))
    .map((f) => ({
      type: "Feature",
      properties: { name: f.properties?.name ?? null, rank: f.properties?.scalerank ?? null },
      geometry: { type: "MultiLineString", coordinates: lines(f.geometry).map(simplify).filter((l) => l.length > 1) },
    }));
  // Only the larger lakes (rank 0–3: Ladoga, Onega, Baikal, Balkhash …); small ones are specks.
  const lakes = (await features(source, "ne_50m_lakes.json"))
    .filter((f) => Number(f.properties?.scalerank ?? 9) <= 3 && lines(f.geometry).some((l) => l.some(inBox)))
    .map((f) => {
      const polygons = f.geometry!.type === "Polygon" ? [f.geometry!.coordinates as Position[][]] : (f.geometry!.coordinates as Position[][][]);
      return {
        type: "Feature",
        properties: { name: f.properties?.name ?? null, lake: true },
        geometry: { type: "MultiPolygon", coordinates: polygons.map((p) => p.map(simplify).filter((ring) => ring.length > 3)) },
      };
    });
  return { type: "FeatureCollection", features: [...lakes, ...rivers] };
}

const source = option("source");
if (!source) {
  console.error("Usage: npm run basemap -- --source DIR (a folder with Natural Earth's GeoJSON files) [--check]");
  process.exit(2);
}
const outputs: Array<[string, string]> = [
  ["public/vendor/basemap-places.json", JSON.stringify(await places(source))],
  ["public/vendor/basemap-water.json", JSON.stringify(await water(source))],
];
if (flag("check")) {
  const stale = [];
  for (const [file, text] of outputs) if ((await readFile(path.join(ROOT, file), "utf8").catch(() => "")) !== text) stale.push(file);
  if (stale.length) {
    console.error(`Out of date: ${stale.join(", ")}; run npm run basemap -- --source ${source}`);
    process.exit(1);
  }
  console.log("The base map files match the Natural Earth source.");
} else {
  for (const [file, text] of outputs) {
    await writeFile(path.join(ROOT, file), text);
    console.log(`${file}: ${(text.length / 1024).toFixed(0)} KB`);
  }
}
