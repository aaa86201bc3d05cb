/**
 * Screenshots of every step of the submission form, for docs/submission-form.md. Needs a running
 * archive in development (demo accounts, dev outbox) and Chromium:
 *
 *   PORT=8791 STATE_DIR=.wrangler/state-8791 npm start        # in one shell
 *   BASE_URL=http://127.0.0.1:8791 npx tsx scripts/screenshots-submission.ts
 *
 * It signs in as descendant@zeugnis.test through the dev outbox and fills the form the way a
 * descendant would, with no JavaScript needed by the pages. Writes docs/screenshots/submission/.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import jpeg from "jpeg-js";
import { launchChromium } from "./lib/browser";
import { ROOT } from "./lib/cli";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:8787";
const OUT = path.join(ROOT, "docs/screenshots/submission");
const EMAIL = "descendant@zeugnis.test";

async function signIn(page: Page) {
  const asked = await fetch(`${BASE}/api/v1/auth/login-link`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify({ email: EMAIL }),
  });
  if (asked.status !== 202) throw new Error(`login link: ${asked.status}`);
  const outbox = (await (await fetch(`${BASE}/api/v1/dev/outbox?to=${EMAIL}`)).json()) as {
    messages: Array<{ link: string }>;
  };
  const link = outbox.messages[0]?.link;
  if (!link) throw new Error("no sign-in link in the dev outbox");
  await page.goto(link.replace(/^https?:\/\/[^/]+/, BASE));
  // The link opens a page with one button; pressing it signs in.
  await page.getByRole("button", { name: /^Sign in as / }).click();
  await page.waitForURL(/\/my\/submissions/);
}

async function shot(page: Page, name: string) {
  // Thumbnails are made on their first request; wait for them as a reader would.
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
  console.log(`docs/screenshots/submission/${name}.png`);
}

/** A small photograph-like picture (a sepia gradient), as a JPEG. */
function sampleJpeg(): Buffer {
  const width = 480;
  const height = 320;
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const shade = 120 + Math.round(80 * Math.sin(x / 40) * Math.cos(y / 50));
      data[i] = shade + 30;
      data[i + 1] = shade + 10;
      data[i + 2] = shade - 20;
      data[i + 3] = 255;
    }
  }
  return Buffer.from(jpeg.encode({ data, width, height }, 80).data);
}

const press = (page: Page, action: string) =>
  page.click(`button[name="action"][value="${action}"]`);

async function main() {
  await mkdir(OUT, { recursive: true });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 1100, height: 900 },
      locale: "en-GB",
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${BASE}/submit?lang=en`);
    // A name the archive knows: the form shows the memorial before anything is stored.
    await page.fill('[name="name"]', "Max Zuker");
    await shot(page, "01-start");
    await page.click('button[type="submit"].button--primary');
    await shot(page, "02-duplicate-hint");
    // The relative this family writes about is someone else: a new entry.
    await page.goto(`${BASE}/submit?lang=en`);
    await page.fill('[name="name"]', "Hilde Zucker");
    await page.click('button[type="submit"].button--primary');

    await page.fill('[name="names.0.given"]', "Hilde");
    await page.fill('[name="names.0.family"]', "Zucker");
    await page.fill('[name="names.1.display"]', "Хильда Цуккер");
    await page.selectOption('[name="names.1.kind"]', "transliteration");
    await page.check('input[name="sex"][value="female"]');
    await shot(page, "03-person");
    await press(page, "continue");

    await page.selectOption('[name="events.0.type"]', "emigration");
    await page.fill('[name="events.0.date"]', "about 1933");
    await page.fill('[name="events.0.place"]', "Prague");
    await press(page, "add");
    await page.goto(`${page.url().split("?")[0]}?lang=de`);
    await page.selectOption('[name="events.1.type"]', "arrest");
    await page.fill('[name="events.1.date"]', "Frühjahr 37 oder so");
    await page.fill('[name="events.1.place"]', "Moskau");
    await press(page, "continue");
    await shot(page, "04-fate-asks-to-clarify-de");
    await page.fill('[name="events.1.date"]', "Dezember 1937");
    await press(page, "add");
    await page.goto(`${page.url().split("?")[0]}?lang=en`);
    await page.selectOption('[name="events.2.type"]', "handover");
    await page.fill('[name="events.2.date"]', "between 1939 and 1940");
    await page.fill('[name="events.2.place"]', "Brest-Litovsk");
    await page.fill('[name="events.2.modern_place"]', "Brest, Belarus");
    await shot(page, "05-fate");
    await press(page, "continue");

    await page.fill(
      '[name="biography.en"]',
      "Hilde Zucker, a typist from Berlin, followed her brother Max to Moscow.\n\nHer letters to her niece are kept by the family.",
    );
    await shot(page, "06-biography");
    await press(page, "continue");

    await page.selectOption('[name="sources.0.kind"]', "family_document");
    await page.fill(
      '[name="sources.0.citation"]',
      "Letters of Hilde Zucker to her niece, 1934–1937 (family papers, Leipzig)",
    );
    await page.check('[name="events.0.src.s1"]');
    await page.check('[name="events.1.family"]');
    await page.check('[name="events.2.family"]');
    await shot(page, "07-sources");
    await press(page, "continue");

    await page.selectOption('[name="relations.0.type"]', "sibling");
    await page.fill('[name="relations.0.name"]', "Max Zucker");
    await shot(page, "08-relations");
    await press(page, "continue");

    await page.selectOption('[name="markers.0.kind"]', "stolperstein");
    await page.fill('[name="markers.0.address"]', "Heinrich-Dernburg-Straße 7, Berlin");
    await page.fill('[name="markers.0.installed"]', "2019");
    await shot(page, "09-markers");
    await press(page, "continue");

    // Photos and documents: the upload page returns to the form with the file attached.
    await press(page, "upload");
    await page.setInputFiles('input[name="file"]', { name: "letter-1936.jpg", mimeType: "image/jpeg", buffer: sampleJpeg() });
    await page.fill('[name="caption"]', "Letter from Hilde Zucker to her niece, 1936");
    await page.fill('[name="credit"]', "Family of Hilde Zucker");
    await page.check('input[name="licence"][value="CC-BY-4.0"]');
    await page.check('input[name="rights_confirmed"]');
    await shot(page, "09a-upload");
    await page.click('form[action="/media/new"] button[type="submit"]');
    await shot(page, "09b-media");
    await press(page, "continue");

    await page.check('input[name="relationship"][value="relative"]');
    await page.fill('[name="note"]', "The letters can be scanned on request.");
    await page.check('input[name="consent"]');
    await shot(page, "10-about-you");
    await press(page, "continue");

    await shot(page, "11-check-and-send");
    await page.click('form[action$="/send"] button[type="submit"]');
    await shot(page, "12-sent");
    await page.goto(`${BASE}/my/submissions`);
    await shot(page, "13-my-submissions");

    const memorials = (await (await fetch(`${BASE}/api/v1/memorials?limit=1`)).json()) as {
      items: Array<{ id: string }>;
    };
    if (memorials.items[0]) {
      await page.goto(`${BASE}/submit?correct=${memorials.items[0].id}`);
      await shot(page, "14-suggest-a-correction");
    }

    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      javaScriptEnabled: false,
      storageState: await context.storageState(),
    });
    const small = await phone.newPage();
    await small.goto(`${BASE}/my/submissions`);
    await shot(small, "15-my-submissions-phone");
  } finally {
    await browser.close();
  }
}

await main();
