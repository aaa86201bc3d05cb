/**
 * `npm run check:pages` — checks the public pages of a running server ($BASE_URL, or
 * http://127.0.0.1:$PORT) in English, German and Russian:
 *   - valid HTML: the Nu Html Checker (vnu-jar, needs Java 17+), zero errors;
 *   - accessibility: axe-core in headless Chromium, WCAG 2.2 A/AA rules, zero violations;
 *   - weight: every memorial page's HTML + CSS + JS under 50 KB before images;
 *   - no Content-Security-Policy violations in the browser console.
 * Pages: home, every browse page, map, timeline, the API reference (/api/docs), open data, the
 * guide to the files and a request letter, a 404 page, every memorial in the sitemap, and the
 * moderators' pages (queue, audit log, a memorial page as a moderator sees it) signed in as the
 * demo moderator (development servers only).
 * Options: --limit N (first N memorials only), --only /a,/b (just these paths),
 *          --json FILE (write the figures).
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { AxeBuilder } from "@axe-core/playwright";
import { baseUrl, launchChromium } from "./lib/browser";
import { option } from "./lib/cli";
import { devSignIn } from "./lib/dev-session";
import { runVnu } from "./lib/vnu";

const LANGUAGES = ["en", "de", "ru"] as const;
const WEIGHT_BUDGET = 50 * 1024;
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const STATIC_PAGES = [
  "/",
  "/browse",
  "/browse/fate",
  "/browse/fate/handover",
  "/browse/years",
  "/browse/years/1940?event=handover",
  "/browse/places",
  "/browse/place?name=Moscow",
  "/browse/a-z",
  "/browse/a-z/b",
  "/map",
  "/timeline",
  "/timeline?type=deportation",
  "/api/docs",
  "/open-data",
  "/finding-the-files",
  "/memorials/max-zucker/request-letter",
  "/memorials/max-zucker/request-letter?language=de&archive=bundesarchiv&requester=Anna+Zucker&relationship=Urenkelin&contact=Berlin",
  "/no-such-page",
];

/** Pages only moderators see; checked with the demo moderator's session. */
const STAFF_PAGES = ["/moderation", "/moderation?status=changes_requested", "/moderation/audit", "/moderation/audit?action=memorial.publish"];

interface PageResult {
  url: string;
  status: number;
  htmlBytes: number;
  totalBytes: number;
  totalGzip: number;
  vnuErrors: string[];
  vnuWarnings: number;
  axe: string[];
  csp: string[];
}

const base = baseUrl();
const withLang = (p: string, lang: string) => `${p}${p.includes("?") ? "&" : "?"}lang=${lang}`;

async function memorialPaths(limit: number): Promise<string[]> {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>[^<]*?(\/memorials\/[^<]+)<\/loc>/g)].map((m) => m[1]!).slice(0, limit);
}

const assetCache = new Map<string, Buffer>();
async function asset(url: string): Promise<Buffer> {
  if (!assetCache.has(url)) assetCache.set(url, Buffer.from(await (await fetch(url)).arrayBuffer()));
  return assetCache.get(url)!;
}

/** HTML plus every stylesheet and script the page loads, raw and gzipped (what a CDN would send). */
async function weigh(html: string): Promise<{ total: number; gzip: number }> {
  const refs = [
    ...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g),
    ...html.matchAll(/<script src="([^"]+)"/g),
  ].map((m) => new URL(m[1]!, base).href);
  let total = Buffer.byteLength(html);
  let gzip = gzipSync(html).length;
  for (const ref of refs) {
    const body = await asset(ref);
    total += body.length;
    gzip += gzipSync(body).length;
  }
  return { total, gzip };
}

const limit = Number(option("limit") ?? "100000");
const only = option("only");
const memorials = await memorialPaths(limit);
const pages = only ? only.split(",") : [...STATIC_PAGES, ...memorials, ...STAFF_PAGES, ...memorials.slice(0, 1).map((m) => `${m}?as=moderator`)];
/** Staff pages, and one memorial page as a moderator sees it (its links to moderation). */
const needsStaff = (page: string) => page.startsWith("/moderation") || page.endsWith("?as=moderator");
const staffCookie = pages.some(needsStaff) ? await devSignIn(base, "moderator@zeugnis.test") : "";
const cookieFor = (page: string) => (needsStaff(page) ? { cookie: staffCookie } : undefined);
const dir = await mkdtemp(path.join(tmpdir(), "zeugnis-pages-"));
const results: PageResult[] = [];
const files: string[] = [];

for (const lang of LANGUAGES) {
  for (const page of pages) {
    const url = `${base}${withLang(page, lang)}`;
    const response = await fetch(url, { headers: cookieFor(page) });
    const html = await response.text();
    const file = path.join(dir, `${results.length}.html`);
    await writeFile(file, html);
    files.push(file);
    const weight = await weigh(html);
    results.push({
      url: withLang(page, lang),
      status: response.status,
      htmlBytes: Buffer.byteLength(html),
      totalBytes: weight.total,
      totalGzip: weight.gzip,
      vnuErrors: [],
      vnuWarnings: 0,
      axe: [],
      csp: [],
    });
  }
}

const vnu = runVnu(files);
files.forEach((file, i) => {
  const found = vnu.get(file);
  if (found) {
    results[i]!.vnuErrors = found.errors;
    results[i]!.vnuWarnings = found.warnings;
  }
});

const browser = await launchChromium();
try {
  const context = await browser.newContext();
  const staffContext = await browser.newContext({ extraHTTPHeaders: staffCookie ? { cookie: staffCookie } : {} });
  for (const result of results) {
    const page = await (needsStaff(result.url.replace(/[?&]lang=\w+$/, "")) ? staffContext : context).newPage();
    page.on("console", (message) => {
      if (message.type() === "error" && /Content.Security.Policy/i.test(message.text())) result.csp.push(message.text());
    });
    await page.goto(`${base}${result.url}`, { waitUntil: "load" });
    if (result.url.startsWith("/map")) await page.waitForSelector(".leaflet-container", { timeout: 10_000 }).catch(() => {});
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    result.axe = axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")}`);
    await page.close();
  }
} finally {
  await browser.close();
}

const memorialResults = results.filter((r) => r.url.startsWith("/memorials/"));
const heaviest = [...memorialResults].sort((a, b) => b.totalBytes - a.totalBytes)[0];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const failures = results.filter(
  (r) =>
    r.vnuErrors.length > 0 ||
    r.axe.length > 0 ||
    r.csp.length > 0 ||
    (r.url.startsWith("/memorials/") && r.totalBytes > WEIGHT_BUDGET) ||
    (r.status !== 200 && !r.url.startsWith("/no-such-page")),
);

for (const r of failures) {
  console.log(`\n✗ ${r.url} (HTTP ${r.status}, ${r.totalBytes} bytes)`);
  for (const e of r.vnuErrors) console.log(`  vnu: ${e}`);
  for (const a of r.axe) console.log(`  axe: ${a}`);
  for (const c of r.csp) console.log(`  csp: ${c}`);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const summary = {
  checked_at: new Date().toISOString(),
  pages: results.length,
  memorial_pages: memorialResults.length,
  vnu_errors: results.reduce((n, r) => n + r.vnuErrors.length, 0),
  vnu_warnings: results.reduce((n, r) => n + r.vnuWarnings, 0),
  axe_violations: results.reduce((n, r) => n + r.axe.length, 0),
  csp_violations: results.reduce((n, r) => n + r.csp.length, 0),
  memorial_weight_max: heaviest ? { url: heaviest.url, bytes: heaviest.totalBytes, gzip: heaviest.totalGzip } : null,
  memorial_weight_median: median(memorialResults.map((r) => r.totalBytes)),
  memorial_weight_median_gzip: median(memorialResults.map((r) => r.totalGzip)),
  over_budget: memorialResults.filter((r) => r.totalBytes > WEIGHT_BUDGET).length,
};
console.log(`
| figure | value |
|---|---|
| pages checked (en/de/ru) | ${summary.pages} (${summary.memorial_pages} memorial pages) |
| Nu Html Checker errors | ${summary.vnu_errors} (warnings: ${summary.vnu_warnings}) |
| axe-core violations (WCAG 2.2 A/AA) | ${summary.axe_violations} |
| CSP violations in the console | ${summary.csp_violations} |
| memorial page HTML+CSS+JS, median | ${kb(summary.memorial_weight_median)} (gzip ${kb(summary.memorial_weight_median_gzip)}) |
| memorial page HTML+CSS+JS, heaviest | ${heaviest ? `${kb(heaviest.totalBytes)} (gzip ${kb(heaviest.totalGzip)}), ${heaviest.url}` : "–"} |
| memorial pages over 50 KB | ${summary.over_budget} |`);

const jsonOut = option("json");
if (jsonOut) await writeFile(jsonOut, JSON.stringify({ summary, results }, null, 2));
process.exit(failures.length > 0 ? 1 : 0);
