/**
 * robots.txt: the public archive is open to crawlers; forms, accounts, moderation and the API are
 * not worth crawling. Anything but production asks crawlers to stay away entirely.
 */
const PRIVATE_PATHS = ["/api/", "/auth/", "/my/", "/moderation", "/submit", "/search", "/memorials/*/report"];

export function robotsTxt(origin: string, environment: string): string {
  if (environment !== "production") return "User-agent: *\nDisallow: /\n";
  return ["User-agent: *", ...PRIVATE_PATHS.map((p) => `Disallow: ${p}`), "", `Sitemap: ${origin}/sitemap.xml`, ""].join("\n");
}
