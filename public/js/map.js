// The archive map: Leaflet (served from /vendor/leaflet/) draws the places and markers that the
// page also lists as text. Tiles come from the configured server; without one, bundled country
// outlines stand in. No HTML from the data is ever parsed: popups are built with textContent.
(function () {
  const container = document.getElementById("map");
  const source = document.getElementById("map-data");
  if (!container || !source || !window.L) return;
  const data = JSON.parse(source.textContent);
  container.hidden = false;
  document.getElementById("map-fallback")?.setAttribute("hidden", "");

  const map = L.map(container, { scrollWheelZoom: false, worldCopyJump: true });
  if (data.tiles) {
    L.tileLayer(data.tiles, { maxZoom: 18, attribution: data.attribution || "" }).addTo(map);
  } else if (data.outlines) {
    document.querySelector(".map__outlines")?.removeAttribute("hidden");
    map.attributionControl.addAttribution(data.attribution);
    fetch(data.outlines)
      .then((response) => response.json())
      .then((geojson) =>
        L.geoJSON(geojson, { style: { color: "#8a8780", weight: 1, fillColor: "#efe9dc", fillOpacity: 1 }, interactive: false })
          .addTo(map)
          .bringToBack(),
      )
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
      const line = document.createElement("p");
      line.append(...part);
      box.append(line);
    }
    return box;
  }

  const bounds = [];
  for (const place of data.places) {
    const extra = place.others.length ? " (" + place.others.join("; ") + ")" : "";
    L.circleMarker([place.lat, place.lon], { radius: 7, color: "#6b2d1f", weight: 2, fillColor: "#6b2d1f", fillOpacity: 0.6 })
      .bindPopup(popup([[link(place.href, place.name), extra], [place.count]]))
      .addTo(map);
    bounds.push([place.lat, place.lon]);
  }
  for (const marker of data.markers) {
    L.circleMarker([marker.lat, marker.lon], { radius: 6, color: "#1d1d1f", weight: 2, fillColor: "#fdfcf9", fillOpacity: 1 })
      .bindPopup(popup([[marker.kind + ": " + marker.address], [link(marker.href, marker.name)]]))
      .addTo(map);
    bounds.push([marker.lat, marker.lon]);
  }

  if (data.focus) {
    map.setView([data.focus.lat, data.focus.lon], data.tiles ? 15 : 6);
    L.circleMarker([data.focus.lat, data.focus.lon], { radius: 12, color: "#1a5fb4", weight: 3, fill: false }).addTo(map);
  } else if (bounds.length) {
    map.fitBounds(bounds, { padding: [20, 20], maxZoom: 6 });
  } else {
    map.setView([52, 30], 4);
  }
})();
