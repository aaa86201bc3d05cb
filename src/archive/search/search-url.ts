/** Links that keep the current search and change one thing (a facet, the page). */
import type { SearchParams } from "./search-params";

type Change = Partial<Record<keyof SearchParams, string | string[] | null>>;

export function searchHref(p: SearchParams, change: Change = {}): string {
  const entries: Array<[string, string]> = [];
  const current: Record<string, string | string[] | undefined> = {
    q: p.q || undefined,
    fate: p.fate,
    persecutor: p.persecutor,
    event: p.event,
    from: p.from?.toString(),
    to: p.to?.toString(),
    place: p.place,
    country: p.country,
    nationality: p.nationality,
    organisation: p.organisation,
    marker: p.marker ? "1" : undefined,
    sort: p.sort,
  };
  for (const [key, value] of Object.entries({ ...current, ...change })) {
    if (value === null || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v !== "") entries.push([key, v]);
  }
  const query = new URLSearchParams(entries).toString();
  return query ? `/search?${query}` : "/search";
}
