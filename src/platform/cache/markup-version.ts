/**
 * The version of the public pages' markup. Bump it whenever a deploy changes what pages look like
 * in a way a reader should see at once: it is part of every memorial page's ETag (browsers ask
 * again) and of every page cache key (the edge renders again), so neither serves the old markup.
 */
export const MARKUP_VERSION = "2026-12-08";
