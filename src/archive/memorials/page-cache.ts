/**
 * Conditional requests for memorial pages. The ETag names exactly what a page is made of — the
 * memorial, its current revision and update time, the language, who is looking (the header shows
 * their menu) and the day (the citation's access date) — so an approval changes the ETag at once
 * and a repeat view of an unchanged page costs a 304 without rendering.
 */
import { sha256Hex } from "../../platform/ids";

/**
 * Bumped whenever the page's markup changes in a way a reader should see at once after a
 * deploy; otherwise browsers would keep the previous markup until the memorial changes.
 */
export const PAGE_MARKUP_VERSION = "2026-12-08";

export interface EtagParts {
  memorialId: string;
  revisionId: string;
  updatedAt: number;
  locale: string;
  /** The signed-in user's id, or null for anonymous visitors. */
  viewerId: string | null;
  /** The UTC day, YYYY-MM-DD. */
  day: string;
}

export async function memorialEtag(parts: EtagParts): Promise<string> {
  const key = [
    PAGE_MARKUP_VERSION,
    parts.memorialId,
    parts.revisionId,
    parts.updatedAt,
    parts.locale,
    parts.viewerId ?? "anonymous",
    parts.day,
  ].join("\n");
  return `"${(await sha256Hex(key)).slice(0, 32)}"`;
}

/** Whether an If-None-Match header names this ETag (weak comparison, lists and "*" allowed). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .includes(etag);
}

/**
 * Browsers may keep the page but must ask every time (no-cache): the ETag makes asking cheap,
 * and a newly approved correction is served on the very next view.
 */
export function memorialCacheHeaders(signedIn: boolean): Record<string, string> {
  return {
    "Cache-Control": signedIn ? "private, no-cache" : "public, no-cache",
    Vary: "Accept-Language, Cookie",
  };
}
