/**
 * Do two people's birth and death dates allow them to be the same person? Used to rank possible
 * duplicates (src/archive/search/duplicates.ts): two Max Zuckers, one who died in the Warsaw Ghetto on
 * 23 October 1941 and one murdered in 1940, share a name but not a life.
 *
 * - `agree`: every date both give overlaps (EDTF bounds, so "1941" and "1941-10-23" agree).
 * - `close`: they miss each other, but only by what the evidence allows: up to 14 days (Soviet
 *   documents before 1918 may give Julian dates), or up to two years where either date is
 *   marked approximate or uncertain ("1890~", "1891?") — families often only know about when.
 * - `conflict`: a date misses by more, or one was born after the other died.
 * - `unknown`: no date to compare.
 */
import { edtfBounds } from "../../domain/dates/edtf";
import { DEATH_EVENT_TYPES, firstEvent, type PersonDocument } from "../../domain/person-document";

export type DateMatch = "agree" | "close" | "unknown" | "conflict";

/** Best first: the order in which candidates are ranked. */
export const DATE_MATCH_RANK: Record<DateMatch, number> = { agree: 0, close: 1, unknown: 2, conflict: 3 };

export interface LifeDates {
  birth: string | null;
  death: string | null;
}

const CALENDAR_DAYS = 14;
const APPROXIMATE_DAYS = 731;

interface Span {
  from: number;
  to: number;
  approximate: boolean;
}

/** The first birth and death (or execution) dates of a document, as the listing shows them. */
export function lifeDatesOf(document: Pick<PersonDocument, "events">): LifeDates {
  return {
    birth: firstEvent(document, ["birth"])?.date?.edtf ?? null,
    death: firstEvent(document, DEATH_EVENT_TYPES)?.date?.edtf ?? null,
  };
}

/** A date's bounds; an open end is unbounded. Dates that are not valid EDTF compare as unknown. */
function spanOf(edtf: string | null): Span | null {
  if (!edtf) return null;
  try {
    const { earliestDay, latestDay } = edtfBounds(edtf);
    return { from: earliestDay ?? -Infinity, to: latestDay ?? Infinity, approximate: /[~?%]/.test(edtf) };
  } catch {
    return null;
  }
}

/** Days from the end of the earlier span to the start of the later one; 0 when they overlap. */
function gap(a: Span, b: Span): number {
  return Math.max(0, a.from - b.to, b.from - a.to);
}

function allowance(a: Span, b: Span): number {
  return a.approximate || b.approximate ? APPROXIMATE_DAYS : CALENDAR_DAYS;
}

/**
 * @example compareLifeDates({ birth: null, death: "1941-10-23" }, { birth: "1891", death: "1940" }) === "conflict"
 */
export function compareLifeDates(a: LifeDates, b: LifeDates): DateMatch {
  const [aBirth, aDeath, bBirth, bDeath] = [spanOf(a.birth), spanOf(a.death), spanOf(b.birth), spanOf(b.death)];
  let compared = 0;
  let worst: DateMatch = "agree";
  const weigh = (days: number, allowed: number) => {
    compared++;
    if (days > allowed) worst = "conflict";
    else if (days > 0 && worst === "agree") worst = "close";
  };
  for (const [x, y] of [[aBirth, bBirth], [aDeath, bDeath]] as const) {
    if (x && y) weigh(gap(x, y), allowance(x, y));
  }
  // Born after the other died: not the same life, whatever the other dates say.
  for (const [birth, death] of [[aBirth, bDeath], [bBirth, aDeath]] as const) {
    if (birth && death && birth.from > death.to) weigh(birth.from - death.to, allowance(birth, death));
  }
  return compared === 0 ? "unknown" : worst;
}
