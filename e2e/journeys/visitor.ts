/**
 * Journey 3: a visitor finds the new memorial by a spelling by ear and by the Cyrillic alias,
 * reads it, switches to German and Russian, copies the versioned citation, reads the entry's
 * history and its version, reports a problem, and opens the map and the timeline. Walked with any hands: keyboard only on a laptop, touch on a phone.
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import type { Hands } from "../support/hands";
import type { Actor, Journey } from "../support/journey";
import { RELATIVE } from "../support/persona";

export interface VisitorOutcome {
  memorialId: string;
}

export async function visitorJourney(journey: Journey, actor: Actor, hands: Hands, slug: string): Promise<VisitorOutcome> {
  const { page } = actor;
  await page.goto("/");
  await journey.step(actor, "home");

  await search(journey, actor, hands, RELATIVE.heardAs, "by ear");
  await expect(hit(page).locator(".search-hit__match").textContent()).resolves.toContain("Sounds like");
  await search(journey, actor, hands, RELATIVE.alias, "cyrillic alias");
  await expect(hit(page).locator(".search-hit__match").textContent()).resolves.toContain(RELATIVE.alias);
  await hands.activate(hit(page).getByRole("link", { name: RELATIVE.name }));
  await page.waitForURL(`**/memorials/${slug}`);
  await journey.step(actor, "memorial");
  const article = await page.locator("main").textContent();
  for (const text of [RELATIVE.alias, "about 1890", RELATIVE.archiveSource.citation, RELATIVE.photoCaption]) {
    expect(article).toContain(text);
  }
  // The photo is public now: it loads (lazily, once scrolled to).
  const photo = page.locator(`img[src*="/media/"]`).first();
  await photo.scrollIntoViewIfNeeded();
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 15_000 })
    .toBe(true);

  await switchLanguage(journey, actor, hands, "Deutsch", "de", "um 1890");
  await switchLanguage(journey, actor, hands, "Русский", "ru", "около 1890");
  await copyCitation(journey, actor, hands, "Скопировать ссылку", "Скопировано.");
  await switchLanguage(journey, actor, hands, "English", "en", "about 1890");
  const memorialId = await copyCitation(journey, actor, hands, "Copy citation", "Copied.");
  await readHistory(journey, actor, hands, slug, memorialId);

  await hands.activate(page.getByRole("link", { name: "Report a problem" }));
  await page.waitForURL(`**/memorials/${slug}/report`);
  await journey.step(actor, "report form");
  await hands.choose(page.getByRole("radio", { name: "An error" }));
  await hands.type(page.getByLabel("What is wrong?"), `The photo is from 1931, not 1930 (${actor.name}).`);
  await hands.activate(page.getByRole("button", { name: "Send report" }));
  await page.getByRole("heading", { name: "Thank you" }).waitFor();
  await journey.step(actor, "report sent");

  await hands.activate(page.getByRole("link", { name: "Browse", exact: true }));
  await page.waitForURL(/\/browse$/);
  await journey.step(actor, "browse");
  await hands.activate(page.getByRole("link", { name: "Map", exact: true }));
  await page.waitForURL(/\/map$/);
  await page.locator("#map.leaflet-container").waitFor();
  await journey.step(actor, "map");
  await page.goBack();
  await page.waitForURL(/\/browse$/);
  await journey.step(actor, "back to browse");
  await hands.activate(page.getByRole("link", { name: "Timeline", exact: true }));
  await page.waitForURL(/\/timeline$/);
  await journey.step(actor, "timeline");
  await hands.activate(page.getByRole("link", { name: "Handed over to the Gestapo", exact: true }));
  await page.waitForURL(/\/timeline\?type=handover$/);
  await journey.step(actor, "timeline of handovers");
  await expect(page.locator(`.transport a[href="/memorials/${slug}"]`).count()).resolves.toBe(1);
  return { memorialId };
}

/** The result for the new memorial (the namesake may be listed too). */
const hit = (page: Page) => page.locator(".search-hit", { has: page.getByRole("link", { name: RELATIVE.name, exact: true }) });

async function search(journey: Journey, actor: Actor, hands: Hands, query: string, label: string) {
  const { page } = actor;
  await hands.type(page.locator("#header-q"), query);
  await hands.activate(page.locator(".header-search button[type=submit]"));
  // The page may already show results for another query: wait for this one's.
  await page.waitForURL((url) => url.pathname === "/search" && url.searchParams.get("q") === query);
  await journey.step(actor, `search ${label}`);
  await expect(hit(page).count()).resolves.toBe(1);
}

async function switchLanguage(journey: Journey, actor: Actor, hands: Hands, name: string, lang: string, birthWords: string) {
  const { page } = actor;
  await hands.activate(page.locator(".language-switcher").getByRole("link", { name }));
  await page.waitForURL(new RegExp(`lang=${lang}`));
  await journey.step(actor, `in ${lang}`);
  await expect(page.locator("html").getAttribute("lang")).resolves.toBe(lang);
  await expect(page.locator("main").textContent()).resolves.toContain(birthWords);
}

/** The copy button appears only with JavaScript; what it copies is the citation shown. */
async function copyCitation(journey: Journey, actor: Actor, hands: Hands, button: string, done: string): Promise<string> {
  const { page } = actor;
  await hands.activate(page.getByRole("button", { name: button }));
  await expect.poll(() => page.locator(".cite__status").textContent(), { timeout: 15_000 }).toBe(done);
  await journey.step(actor, "citation copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator("#citation-text").inputValue());
  // The citation names the version and links to it for good (docs/versions.md).
  expect(copied).toMatch(/\/memorials\/mem_[a-z0-9]+\/v\/\d+ /);
  const permanent = /\/memorials\/(mem_[a-z0-9]+)/.exec(copied);
  expect(permanent, `a permanent link in “${copied}”`).not.toBeNull();
  return permanent![1]!;
}

/** From the page to its history, to the version it lists, and back to the entry. */
async function readHistory(journey: Journey, actor: Actor, hands: Hands, slug: string, memorialId: string) {
  const { page } = actor;
  await hands.activate(page.getByRole("link", { name: "Every version of this entry, and what changed" }));
  await page.waitForURL(`**/memorials/${slug}/history`);
  await journey.step(actor, "history");
  const newest = page.locator(".history__version").first();
  await expect(newest.textContent()).resolves.toMatch(/Version \d+ · (First publication|Correction)/);
  await expect(newest.textContent()).resolves.toContain("Contributed by");
  await hands.activate(newest.getByRole("link", { name: /^Version \d+$/ }));
  await page.waitForURL(new RegExp(`/memorials/${memorialId}/v/\\d+$`));
  await journey.step(actor, "a version at its permanent address");
  await expect(page.locator(".version-notice").textContent()).resolves.toContain("This is the current version of this entry");
  await expect(page.locator("#citation-text").inputValue()).resolves.toContain(new URL(page.url()).pathname);
  await hands.activate(page.getByRole("link", { name: "Read the current entry" }));
  await page.waitForURL(`**/memorials/${slug}`);
  // Every page a journey reaches is checked with axe, this one too.
  await journey.step(actor, "back to the entry");
}
