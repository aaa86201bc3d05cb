import { jsonForScript } from "../lib/json-script";
import { isTileTemplate } from "../lib/map-tiles";
import { useAppContext, useI18n } from "../views/i18n";
import { BrowseTrail } from "./components/memorial-list";
import type { PlaceCount } from "./facets.queries";
import type { MarkerRow } from "./map.queries";
import { otherNames, placeHref } from "./places.pages";
import { collator as collatorFor } from "../lib/intl";

export interface MapProps {
  places: PlaceCount[];
  markers: MarkerRow[];
  focus: { lat: number; lon: number } | null;
}

/** What the map script draws; every label is already translated, and no HTML travels in it. */
function useMapData({ places, markers, focus }: MapProps) {
  const { t } = useI18n();
  const c = useAppContext();
  const tiles = isTileTemplate(c.env.TILE_URL) ? c.env.TILE_URL : null;
  return {
    tiles,
    attribution: tiles ? c.env.TILE_ATTRIBUTION || null : "Natural Earth",
    outlines: tiles ? null : "/vendor/world-110m.geojson",
    focus,
    places: places
      .filter((p) => p.lat !== null && p.lon !== null)
      .map((p) => ({ name: p.key, others: otherNames(p), lat: p.lat, lon: p.lon, count: t("browse:count", { count: p.n }), href: placeHref(p.key) })),
    markers: markers.map((m) => ({
      kind: t(`memorials:markerKinds.${m.kind}`),
      address: m.address ?? m.placeName ?? "",
      lat: m.lat,
      lon: m.lon,
      name: m.name,
      href: `/memorials/${m.slug}`,
    })),
  };
}

export function MapPage(props: MapProps) {
  const { t, locale } = useI18n();
  const collator = collatorFor(locale);
  const places = [...props.places].sort((a, b) => collator.compare(a.key, b.key));
  const c = useAppContext();
  const data = useMapData(props);
  return (
    <>
      <BrowseTrail />
      <h1>{t("browse:map.title")}</h1>
      <p class="lead">{t("browse:map.intro")}</p>
      <p class="map__fallback" id="map-fallback">
        {t("browse:map.needsScript")}
      </p>
      {data.tiles ? null : <p class="map__outlines muted" hidden>{t("browse:map.outlines")}</p>}
      {props.focus ? <p class="muted">{t("browse:map.focus")}</p> : null}
      <div id="map" class="map" role="region" aria-label={t("browse:map.mapLabel")} hidden></div>
      <section aria-labelledby="map-places">
        <h2 id="map-places">{t("browse:map.places")}</h2>
        <ul class="facet-list map-list">
          {places.map((p) => {
            const others = otherNames(p);
            return (
              <li>
                <a href={placeHref(p.key)}>{p.key}</a>
                {others.length > 0 ? <span class="muted"> ({t("browse:places.namedAs", { names: others.join("; ") })})</span> : null}
                <span class="facet-count"> — {t("browse:count", { count: p.n })}</span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="map-markers">
        <h2 id="map-markers">{t("browse:map.markers")}</h2>
        <ul class="facet-list map-list">
          {props.markers.map((m) => (
            <li>
              <a href={`/memorials/${m.slug}`}>{m.name}</a> — {t(`memorials:markerKinds.${m.kind}`)}
              {m.address ? `, ${m.address}` : m.placeName ? `, ${m.placeName}` : null}
            </li>
          ))}
        </ul>
      </section>
      <script type="application/json" id="map-data" nonce={c.var.secureHeadersNonce} dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />
    </>
  );
}
