/**
 * Issue 25, visitors and families: a researcher finds the open data page and the guide to the
 * files from the footer; a great-granddaughter makes a request letter for Max Zucker (a demo
 * memorial) — with JavaScript the letter is made in the browser and nothing is sent; without it
 * the form is sent with GET and the server makes the very same letter. Demo data only.
 */
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DESKTOP, launchChromium, PHONE } from "./support/browser";
import { walkJourney } from "./support/journey";

const baseUrl = inject("baseUrl");
const MEMORIAL = "/memorials/max-zucker";
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function fillInTheLetter(page: Page) {
  await page.getByLabel("Language of the letter").selectOption("ru");
  await page.getByLabel("Archive", { exact: true }).selectOption("fsb");
  await page.getByLabel("Your name").fill("Anna Zucker");
  await page.getByLabel("How you are related to Max Zucker").fill("правнучка");
  await page.getByLabel("Your postal address and e-mail").fill("Musterstraße 1, Berlin\nanna@example.org");
}

test("a researcher finds open data and the guide to the files from the footer", async () => {
  await walkJourney(browser, baseUrl, "7-open-data", async (journey) => {
    const actor = await journey.actor("researcher", DESKTOP);
    const { page } = actor;
    await page.goto("/");
    await journey.step(actor, "home");
    await page.locator(".site-footer").getByRole("link", { name: "Open data" }).click();
    await page.waitForURL(/\/open-data$/);
    await journey.step(actor, "open data");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Open data");
    // The examples name the archive the visitor is on (npm start sets SITE_URL to its address).
    await expect(page.locator(".examples code").first().textContent()).resolves.toContain(`"${baseUrl}/api/v1/memorials?q=Zucker`);
    await page.getByRole("link", { name: "/api/docs" }).click();
    await page.waitForURL(/\/api\/docs$/);
    await journey.step(actor, "API reference");
    await page.locator(".site-footer").getByRole("link", { name: "Finding the files" }).click();
    await page.waitForURL(/\/finding-the-files$/);
    await journey.step(actor, "guide to the files");
    await expect(page.getByRole("heading", { name: "Arolsen Archives, Bad Arolsen" }).count()).resolves.toBe(1);
  });
});

test("a family makes a request letter: in the browser with JavaScript, the same one from the server without", async () => {
  await walkJourney(browser, baseUrl, "8-request-letter", async (journey) => {
    const withScripts = await journey.actor("family", DESKTOP);
    const { page } = withScripts;
    await page.goto(MEMORIAL);
    await journey.step(withScripts, "memorial");
    await page.getByRole("link", { name: "Write a request letter for this person" }).click();
    await page.waitForURL(/\/request-letter$/);
    await journey.step(withScripts, "letter form");

    // From here on the browser must not ask the server for anything: the letter is made on the page.
    const sent: string[] = [];
    page.on("request", (request) => sent.push(request.url()));
    await fillInTheLetter(page);
    const letter = page.getByLabel("Text of the letter");
    await expect.poll(() => letter.inputValue()).toContain("Степень родства: правнучка.");
    await page.getByRole("button", { name: "Make the letter" }).click();
    await journey.step(withScripts, "letter made in the browser");
    const made = await letter.inputValue();
    expect(page.url()).toBe(`${baseUrl}${MEMORIAL}/request-letter`);
    expect(sent).toEqual([]);
    expect(made).toContain("В архив Управления ФСБ России по региону ареста");
    expect(made).toContain("- Дата и место смерти: 23 октября 1941 г.");
    expect(made).toContain("Ответ прошу направить по адресу: Musterstraße 1, Berlin\nanna@example.org");

    const withoutScripts = await journey.actor("family-no-js", { ...PHONE, javaScriptEnabled: false });
    const phone = withoutScripts.page;
    await phone.goto(`${MEMORIAL}/request-letter`);
    await journey.step(withoutScripts, "letter form without JavaScript");
    await fillInTheLetter(phone);
    await phone.getByRole("button", { name: "Make the letter" }).click();
    await phone.waitForURL(/\/request-letter\?language=ru/);
    await journey.step(withoutScripts, "letter made by the server");
    await expect(phone.getByLabel("Text of the letter").inputValue()).resolves.toBe(made);
  });
});
