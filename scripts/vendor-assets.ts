/**
 * `npm run vendor` — copies the browser assets the archive serves itself (no CDN) from
 * node_modules into public/vendor/: Leaflet's dist files, and Natural Earth country outlines
 * (world-atlas, 1:110m) as GeoJSON for maps when no tile server is configured. The outputs are
 * committed; run this again after upgrading either package. `--check` only verifies them.
 */
import { createHash } from "node:crypto";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { flag, ROOT } from "./lib/cli";

const LEAFLET = path.join(ROOT, "node_modules/leaflet/dist");
const VENDOR = path.join(ROOT, "public/vendor");

/** Two decimals (about 1 km) are plenty at the zoom levels where outlines are shown. */
function round(value: unknown): unknown {
  if (typeof value === "number") return Math.round(value * 100) / 100;
  return Array.isArray(value) ? value.map(round) : value;
}

type Position = [number, number];

/**
 * Rings that cross the antimeridian (Chukotka, Fiji) jump from +180 to −180 and would be drawn
 * as bands across the whole map; shifting the later points by 360° keeps each ring continuous.
 */
function unwrap(ring: Position[]): Position[] {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    const previous = ring[i - 1];
    if (previous && Math.abs(lon - previous[0]) > 180) shift += lon < previous[0] ? 360 : -360;
    return [lon + shift, lat];
  });
}

function unwrapGeometry(geometry: { type: string; coordinates: unknown }): unknown {
  if (geometry.type === "Polygon") return (geometry.coordinates as Position[][]).map(unwrap);
  if (geometry.type === "MultiPolygon") return (geometry.coordinates as Position[][][]).map((p) => p.map(unwrap));
  return geometry.coordinates;
}

async function outlines(): Promise<string> {
  const file = path.join(ROOT, "node_modules/world-atlas/countries-110m.json");
  const topology = JSON.parse(await readFile(file, "utf8")) as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.map((f) => ({
    type: "Feature",
    properties: {},
    geometry: f.geometry && {
      type: f.geometry.type,
      coordinates: round(unwrapGeometry(f.geometry as { type: string; coordinates: unknown })),
    },
  }));
  return JSON.stringify({ type: "FeatureCollection", features });
}

const digest = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

const geojson = await outlines();
const target = path.join(VENDOR, "world-110m.geojson");
if (flag("check")) {
  const files = ["leaflet.js", "leaflet.css"];
  const stale = [];
  for (const name of files) {
    const [ours, theirs] = await Promise.all([readFile(path.join(VENDOR, "leaflet", name)), readFile(path.join(LEAFLET, name))]);
    if (digest(ours) !== digest(theirs)) stale.push(`leaflet/${name}`);
  }
  if (digest(await readFile(target, "utf8")) !== digest(geojson)) stale.push("world-110m.geojson");
  if (stale.length) {
    console.error(`public/vendor is out of date (${stale.join(", ")}); run npm run vendor`);
    process.exit(1);
  }
  console.log("public/vendor matches node_modules.");
} else {
  await mkdir(path.join(VENDOR, "leaflet"), { recursive: true });
  for (const name of ["leaflet.js", "leaflet.css", "images"]) {
    await cp(path.join(LEAFLET, name), path.join(VENDOR, "leaflet", name), { recursive: true });
  }
  await cp(path.join(ROOT, "node_modules/leaflet/LICENSE"), path.join(VENDOR, "leaflet", "LICENSE"));
  await writeFile(target, geojson);
  console.log(`Copied Leaflet and ${(geojson.length / 1024).toFixed(0)} KB of country outlines into public/vendor/.`);
}
