/**
 * `npm run screenshots` — pictures of the public pages for docs/screenshots/, taken from a
 * running server with the demo data ($BASE_URL, or http://127.0.0.1:$PORT): the home page, a
 * memorial at desktop and phone width, the map and the timeline, in English, German and Russian;
 * and a historian's view of the evidence on five demo memorials (English). `npm run screenshots --
 * evidence` takes only the pictures whose name starts with "evidence".
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { baseUrl, launchChromium } from "./lib/browser";
import { ROOT } from "./lib/cli";

const OUT = path.join(ROOT, "docs/screenshots");
const LANGUAGES = ["en", "de", "ru"] as const;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Shot {
  name: string;
  path: string;
  viewport: { width: number; height: number };
  /** Height of the picture; the page is cut there (memorial pages are long). */
  height: number;
  ready?: (page: Page) => Promise<void>;
  /** Only these languages (default: all three). */
  languages?: readonly (typeof LANGUAGES)[number][];
}

const waitForMap = async (page: Page) => {
  await page.waitForSelector(".leaflet-overlay-pane path", { timeout: 10_000 });
  await page.waitForTimeout(500);
};

const SHOTS: Shot[] = [
  { name: "home", path: "/", viewport: DESKTOP, height: 1400 },
  { name: "memorial-desktop", path: "/memorials/max-zucker", viewport: DESKTOP, height: 2000 },
  { name: "memorial-phone", path: "/memorials/max-zucker", viewport: PHONE, height: 2200 },
  { name: "memorial-disputed", path: "/memorials/margarete-buber-neumann", viewport: DESKTOP, height: 2400 },
  { name: "map", path: "/map", viewport: DESKTOP, height: 1100, ready: waitForMap },
  { name: "timeline", path: "/timeline", viewport: DESKTOP, height: 1600 },
  { name: "a-z", path: "/browse/a-z/b", viewport: DESKTOP, height: 1100 },
  // The evidence model (docs/evidence.md): agency, charge, basis, versions, last trace, identity.
  ...["margarete-buber-neumann", "michalis-bezentakos", "arnold-klein", "georg-bogner", "heinz-neumann"].map(
    (slug): Shot => ({ name: `evidence-${slug}`, path: `/memorials/${slug}`, viewport: DESKTOP, height: 2600, languages: ["en"], ready: openRefuted }),
  ),
  { name: "evidence-help", path: "/help/evidence", viewport: DESKTOP, height: 2000, languages: ["en"] },
];

/** Shows refuted versions opened, as a historian who asked for them sees them. */
async function openRefuted(page: Page) {
  await page.evaluate(() => document.querySelectorAll("details.event__refuted").forEach((d) => d.setAttribute("open", "")));
}

const only = process.argv[2];

await mkdir(OUT, { recursive: true });
const browser = await launchChromium();
try {
  for (const lang of LANGUAGES) {
    const context = await browser.newContext({ locale: lang, deviceScaleFactor: 1 });
    for (const shot of SHOTS.filter((s) => (!only || s.name.startsWith(only)) && (s.languages ?? LANGUAGES).includes(lang))) {
      const page = await context.newPage();
      await page.setViewportSize(shot.viewport);
      const response = await page.goto(`${baseUrl()}${shot.path}${shot.path.includes("?") ? "&" : "?"}lang=${lang}`, {
        waitUntil: "load",
      });
      if (!response?.ok()) throw new Error(`${shot.path} answered ${response?.status()}`);
      await shot.ready?.(page);
      const full = await page.evaluate(() => document.documentElement.scrollHeight);
      const file = path.join(OUT, `${shot.name}-${lang}.png`);
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: shot.viewport.width, height: Math.min(full, shot.height) } });
      console.log(`${path.relative(ROOT, file)}`);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
}
