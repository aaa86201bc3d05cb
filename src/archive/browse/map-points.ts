/**
 * Where a point goes on the map, and how precise it is. A place or a physical memorial with its
 * own coordinates is drawn there; one that only names its town is drawn at the town's centre,
 * taken from the archive's base map (GeoNames' towns, public/vendor/basemap-places.json, with
 * their other names in basemap-aliases.json; scripts/basemap.ts), and is marked as such: a town
 * centre is not an address.
 *
 * Issue 19 adds a `precision` to the person document's places; until then it is derived here
 * (`derivedPrecision`), and everything that draws points takes a precision value.
 */
import TOWNS from "../../../public/vendor/basemap-places.json";
import ALIASES from "./basemap-aliases.json";
import { townKey } from "./town-key";

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

/** Towns by the key of their own names, and by the key of their other and former names. */
interface TownIndex {
  names: Map<string, TownRow[]>;
  aliases: Map<string, TownRow[]>;
}

let index: TownIndex | null = null;

function add(map: Map<string, TownRow[]>, name: string, row: TownRow) {
  if (!name) return;
  const key = townKey(name);
  const list = map.get(key) ?? [];
  if (!list.includes(row)) list.push(row);
  map.set(key, list);
}

function towns(): TownIndex {
  if (index) return index;
  index = { names: new Map(), aliases: new Map() };
  const rows = TOWNS as TownRow[];
  rows.forEach((row, i) => {
    for (const name of [row[0], row[1], row[2]]) add(index!.names, name, row);
    // basemap-aliases.json is written with the towns, row for row (scripts/basemap.ts).
    for (const name of ALIASES[i] ?? []) add(index!.aliases, name, row);
  });
  return index;
}

/** The most important of these towns, in `country` when it is known. */
function mostImportant(rows: TownRow[] | undefined, country?: string | null): TownRow | undefined {
  return (rows ?? []).filter((r) => !country || r[3] === country).sort((a, b) => a[6] - b[6])[0];
}

/** The names a place may be known by: as written, and without "(now …)" or ", region". */
function candidates(name: string): string[] {
  const now = /\(\s*(?:now|heute|ныне|сейчас)\s+([^)]+)\)/i.exec(name)?.[1];
  const plain = name.replace(/\(.*?\)/g, "").split(",")[0] ?? name;
  return [...new Set([now, name, plain].filter((n): n is string => !!n && n.trim().length > 0))];
}

/**
 * The centre of a town named `name`, in `country` when it is known; the most important town of
 * that name otherwise. A town's own name (as GeoNames spells it) comes before the names others
 * use or used for a town (Wien, Workuta, Караганда, Stalinsk): "Pokrovsk" is the town of that
 * name, and Engels only where no town of the country is called so today.
 * @example findTown("Engels", "RU") // { lat: 51.48, lon: 46.11 }
 */
export function findTown(name: string, country?: string | null): { lat: number; lon: number } | null {
  const { names, aliases } = towns();
  for (const candidate of candidates(name)) {
    const key = townKey(candidate);
    const row = mostImportant(names.get(key), country) ?? mostImportant(aliases.get(key), country);
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
