/** /browse: by fate, by year of arrest or handover, by place, and the A–Z index. */
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../platform/env";
import { decodeCursor } from "../../platform/http/cursor";
import { validate } from "../../platform/http/json-body";
import { AppError } from "../../platform/http/errors";
import { AzPage, LETTERS, OTHER, type IndexName } from "./az.pages";
import { BrowseIndexPage, FateIndexPage, FatePage } from "./browse.pages";
import { filedUnder, hasEventInYear, hasEventOfType, namesOf, namesPlace, pageOfMemorials } from "./browse.queries";
import { countsByEventType, countsByYear, letterCounts, placeCounts } from "./facets.queries";
import { FATE_TYPES, YEAR_EVENT_TYPES } from "./fates";
import { PlacePage, PlacesIndexPage } from "./places.pages";
import { YearPage, YearsIndexPage } from "./years.pages";

export const browseRoutes = new Hono<AppEnv>();

const PAGE_SIZE = 50;

const cursorQuery = z.object({ after: z.string().max(500).optional() });
const afterCursor = (after: string | undefined) =>
  after ? (decodeCursor(after, ["string", "string"]) as [string, string]) : undefined;

browseRoutes.get("/browse", (c) =>
  c.render(<BrowseIndexPage />, { title: c.var.t("browse:index.title"), description: c.var.t("browse:index.intro") }),
);

browseRoutes.get("/browse/fate", async (c) => {
  const counts = await countsByEventType(c.var.db, FATE_TYPES);
  return c.render(<FateIndexPage counts={counts} types={FATE_TYPES} />, { title: c.var.t("browse:fate.title") });
});

browseRoutes.get("/browse/fate/:type", async (c) => {
  const type = FATE_TYPES.find((f) => f === c.req.param("type"));
  if (!type) throw new AppError("not_found");
  const { after } = validate(cursorQuery, c.req.query());
  const page = await pageOfMemorials(c.var.db, hasEventOfType([type]), PAGE_SIZE, afterCursor(after));
  const title = c.var.t("browse:fate.typeTitle", { type: c.var.t(`memorials:eventTypes.${type}`) });
  return c.render(<FatePage type={type} page={page} />, { title });
});

browseRoutes.get("/browse/years", async (c) => {
  const counts = await countsByYear(c.var.db, YEAR_EVENT_TYPES);
  return c.render(<YearsIndexPage counts={counts} />, { title: c.var.t("browse:years.title") });
});

const yearQuery = cursorQuery.extend({ event: z.enum(YEAR_EVENT_TYPES).default("arrest") });

browseRoutes.get("/browse/years/:year{[0-9]{4}}", async (c) => {
  const year = Number(c.req.param("year"));
  const { after, event } = validate(yearQuery, c.req.query());
  const page = await pageOfMemorials(c.var.db, hasEventInYear([event], year), PAGE_SIZE, afterCursor(after));
  return c.render(<YearPage year={year} event={event} page={page} />, { title: c.var.t("browse:years.yearTitle", { year }) });
});

browseRoutes.get("/browse/places", async (c) => {
  const places = await placeCounts(c.var.db);
  return c.render(<PlacesIndexPage places={places} />, { title: c.var.t("browse:places.title") });
});

const placeQuery = cursorQuery.extend({ name: z.string().trim().min(1).max(300) });

browseRoutes.get("/browse/place", async (c) => {
  const { after, name } = validate(placeQuery, c.req.query());
  const page = await pageOfMemorials(c.var.db, namesPlace(name), PAGE_SIZE, afterCursor(after));
  if (page.items.length === 0 && !after) throw new AppError("not_found");
  return c.render(<PlacePage name={name} page={page} />, { title: c.var.t("browse:places.placeTitle", { place: name }) });
});

browseRoutes.get("/browse/a-z", async (c) => {
  const counts = new Map((await letterCounts(c.var.db)).map((r) => [r.letter, r.n]));
  return c.render(<AzPage counts={counts} />, { title: c.var.t("browse:az.title"), description: c.var.t("browse:az.intro") });
});

browseRoutes.get("/browse/a-z/:letter", async (c) => {
  const letter = c.req.param("letter");
  if (letter !== OTHER && !LETTERS.includes(letter)) throw new AppError("not_found");
  const { after } = validate(cursorQuery, c.req.query());
  const [letters, page] = await Promise.all([
    letterCounts(c.var.db),
    pageOfMemorials(c.var.db, filedUnder(letter === OTHER ? "#" : letter), PAGE_SIZE, afterCursor(after)),
  ]);
  const names = new Map<string, IndexName[]>();
  for (const row of await namesOf(c.var.db, page.items.map((m) => m.id))) {
    names.set(row.memorialId, [...(names.get(row.memorialId) ?? []), row]);
  }
  const counts = new Map(letters.map((r) => [r.letter, r.n]));
  const label = letter === OTHER ? c.var.t("browse:az.other") : letter.toUpperCase();
  return c.render(<AzPage counts={counts} letter={letter} page={page} names={names} />, {
    title: c.var.t("browse:az.letterTitle", { letter: label }),
  });
});
