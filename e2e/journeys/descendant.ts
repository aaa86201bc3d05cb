/**
 * Journey 1: a descendant signs in (keyboard only), searches first, is shown the namesake
 * ("Is this who you mean?"), starts a new memorial, fills every step — an uncertain date, a
 * Cyrillic alias, a photo — saves the draft, leaves, comes back, sends it, and sees "pending".
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { keyboardOnly, pointer } from "../support/hands";
import type { Actor, Journey } from "../support/journey";
import { DESCENDANT, RELATIVE } from "../support/persona";
import { familyPhoto } from "../support/photo";
import { signInThroughOutbox } from "./sign-in";

export interface SubmittedEntry {
  revisionId: string;
  /** The descendant's cookies, so that later journeys continue as the same signed-in person. */
  storageState: Awaited<ReturnType<import("playwright-core").BrowserContext["storageState"]>>;
}

/** A button of the step form: continue, back, later, add. */
export const pressStep = (page: Page, action: "continue" | "back" | "later" | "add") =>
  page.locator(`#step-form button[name="action"][value="${action}"]`).click();

export async function descendantJourney(journey: Journey): Promise<SubmittedEntry> {
  const actor = await journey.actor("descendant");
  const { page } = actor;

  // Signing in and searching: keyboard only.
  const keys = keyboardOnly(page, journey.problems);
  await signInThroughOutbox(journey, actor, keys, DESCENDANT);
  await keys.type(page.locator("#header-q"), RELATIVE.name);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/search" && url.searchParams.get("q") === RELATIVE.name);
  await journey.step(actor, "searched first");
  const namesake = page.locator(".search-hit", { hasText: RELATIVE.namesake });
  await expect(namesake.count()).resolves.toBeGreaterThan(0);

  // From here on with the mouse.
  const mouse = pointer(page, { touch: false });
  await mouse.activate(page.getByRole("link", { name: "Submit a memorial" }));
  await page.waitForURL(/\/submit$/);
  await journey.step(actor, "start");
  await page.getByLabel("What was the person’s name?").fill(RELATIVE.name);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("heading", { name: "Is this who you mean?" }).waitFor();
  await journey.step(actor, "is this who you mean");
  await expect(page.locator(".candidate-list").textContent()).resolves.toContain(RELATIVE.namesake);
  await page.getByRole("button", { name: `Start a new entry for “${RELATIVE.name}”` }).click();
  await page.waitForURL(/\/submit\/rev_[^/]+\/person$/);
  const revisionId = /\/submit\/([^/]+)\/person/.exec(page.url())![1]!;

  await fillPerson(page);
  await journey.step(actor, "person");
  await pressStep(page, "continue");
  await page.waitForURL(/\/fate$/);
  await journey.step(actor, "life and fate");
  await fillFate(journey, actor);
  await journey.step(actor, "life and fate filled in");
  await expect(page.locator('[name="events.0.date_edtf"]').inputValue()).resolves.toBe(RELATIVE.events[0].edtf);
  await expect(page.locator('[name="events.0.date"]').inputValue()).resolves.toBe(RELATIVE.events[0].date);
  await pressStep(page, "continue");
  await page.waitForURL(/\/biography$/);
  await page.locator('[name="biography.en"]').fill(RELATIVE.biography);
  await journey.step(actor, "biography");
  await pressStep(page, "continue");
  await page.waitForURL(/\/sources$/);
  await page.locator('[name="sources.0.kind"]').selectOption("family_document");
  await page.locator('[name="sources.0.citation"]').fill(RELATIVE.familySource);
  for (const i of [0, 1, 2]) await page.locator(`[name="events.${i}.src.s1"]`).check();
  await journey.step(actor, "sources");
  await pressStep(page, "continue");
  await page.waitForURL(/\/relations$/);
  await page.locator('[name="relations.0.type"]').selectOption("spouse");
  await page.locator('[name="relations.0.name"]').fill(RELATIVE.spouse);
  await journey.step(actor, "related people");

  // Saves the draft and leaves; the tab is closed.
  await pressStep(page, "later");
  await page.waitForURL(/\/my\/submissions\?saved=/);
  await journey.step(actor, "draft saved");
  await expect(page.locator(".submission-list").textContent()).resolves.toContain("Draft — not sent yet");
  await page.close();

  // Comes back later, through "My submissions".
  const back = { ...actor, page: await actor.context.newPage() };
  await back.page.goto("/");
  await journey.step(back, "comes back");
  await back.page.getByRole("link", { name: "My submissions" }).click();
  await back.page.waitForURL(/\/my\/submissions$/);
  await journey.step(back, "my submissions");
  await back.page.getByRole("link", { name: "Continue" }).click();
  await back.page.waitForURL(/\/relations$/);
  await journey.step(back, "draft continued");
  await expect(back.page.locator('[name="relations.0.name"]').inputValue()).resolves.toBe(RELATIVE.spouse);
  await pressStep(back.page, "continue");
  await back.page.waitForURL(/\/markers$/);
  await back.page.locator('[name="markers.0.kind"]').selectOption("stolperstein");
  await back.page.locator('[name="markers.0.address"]').fill(RELATIVE.stolperstein);
  await back.page.locator('[name="markers.0.installed"]').fill("2015");
  await journey.step(back, "memorial markers");
  await pressStep(back.page, "continue");
  await back.page.waitForURL(/\/media$/);
  await journey.step(back, "photos and documents");
  await uploadPhoto(journey, back);
  await pressStep(back.page, "continue");
  await back.page.waitForURL(/\/submitter$/);
  await back.page.getByLabel("I am a descendant").check();
  await back.page.getByLabel("A note to the moderators (optional)").fill(RELATIVE.note);
  await back.page.getByLabel(/I agree that this information is published/).check();
  await journey.step(back, "about you");
  await pressStep(back.page, "continue");
  await back.page.waitForURL(/\/review$/);
  await journey.step(back, "check and send");
  const overview = await back.page.locator("main").textContent();
  expect(overview).toContain("Everything needed is filled in");
  expect(overview).toContain(RELATIVE.photoCaption);
  await back.page.getByRole("button", { name: "Send to the moderators" }).click();
  await back.page.waitForURL(/\/my\/submissions\/[^/?]+\?sent=1/);
  await journey.step(back, "sent");
  await expect(back.page.locator(".status").first().textContent()).resolves.toBe("Waiting for review");

  const stored = await back.context.request.get(`/api/v1/submissions/${revisionId}`);
  expect(stored.status()).toBe(200);
  const revision = (await stored.json()) as StoredRevision;
  expect(revision.status).toBe("pending");
  expect(revision.document.names).toContainEqual(expect.objectContaining({ display: RELATIVE.alias, kind: "alias", script: "Cyrl" }));
  expect(revision.document.events[0]!.date).toMatchObject({ edtf: "1890~", text: RELATIVE.events[0].date });
  expect(revision.document.media).toHaveLength(1);
  return { revisionId, storageState: await back.context.storageState() };
}

interface StoredRevision {
  status: string;
  document: {
    names: Array<{ display: string; kind: string; script?: string }>;
    events: Array<{ date?: { edtf?: string; text?: string } }>;
    media: unknown[];
  };
}

async function fillPerson(page: Page) {
  await expect(page.locator('[name="names.0.display"]').inputValue()).resolves.toBe(RELATIVE.name);
  await page.locator('[name="names.0.given"]').fill(RELATIVE.given);
  await page.locator('[name="names.0.family"]').fill(RELATIVE.family);
  await page.locator('[name="names.1.display"]').fill(RELATIVE.alias);
  await page.locator('[name="names.1.kind"]').selectOption("alias");
  await page.getByRole("radio", { name: "male", exact: true }).check();
}

async function fillFate(journey: Journey, actor: Actor) {
  const { page } = actor;
  for (const [i, event] of RELATIVE.events.entries()) {
    await page.locator(`[name="events.${i}.type"]`).selectOption(event.type);
    await page.locator(`[name="events.${i}.date"]`).fill(event.date);
    await page.locator(`[name="events.${i}.place"]`).fill(event.place);
    if (event.modern) await page.locator(`[name="events.${i}.modern_place"]`).fill(event.modern);
    if (i < RELATIVE.events.length - 1) {
      await pressStep(page, "add");
      await page.locator(`[name="events.${i + 1}.type"]`).waitFor();
      await journey.step(actor, `event ${i + 1} added`);
    }
  }
}

const UPLOADS_API = /\/api\/v1\/media\/uploads(\/[^/]+(\/parts\/\d+|\/complete)?)?$/;

/**
 * The media step saves and opens the upload page, which returns to the step with the file
 * attached. With JavaScript the page's script (public/js/upload.js) sends the file through the
 * resumable API: the missing confirmation comes back next to its checkbox, and a part lost on
 * the way is sent again.
 */
async function uploadPhoto(journey: Journey, actor: Actor) {
  const { page } = actor;
  await page.getByRole("button", { name: "Add a photo or document" }).click();
  await page.waitForURL(/\/media\/new\?return_to=/);
  await journey.step(actor, "upload page");
  const calls: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (UPLOADS_API.test(url.pathname) || url.pathname === "/media/new")
      calls.push(`${response.request().method()} ${url.pathname.replace(/upl_[a-z0-9]+/, "{id}")} ${response.status()}`);
  });
  await page.locator("#media-file").setInputFiles({ name: "hermann-schuberth.jpg", mimeType: "image/jpeg", buffer: familyPhoto() });
  await page.locator("#media-caption").fill(RELATIVE.photoCaption);
  await page.locator("#media-credit").fill(RELATIVE.photoCredit);
  await page.locator('input[name="licence"][value="CC-BY-4.0"]').check();
  await journey.step(actor, "upload filled in");
  const upload = page.locator('form[action="/media/new"] button[type="submit"]');

  // Forgot to confirm the rights: the archive says so next to the checkbox; nothing is sent.
  await journey.tolerate(UPLOADS_API, async () => {
    await upload.click();
    await page.locator("#media-rights-error").waitFor();
  });
  await journey.step(actor, "upload refused without the rights confirmation");
  const rights = page.locator('input[name="rights_confirmed"]');
  await expect(rights.getAttribute("aria-describedby")).resolves.toContain("media-rights-error");
  await expect(page.locator("#media-rights-error").textContent()).resolves.toBe(
    "Please confirm that you may share this file under the licence you chose.",
  );
  await rights.check();

  // The connection drops while the photo's only part is on its way: the script sends it again.
  let dropped = 0;
  const dropFirstPart = (route: import("playwright-core").Route) =>
    dropped++ === 0 ? route.abort("connectionreset") : route.continue();
  await page.route("**/api/v1/media/uploads/*/parts/*", dropFirstPart);
  await journey.tolerate(UPLOADS_API, async () => {
    await upload.click();
    await page.waitForURL(/\/submit\/[^/]+\/media$/);
  });
  await page.unroute("**/api/v1/media/uploads/*/parts/*", dropFirstPart);
  expect(calls).toEqual([
    "POST /api/v1/media/uploads 422",
    "POST /api/v1/media/uploads 201",
    "PUT /api/v1/media/uploads/{id}/parts/1 200",
    "POST /api/v1/media/uploads/{id}/complete 201",
  ]);
  expect(dropped).toBe(2);
  await journey.step(actor, "photo attached");
  await expect(page.locator('[name="media.0.caption"]').inputValue()).resolves.toBe(RELATIVE.photoCaption);
}
