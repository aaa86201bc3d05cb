/**
 * Where a point goes on the map, and how precise it is. A place or a physical memorial with its
 * own coordinates is drawn there; one that only names its town is drawn at the town's centre,
 * taken from the archive's base map (Natural Earth's populated places, public/vendor/), and is
 * marked as such: a town centre is not an address.
 *
 * Issue 19 adds a `precision` to the person document's places; until then it is derived here
 * (`derivedPrecision`), and everything that draws points takes a precision value.
 */
import TOWNS from "../../../public/vendor/basemap-places.json";
import { searchFold } from "../../domain/names/name-fold";

/** exact: the spot itself (an address, a stone); street: the street; town: somewhere in the town. */
export const MAP_PRECISIONS = ["exact", "street", "town"] as const;
export type MapPrecision = (typeof MAP_PRECISIONS)[number];

export interface Located {
  lat: number;
  lon: number;
  precision: MapPrecision;
  /** True when the coordinates are the town's centre from the base map, not the document's. */
  townCentre: boolean;
}

/** [name, German name or "", Russian name or "", country, lat, lon, rank] (scripts/basemap.ts). */
type TownRow = [string, string, string, string, number, number, number];

const fold = (name: string) => searchFold(name.normalize("NFC").trim()).replace(/\s+/g, " ");

let index: Map<string, TownRow[]> | null = null;

function towns(): Map<string, TownRow[]> {
  if (index) return index;
  index = new Map();
  for (const row of TOWNS as TownRow[]) {
    for (const name of [row[0], row[1], row[2]]) {
      if (!name) continue;
      const key = fold(name);
      const list = index.get(key) ?? [];
      if (!list.includes(row)) list.push(row);
      index.set(key, list);
    }
  }
  return index;
}

/** The names a place may be known by: as written, and without "(now …)" or ", region". */
function candidates(name: string): string[] {
  const now = /\(\s*(?:now|heute|ныне|сейчас)\s+([^)]+)\)/i.exec(name)?.[1];
  const plain = name.replace(/\(.*?\)/g, "").split(",")[0] ?? name;
  return [...new Set([now, name, plain].filter((n): n is string => !!n && n.trim().length > 0))];
}

/**
 * The centre of a town named `name` (in any of English, German or Russian as Natural Earth
 * spells them), in `country` when it is known; the most important town of that name otherwise.
 * @example findTown("Engels", "RU") // { lat: 51.5, lon: 46.12 }
 */
export function findTown(name: string, country?: string | null): { lat: number; lon: number } | null {
  for (const candidate of candidates(name)) {
    const rows = towns().get(fold(candidate));
    if (!rows) continue;
    const row = (country ? rows.filter((r) => r[3] === country) : rows).sort((a, b) => a[6] - b[6])[0];
    if (row) return { lat: row[4], lon: row[5] };
  }
  return null;
}

export interface PointSource {
  kind: "place" | "marker";
  lat: number | null;
  lon: number | null;
  /** For a marker: the street address written on it. */
  address?: string | null;
  /** The town's names to look up when there are no coordinates, best first. */
  names: Array<string | null | undefined>;
  country?: string | null;
}

/**
 * Until places carry their own precision (issue 19): a physical memorial's own coordinates are
 * its spot; a place of an event names a town, so its coordinates stand for the town.
 */
export function derivedPrecision(source: PointSource): MapPrecision {
  return source.kind === "marker" && source.lat !== null ? "exact" : "town";
}

/** Where to draw a point and how precisely, or null when it cannot be placed at all. */
export function locate(source: PointSource, precision: MapPrecision = derivedPrecision(source)): Located | null {
  if (source.lat !== null && source.lon !== null) return { lat: source.lat, lon: source.lon, precision, townCentre: false };
  for (const name of source.names) {
    const town = name ? findTown(name, source.country) : null;
    if (town) return { ...town, precision: "town", townCentre: true };
  }
  return null;
}
