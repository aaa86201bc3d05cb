/** /map and /timeline: places, markers, handovers and deportations across all memorials. */
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../platform/env";
import { validate } from "../../platform/http/json-body";
import { placeCounts } from "./facets.queries";
import { TIMELINE_TYPES } from "./fates";
import { MapPage } from "./map.pages";
import { eventsAcrossMemorials, mappedMarkers } from "./map.queries";
import { groupTransports, TimelinePage } from "./timeline.pages";

export const mapTimelineRoutes = new Hono<AppEnv>();

const MAX_TIMELINE_EVENTS = 2_000;

const mapQuery = z.object({
  at: z
    .string()
    .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/)
    .transform((v) => v.split(",").map(Number) as [number, number])
    .refine(([lat, lon]) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180)
    .optional(),
});

mapTimelineRoutes.get("/map", async (c) => {
  const { at } = validate(mapQuery, c.req.query());
  const [places, markers] = await Promise.all([placeCounts(c.var.db), mappedMarkers(c.var.db)]);
  const focus = at ? { lat: at[0], lon: at[1] } : null;
  return c.render(<MapPage places={places} markers={markers} focus={focus} />, {
    title: c.var.t("browse:map.title"),
    description: c.var.t("browse:map.intro"),
    head: (
      <>
        <link rel="stylesheet" href="/vendor/leaflet/leaflet.css" />
        <script src="/vendor/leaflet/leaflet.js" defer></script>
        <script src="/js/map.js" defer></script>
      </>
    ),
  });
});

const timelineQuery = z.object({ type: z.enum(TIMELINE_TYPES).optional() });

mapTimelineRoutes.get("/timeline", async (c) => {
  const { type } = validate(timelineQuery, c.req.query());
  const rows = await eventsAcrossMemorials(c.var.db, type ? [type] : TIMELINE_TYPES, MAX_TIMELINE_EVENTS);
  const truncatedAt = rows.length >= MAX_TIMELINE_EVENTS ? MAX_TIMELINE_EVENTS : null;
  return c.render(<TimelinePage groups={groupTransports(rows)} current={type ?? "all"} truncatedAt={truncatedAt} />, {
    title: c.var.t("browse:timeline.title"),
    description: c.var.t("browse:timeline.intro"),
  });
});
