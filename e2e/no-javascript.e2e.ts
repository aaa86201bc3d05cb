/**
 * With JavaScript switched off in the browser (on a phone, where old or locked-down browsers are
 * common), the submission form and search still work: every step is a plain form, errors come
 * back next to the field, filters are a <details> and a submit button. Independent of the
 * journeys: another contributor, another name, demo data only.
 */
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { pressStep } from "./journeys/descendant";
import { signInDirectly } from "./journeys/sign-in";
import { launchChromium, PHONE } from "./support/browser";
import { familyPhoto } from "./support/photo";
import { type Actor, type Journey, walkJourney } from "./support/journey";

const baseUrl = inject("baseUrl");
const CONTRIBUTOR = "descendant2@zeugnis.test";
const NAME = "Erna Kirschbaum";
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A journey of one person whose browser runs no scripts, on a phone. */
function withoutJavaScript(name: string, walk: (journey: Journey, actor: Actor) => Promise<void>) {
  return walkJourney(browser, baseUrl, name, async (journey) => {
    const actor = await journey.actor("no-js", { ...PHONE, javaScriptEnabled: false });
    await walk(journey, actor);
  });
}

test("the submission form works from the first name to 'waiting for review' without JavaScript", async () => {
  await withoutJavaScript("4-no-js-submission", async (journey, actor) => {
    const { page } = actor;
    await signInDirectly(journey, actor, CONTRIBUTOR);
    await page.locator(".site-nav").getByRole("link", { name: "Submit a memorial" }).click();
    await page.waitForURL(/\/submit$/);
    await journey.step(actor, "start");
    await page.getByLabel("What was the person’s name?").fill(NAME);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(/\/submit\/[^/]+\/person$/);
    await journey.step(actor, "person");
    const revisionUrl = page.url().replace(/\/person$/, "");

    // "Save and add another" adds a box for a second name: a round trip, no script.
    await page.locator('[name="names.0.given"]').fill("Erna");
    await page.locator('[name="names.0.family"]').fill("Kirschbaum");
    await pressStep(page, "add");
    await page.locator('[name="names.1.display"]').waitFor();
    await journey.step(actor, "another name box");
    await page.locator('[name="names.1.display"]').fill("Эрна Киршбаум");
    await page.locator('[name="names.1.kind"]').selectOption("transliteration");
    await pressStep(page, "continue");
    await page.waitForURL(/\/fate$/);
    await journey.step(actor, "life and fate");

    // A date the archive cannot read comes back with the words kept and a message next to them.
    await page.locator('[name="events.0.type"]').selectOption("arrest");
    await page.locator('[name="events.0.date"]').fill("Frühjahr 37 oder so");
    await page.locator('[name="events.0.place"]').fill("Moscow");
    journey.expectStatus(422);
    await pressStep(page, "continue");
    await page.locator("#f-events-0-date-error").waitFor();
    await journey.step(actor, "date not understood");
    await expect(page.locator('[name="events.0.date"]').inputValue()).resolves.toBe("Frühjahr 37 oder so");
    await expect(page.locator('[name="events.0.date"]').getAttribute("aria-describedby")).resolves.toContain("f-events-0-date-error");
    await page.locator('[name="events.0.date"]').fill("spring 1937");
    await pressStep(page, "continue");
    await page.waitForURL(/\/biography$/);
    await journey.step(actor, "biography");

    // The step list is made of buttons of the form: it saves and jumps.
    await page.getByRole("button", { name: "Sources", exact: true }).click();
    await page.waitForURL(/\/sources$/);
    await journey.step(actor, "sources");
    await page.locator('[name="sources.0.kind"]').selectOption("oral_family");
    await page.locator('[name="sources.0.citation"]').fill("Told by her son Peter Kirschbaum, 1995");
    await page.locator('[name="events.0.src.s1"]').check();

    // A photo through the plain upload form: one multipart POST, back to the step with the file.
    await page.getByRole("button", { name: "Photos and documents", exact: true }).click();
    await page.waitForURL(/\/media$/);
    await journey.step(actor, "photos and documents");
    await page.getByRole("button", { name: "Add a photo or document" }).click();
    await page.waitForURL(/\/media\/new\?return_to=/);
    await journey.step(actor, "upload page");
    await page.locator("#media-file").setInputFiles({ name: "erna.jpg", mimeType: "image/jpeg", buffer: familyPhoto(90, 120) });
    await page.locator("#media-caption").fill("Erna Kirschbaum, about 1935");
    await page.locator('input[name="licence"][value="CC-BY-4.0"]').check();
    await page.locator('input[name="rights_confirmed"]').check();
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    await page.waitForURL(/\/submit\/[^/]+\/media$/);
    await journey.step(actor, "photo attached");
    await expect(page.locator('[name="media.0.caption"]').inputValue()).resolves.toBe("Erna Kirschbaum, about 1935");
    await page.getByRole("button", { name: "About you", exact: true }).click();
    await page.waitForURL(/\/submitter$/);
    await journey.step(actor, "about you");
    await page.getByLabel("I am another relative").check();
    await page.getByLabel(/I agree that this information is published/).check();
    await pressStep(page, "continue");
    await page.waitForURL(/\/review$/);
    await journey.step(actor, "check and send");
    await page.getByRole("button", { name: "Send to the moderators" }).click();
    await page.waitForURL(/\?sent=1$/);
    await journey.step(actor, "sent");
    await expect(page.locator(".status").first().textContent()).resolves.toBe("Waiting for review");

    const stored = await actor.context.request.get(revisionUrl.replace("/submit/", "/api/v1/submissions/"));
    const revision = (await stored.json()) as {
      status: string;
      document: { events: Array<{ date: unknown }>; media: Array<{ caption?: Record<string, string> }> };
    };
    expect(revision.status).toBe("pending");
    expect(revision.document.media).toMatchObject([{ caption: { en: "Erna Kirschbaum, about 1935" } }]);
    expect(revision.document.events[0]!.date).toMatchObject({ edtf: "1937-21", text: "spring 1937" });
  });
});

test("search, its filters and the memorial page work without JavaScript", async () => {
  await withoutJavaScript("5-no-js-search", async (journey, actor) => {
    const { page } = actor;
    await page.goto("/");
    await journey.step(actor, "home");
    await page.locator("#header-q").fill("Buber-Neumann");
    await page.locator(".header-search button[type=submit]").click();
    await page.waitForURL(/\/search\?q=Buber-Neumann$/);
    await journey.step(actor, "results");
    await expect(page.locator(".search-hit").first().textContent()).resolves.toContain("Margarete Buber-Neumann");

    await page.locator(".search-form__filters summary").click();
    await page.locator('input[name="fate"][value="handover"]').check();
    await page.locator("#search-sort").selectOption("name");
    await journey.step(actor, "filters open");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((url) => url.searchParams.get("fate") === "handover" && url.searchParams.get("sort") === "name");
    await journey.step(actor, "filtered");
    const name = page.getByRole("link", { name: "Margarete Buber-Neumann", exact: true });
    const hit = page.locator(".search-hit", { has: name });
    await expect(hit.count()).resolves.toBe(1);

    await hit.locator(name).click();
    await page.waitForURL(/\/memorials\//);
    await journey.step(actor, "memorial");
    // The copy button needs a script, so it stays hidden; the citation is there to select.
    await expect(page.locator("button[data-copy]").isHidden()).resolves.toBe(true);
    await expect(page.locator("#citation-text").inputValue()).resolves.toContain("Margarete Buber-Neumann");
  });
});
