import { jsonForScript } from "../../codecs/json-script";
import { isTileTemplate } from "../../platform/views/map-tiles";
import { locate, MAP_PRECISIONS } from "./map-points";
import { useAppContext, useI18n } from "../../platform/views/i18n";
import { BrowseTrail } from "./components/memorial-list";
import type { PlaceCount } from "./facets.queries";
import type { MarkerRow } from "./map.queries";
import { otherNames, placeHref } from "./places.pages";
import { collator as collatorFor } from "../../domain/intl";

export interface MapProps {
  places: PlaceCount[];
  markers: MarkerRow[];
  focus: { lat: number; lon: number } | null;
}

/** A place or marker with where the map puts it (null: it cannot be placed). */
function placedPoints({ places, markers }: Pick<MapProps, "places" | "markers">) {
  return {
    places: places.map((p) => ({ place: p, at: locate({ kind: "place", lat: p.lat, lon: p.lon, names: [p.key, ...otherNames(p)], country: p.country }) })),
    markers: markers.map((m) => ({
      marker: m,
      at: locate({ kind: "marker", lat: m.lat, lon: m.lon, address: m.address, names: [m.placeModernName, m.placeName], country: m.placeCountry }),
    })),
  };
}

/** The base map's sources, on the map itself (Leaflet's corner); the page says it in words. */
const BASEMAP_ATTRIBUTION = "GeoNames (CC BY 4.0), Natural Earth";
const SOURCES = {
  geonames: "https://www.geonames.org/",
  ccBy: "https://creativecommons.org/licenses/by/4.0/",
  naturalEarth: "https://www.naturalearthdata.com/",
};

/**
 * What the base map is made of and under which licence (GeoNames asks for attribution, CC BY
 * 4.0, and for changes to be indicated); shown with the map when no tile server is configured.
 */
function BasemapSources() {
  const { t } = useI18n();
  const link = (href: string, text: string) => <a href={href} rel="noreferrer">{text}</a>;
  return (
    <p class="map__outlines muted" hidden>
      {t("browse:map.outlines")} {t("browse:map.sources.towns")}: {link(SOURCES.geonames, "GeoNames")} ({link(SOURCES.ccBy, "CC BY 4.0")};{" "}
      {t("browse:map.sources.selection")}); {t("browse:map.sources.physical")}: {link(SOURCES.naturalEarth, "Natural Earth")} (
      {t("browse:map.sources.publicDomain")}).
    </p>
  );
}

/** What the map script draws; every label is already translated, and no HTML travels in it. */
function useMapData(props: MapProps) {
  const { t, locale } = useI18n();
  const c = useAppContext();
  const tiles = isTileTemplate(c.env.TILE_URL) ? c.env.TILE_URL : null;
  const { places, markers } = placedPoints(props);
  return {
    tiles,
    attribution: tiles ? c.env.TILE_ATTRIBUTION || null : BASEMAP_ATTRIBUTION,
    outlines: tiles ? null : "/vendor/world-110m.geojson",
    // The archive's own base map (scripts/basemap.ts): rivers, lakes and towns over the outlines.
    basemap: tiles ? null : { water: "/vendor/basemap-water.json", towns: "/vendor/basemap-places.json" },
    lang: locale,
    focus: props.focus,
    places: places.flatMap(({ place: p, at }) =>
      at
        ? [{ name: p.key, others: otherNames(p), lat: at.lat, lon: at.lon, precision: at.precision, townCentre: at.townCentre, count: t("browse:count", { count: p.n }), href: placeHref(p.key) }]
        : [],
    ),
    markers: markers.flatMap(({ marker: m, at }) =>
      at
        ? [{
            kind: t(`memorials:markerKinds.${m.kind}`),
            address: m.address ?? m.placeName ?? "",
            lat: at.lat,
            lon: at.lon,
            precision: at.precision,
            note: at.townCentre ? t("browse:map.townCentre") : null,
            name: m.name,
            href: `/memorials/${m.slug}`,
          }]
        : [],
    ),
  };
}

/** The symbols of the map and what each says about a point's precision; shown with the map. */
function Legend() {
  const { t } = useI18n();
  return (
    <div class="map-legend" hidden>
      <p class="map-legend__title">{t("browse:map.legend.title")}</p>
      <ul>
        {MAP_PRECISIONS.map((precision) => (
          <li>
            <span class={`map-symbol map-symbol--${precision}`} aria-hidden="true"></span> {t(`browse:map.legend.${precision}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MapPage(props: MapProps) {
  const { t, locale } = useI18n();
  const collator = collatorFor(locale);
  const places = [...props.places].sort((a, b) => collator.compare(a.key, b.key));
  const c = useAppContext();
  const data = useMapData(props);
  const points = placedPoints(props);
  const placed = new Map(points.places.map(({ place, at }) => [place, at !== null]));
  return (
    <>
      <BrowseTrail />
      <h1>{t("browse:map.title")}</h1>
      <p class="lead">{t("browse:map.intro")}</p>
      <p class="map__fallback" id="map-fallback">
        {t("browse:map.needsScript")}
      </p>
      {data.tiles ? null : <BasemapSources />}
      {props.focus ? <p class="muted">{t("browse:map.focus")}</p> : null}
      <div id="map" class="map" role="region" aria-label={t("browse:map.mapLabel")} hidden></div>
      <Legend />
      <section aria-labelledby="map-places">
        <h2 id="map-places">{t("browse:map.places")}</h2>
        <p class="muted">{t("browse:map.placesNote")}</p>
        <ul class="facet-list map-list">
          {places.map((p) => {
            const others = otherNames(p);
            return (
              <li>
                <a href={placeHref(p.key)}>{p.key}</a>
                {others.length > 0 ? <span class="muted"> ({t("browse:places.namedAs", { names: others.join("; ") })})</span> : null}
                <span class="facet-count"> — {t("browse:count", { count: p.n })}</span>
                {placed.get(p) ? null : <span class="muted"> ({t("browse:map.notPlaced")})</span>}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="map-markers">
        <h2 id="map-markers">{t("browse:map.markers")}</h2>
        <ul class="facet-list map-list">
          {points.markers.map(({ marker: m, at }) => (
            <li>
              <a href={`/memorials/${m.slug}`}>{m.name}</a> — {t(`memorials:markerKinds.${m.kind}`)}
              {m.address ? `, ${m.address}` : m.placeName ? `, ${m.placeName}` : null}
              {!at ? <span class="muted"> ({t("browse:map.notPlaced")})</span> : at.townCentre ? <span class="muted"> ({t("browse:map.townCentre")})</span> : null}
            </li>
          ))}
        </ul>
      </section>
      <script type="application/json" id="map-data" nonce={c.var.secureHeadersNonce} dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />
    </>
  );
}
