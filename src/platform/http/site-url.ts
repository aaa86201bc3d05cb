/**
 * The archive's public address. Every absolute URL it writes — links in mail, canonical and
 * OpenGraph addresses, citations, OAI-PMH identifiers, sitemaps, feeds, exports, the OpenAPI
 * servers — is built here from SITE_URL (wrangler.toml; `npm start` sets the local address),
 * never from the request: its Host header is whatever the client chose to send.
 */
export type SiteEnv = Pick<Env, "SITE_URL">;

/**
 * The site's origin, without a trailing slash; throws when SITE_URL is missing or not an
 * http(s) address, because a link to nowhere must not be mailed.
 * @example siteOrigin(c.env) // "https://archive.example.org"
 */
export function siteOrigin(env: SiteEnv): string {
  const url = URL.canParse(env.SITE_URL ?? "") ? new URL(env.SITE_URL) : null;
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new Error(`SITE_URL must be the site's http(s) address, not ${JSON.stringify(env.SITE_URL)}.`);
  }
  return url.origin;
}

/** The host name the site is known by (OAI-PMH identifiers). */
export function siteHost(env: SiteEnv): string {
  return new URL(siteOrigin(env)).hostname;
}

/**
 * An absolute URL on the public site for a path of it.
 * @example absoluteUrl(c.env, "/moderation") // "https://archive.example.org/moderation"
 */
export function absoluteUrl(env: SiteEnv, path: string): string {
  return `${siteOrigin(env)}${path.startsWith("/") ? path : `/${path}`}`;
}

/**
 * The public address of a memorial by slug or id, given the origin from `siteOrigin` (formats
 * that write many of them take the origin once).
 * @example memorialUrl(siteOrigin(c.env), "max-zucker")
 */
export function memorialUrl(origin: string, key: string): string {
  return `${origin}/memorials/${key}`;
}
