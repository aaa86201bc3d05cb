import { coveringTiles, isTileTemplate } from "../../../platform/views/map-tiles";
import type { Place } from "../../../domain/person-document";
import { useAppContext, useI18n } from "../../../platform/views/i18n";
import { numberFormat } from "../../../domain/intl";

const WIDTH = 320;
const HEIGHT = 180;
const ZOOM = 15;

/** Coordinates in the reader's number format, to five decimals (about a metre). */
function formatCoordinate(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 5 }).format(value);
}

/**
 * A small map of one point with no script: the tiles of the configured tile server drawn in an
 * SVG, a dot on the point, the coordinates as text and a link to the archive's map. Without a
 * tile server only the text and the link remain.
 */
export function MiniMap({ place, label }: { place: Place; label: string }) {
  const { t, locale } = useI18n();
  const c = useAppContext();
  if (place.lat === undefined || place.lon === undefined) return null;
  const template = c.env.TILE_URL;
  const tiles = isTileTemplate(template) ? coveringTiles(template, place.lat, place.lon, ZOOM, WIDTH, HEIGHT) : [];
  const coordinates = t("memorials:page.coordinates", {
    lat: formatCoordinate(place.lat, locale),
    lon: formatCoordinate(place.lon, locale),
  });
  return (
    <div class="mini-map">
      {tiles.length > 0 ? (
        <svg
          class="mini-map__image"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width={WIDTH}
          height={HEIGHT}
          role="img"
          aria-label={t("memorials:page.miniMapLabel", { place: label })}
        >
          {tiles.map((tile) => (
            <image href={tile.url} x={tile.x} y={tile.y} width="256" height="256" />
          ))}
          <circle cx={WIDTH / 2} cy={HEIGHT / 2} r="7" class="mini-map__dot" />
        </svg>
      ) : null}
      <p class="mini-map__text">
        {t("memorials:page.location")}: {coordinates} ·{" "}
        <a href={`/map?at=${place.lat},${place.lon}`}>{t("memorials:page.showOnMap")}</a>
        {tiles.length > 0 && c.env.TILE_ATTRIBUTION ? <span class="mini-map__credit"> · {c.env.TILE_ATTRIBUTION}</span> : null}
      </p>
    </div>
  );
}
