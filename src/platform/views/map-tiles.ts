/**
 * Web Mercator tile arithmetic for the small static maps on memorial pages: which tiles of a
 * slippy-map server ({z}/{x}/{y} URL template, as Leaflet uses) cover a window centred on a
 * point, and where each tile sits inside that window. No script is needed to show the result.
 */

const TILE_SIZE = 256;

export interface TilePlacement {
  url: string;
  /** Offset of the tile's top-left corner inside the window, in pixels. */
  x: number;
  y: number;
}

/** A tile URL template is usable when it is an https address with {z}, {x} and {y}. */
export function isTileTemplate(template: string | undefined): template is string {
  return !!template && /^https:\/\/[^\s]+$/.test(template) && ["{z}", "{x}", "{y}"].every((p) => template.includes(p));
}

/** The origin of a tile template, for the Content-Security-Policy; "" when there is none. */
export function tileOrigin(template: string | undefined): string {
  if (!isTileTemplate(template)) return "";
  try {
    // Subdomain placeholders ({s}) become a wildcard host.
    const placeholder = "tile-subdomain.";
    const url = new URL(template.replace("{s}.", placeholder));
    return url.host.startsWith(placeholder)
      ? `${url.protocol}//*.${url.host.slice(placeholder.length)}`
      : url.origin;
  } catch {
    return "";
  }
}

/** World pixel coordinates of a point at a zoom level. */
export function project(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const scale = TILE_SIZE * 2 ** zoom;
  const clamped = Math.max(-85.05112878, Math.min(85.05112878, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * scale,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  };
}

/**
 * The tiles that fill a `width` × `height` window centred on the point.
 * @example coveringTiles("https://t.example/{z}/{x}/{y}.png", 52.52, 13.405, 15, 320, 200)
 */
export function coveringTiles(
  template: string,
  lat: number,
  lon: number,
  zoom: number,
  width: number,
  height: number,
): TilePlacement[] {
  const centre = project(lat, lon, zoom);
  const left = centre.x - width / 2;
  const top = centre.y - height / 2;
  const count = 2 ** zoom;
  const tiles: TilePlacement[] = [];
  for (let ty = Math.floor(top / TILE_SIZE); ty <= Math.floor((top + height - 1) / TILE_SIZE); ty++) {
    if (ty < 0 || ty >= count) continue;
    for (let tx = Math.floor(left / TILE_SIZE); tx <= Math.floor((left + width - 1) / TILE_SIZE); tx++) {
      const wrapped = ((tx % count) + count) % count;
      tiles.push({
        url: template
          .replace("{s}", "a")
          .replace("{r}", "")
          .replace("{z}", String(zoom))
          .replace("{x}", String(wrapped))
          .replace("{y}", String(ty)),
        x: Math.round(tx * TILE_SIZE - left),
        y: Math.round(ty * TILE_SIZE - top),
      });
    }
  }
  return tiles;
}
