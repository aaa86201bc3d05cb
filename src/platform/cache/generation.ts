/**
 * The page cache's generation: one small cache entry per colo whose value is part of every page's
 * cache key. A public change anywhere in the archive (an approval, a withholding, a merge…) can
 * alter many pages at once — the memorial, its relatives' pages, the home page, lists, feeds,
 * sitemaps, search results with any query — and the Cache API cannot list or delete by prefix.
 * Starting a new generation makes every page cached before it unreachable in one write; the old
 * entries simply expire. An evicted or purged generation entry is replaced by a new one, which
 * only costs fresh renders, never a stale page.
 *
 * The entry also holds the D1 bookmark of the change that started it: pages rendered for the new
 * generation read at least that change, even from a read replica that has not caught up yet.
 */

/** Every entry the page cache stores carries this Cache-Tag, so one global purge by tag empties it. */
export const PAGE_CACHE_TAG = "zeugnis-pages";
/** The generation entry outlives pages; losing it early only costs renders. */
const GENERATION_TTL_SECONDS = 86_400;
const GENERATION_PATH = "/__page-cache/generation";

/** The colo's cache, or null where there is none (Node, in the benchmark's data floor). */
export function pageCacheStore(): Cache | null {
  // Typed by hand: scripts/ compile this file against Node's lib, whose CacheStorage has no default.
  const storage = (globalThis as { caches?: { default?: Cache } }).caches;
  return storage?.default ?? null;
}

export interface Generation {
  id: string;
  /** The D1 bookmark of the change that started it, if a change did. */
  bookmark: string | null;
}

/** The current generation in this colo; starts one when there is none. */
export async function currentGeneration(cache: Cache, origin: string): Promise<Generation> {
  const found = await cache.match(origin + GENERATION_PATH);
  if (!found) return startGeneration(cache, origin, null);
  const [id = "", bookmark] = (await found.text()).split(" ");
  return { id, bookmark: bookmark || null };
}

/** A new generation: every page cached in this colo until now is no longer found. */
export async function startGeneration(cache: Cache, origin: string, bookmark: string | null): Promise<Generation> {
  const generation = { id: crypto.randomUUID(), bookmark };
  await cache.put(
    origin + GENERATION_PATH,
    new Response(`${generation.id} ${bookmark ?? ""}`, {
      headers: { "Cache-Control": `public, max-age=${GENERATION_TTL_SECONDS}`, "Cache-Tag": PAGE_CACHE_TAG },
    }),
  );
  return generation;
}
