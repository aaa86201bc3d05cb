// The archive map: Leaflet (served from /vendor/leaflet/) draws the places and markers that the
// page also lists as text. Tiles come from the configured server; without one, the archive's own
// base map stands in: country outlines, rivers and lakes (Natural Earth) and towns (GeoNames; see
// scripts/basemap.ts). Each point's shape says how precise it is (the legend under the map): a pin
// for an exact spot, a hollow pin for a street, a dashed ring for "somewhere in this town".
// No HTML from the data is ever parsed: popups and labels are built with textContent.
(function () {
  const container = document.getElementById("map");
  const source = document.getElementById("map-data");
  if (!container || !source || !window.L) return;
  const data = JSON.parse(source.textContent);
  container.hidden = false;
  document.getElementById("map-fallback")?.setAttribute("hidden", "");
  document.querySelector(".map-legend")?.removeAttribute("hidden");

  const map = L.map(container, { scrollWheelZoom: false, worldCopyJump: true });
  const getJson = (url) => fetch(url).then((response) => (response.ok ? response.json() : Promise.reject(response.status)));

  if (data.tiles) {
    L.tileLayer(data.tiles, { maxZoom: 18, attribution: data.attribution || "" }).addTo(map);
  } else if (data.outlines) {
    document.querySelector(".map__outlines")?.removeAttribute("hidden");
    map.attributionControl.addAttribution(data.attribution);
    // Under the archive's points, in this order: land, water, towns and their names.
    map.createPane("basemap").style.zIndex = 250;
    map.createPane("basemap-water").style.zIndex = 260;
    map.createPane("basemap-towns").style.zIndex = 270;
    getJson(data.outlines)
      .then((geojson) =>
        L.geoJSON(geojson, { pane: "basemap", style: { color: "#8a8780", weight: 1, fillColor: "#efe9dc", fillOpacity: 1 }, interactive: false }).addTo(map),
      )
      .catch(() => {});
    if (data.basemap) drawBasemap(data.basemap);
  }

  function drawBasemap(basemap) {
    getJson(basemap.water)
      .then((geojson) =>
        L.geoJSON(geojson, {
          pane: "basemap-water",
          interactive: false,
          style: (feature) =>
            feature.properties.lake
              ? { color: "#7fa7c4", weight: 0.5, fillColor: "#cfe0ea", fillOpacity: 1 }
              : { color: "#7fa7c4", weight: feature.properties.rank <= 3 ? 1.4 : 0.8 },
        }).addTo(map),
      )
      .catch(() => {});
    getJson(basemap.towns)
      .then((rows) => {
        const towns = L.layerGroup().addTo(map);
        // [name, German, Russian, country, lat, lon, rank]; more towns appear as one zooms in. The
        // German and Russian names are empty where the source does not say them: then the name.
        const label = (row) => (data.lang === "de" && row[1]) || (data.lang === "ru" && row[2]) || row[0];
        const maxRank = (zoom) => (zoom <= 3 ? 1 : zoom <= 4 ? 3 : zoom <= 5 ? 5 : zoom <= 6 ? 7 : 10);
        const redraw = () => {
          towns.clearLayers();
          const view = map.getBounds().pad(0.2);
          const limit = maxRank(map.getZoom());
          for (const row of rows) {
            if (row[6] > limit || !view.contains([row[4], row[5]])) continue;
            const name = document.createElement("span");
            name.textContent = label(row);
            L.circleMarker([row[4], row[5]], { pane: "basemap-towns", radius: 2, color: "#5c5a55", weight: 1, fillColor: "#5c5a55", fillOpacity: 1, interactive: false })
              .bindTooltip(name, { permanent: true, direction: "right", offset: [3, 0], className: "map-town-label", pane: "basemap-towns" })
              .addTo(towns);
          }
        };
        map.on("moveend", redraw);
        redraw();
      })
      .catch(() => {});
  }

  function link(href, text) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function popup(parts) {
    const box = document.createElement("div");
    for (const part of parts) {
      if (!part) continue;
      const line = document.createElement("p");
      line.append(...part);
      box.append(line);
    }
    return box;
  }

  /** The symbol for a point of this precision; `kind` ("place" or "marker") chooses the colour. */
  function symbol(point, kind) {
    if (point.precision === "town") {
      const colour = kind === "place" ? "#6b2d1f" : "#1d1d1f";
      return L.circleMarker([point.lat, point.lon], { radius: 9, color: colour, weight: 2, dashArray: "3 3", fillColor: colour, fillOpacity: 0.25 });
    }
    const icon = L.divIcon({ className: `map-symbol map-symbol--${point.precision} map-symbol--${kind}`, iconSize: [16, 16], iconAnchor: [8, 20], popupAnchor: [0, -20] });
    return L.marker([point.lat, point.lon], { icon, keyboard: true, title: point.name || point.address || "" });
  }

  const bounds = [];
  for (const place of data.places) {
    const extra = place.others.length ? " (" + place.others.join("; ") + ")" : "";
    symbol(place, "place")
      .bindPopup(popup([[link(place.href, place.name), extra], [place.count]]))
      .addTo(map);
    bounds.push([place.lat, place.lon]);
  }
  for (const marker of data.markers) {
    symbol(marker, "marker")
      .bindPopup(popup([[marker.kind + ": " + marker.address], marker.note ? [marker.note] : null, [link(marker.href, marker.name)]]))
      .addTo(map);
    bounds.push([marker.lat, marker.lon]);
  }

  if (data.focus) {
    map.setView([data.focus.lat, data.focus.lon], data.tiles ? 15 : 7);
    L.circleMarker([data.focus.lat, data.focus.lon], { radius: 12, color: "#1a5fb4", weight: 3, fill: false }).addTo(map);
  } else if (bounds.length) {
    map.fitBounds(bounds, { padding: [20, 20], maxZoom: 6 });
  } else {
    map.setView([52, 30], 4);
  }
})();
