/**
 * HTTP details of serving a file: single byte ranges (RFC 9110 §14), validators and caching.
 * Pure functions, so the rules are tested without R2.
 */

export type RangeResult =
  | { kind: "full" }
  | { kind: "partial"; offset: number; length: number }
  | { kind: "unsatisfiable" };

/**
 * Interprets a Range header for a file of `size` bytes. Only single ranges are honoured; a
 * multi-range or malformed header is ignored (full answer), as RFC 9110 allows.
 * @example parseRange("bytes=0-99", 1000) // { kind: "partial", offset: 0, length: 100 }
 */
export function parseRange(header: string | undefined, size: number): RangeResult {
  if (!header) return { kind: "full" };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return { kind: "full" };
  const [, first, last] = match;
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0) return { kind: "unsatisfiable" };
    const length = Math.min(suffix, size);
    return { kind: "partial", offset: size - length, length };
  }
  const start = Number(first);
  if (start >= size) return { kind: "unsatisfiable" };
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (end < start) return { kind: "full" };
  return { kind: "partial", offset: start, length: end - start + 1 };
}

/** True when an If-None-Match header matches the ETag (weak comparison, as for GET). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

/**
 * A public file may stop being public at any time (a moderator rejects it, its memorial is
 * withheld), so no cache may keep it long: after five minutes browsers and shared caches ask
 * again with the ETag, the Worker checks visibility, and answers 304 (cheap: no R2 read) or 404.
 * `must-revalidate` forbids serving the stale copy when the Worker cannot be reached.
 */
export const PUBLIC_CACHE = "public, max-age=300, must-revalidate";
export const PRIVATE_CACHE = "private, no-store";

/** A download name from the uploaded name, reduced to safe characters, with the right extension. */
export function downloadName(original: string | null, fallback: string, extension: string): string {
  const base = (original ?? "")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._ -]+/g, "")
    .replace(/^[.\s]+/, "")
    .trim()
    .slice(0, 80);
  return `${base || fallback}.${extension}`;
}
