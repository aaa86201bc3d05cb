/**
 * A slow or broken connection (issue 6, "large files in parts … so a slow connection can
 * resume"): on /media/new the script sends two files at once; the scan's second part never
 * arrives, the upload waits; after a reload the page names the unfinished upload, the same file
 * is chosen again, and only the missing part is sent. Independent of the journeys.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, Route } from "playwright-core";
import { signInDirectly } from "./journeys/sign-in";
import { DESKTOP, launchChromium } from "./support/browser";
import { walkJourney } from "./support/journey";
import { familyPhoto } from "./support/photo";
import { longScanPdf } from "./support/scan";

const baseUrl = inject("baseUrl");
const CONTRIBUTOR = "descendant2@zeugnis.test";
const PART = 5 * 1024 * 1024;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(path.join(tmpdir(), "zeugnis-upload-"));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A 6 MB PDF (two parts of the resumable protocol), written to disk as a person's file is. */
async function scanOnDisk(): Promise<string> {
  const bytes = longScanPdf(PART + 1024 * 1024);
  const file = path.join(dir, "urteil-1938.pdf");
  await writeFile(file, bytes);
  return file;
}

test("an interrupted upload continues after a reload, sending only the missing part", async () => {
  await walkJourney(browser, baseUrl, "6-upload-resume", async (journey) => {
    const actor = await journey.actor("contributor", DESKTOP);
    const { page } = actor;
    await signInDirectly(journey, actor, CONTRIBUTOR);
    const scan = await scanOnDisk();
    const photo = path.join(dir, "portrait.jpg");
    await writeFile(photo, familyPhoto(120, 160));
    const parts: string[] = [];
    page.on("response", (response) => {
      const match = /\/api\/v1\/media\/uploads\/(upl_[a-z0-9]+)\/parts\/(\d+)$/.exec(response.url());
      if (match && response.status() === 200) parts.push(`${match[1]} ${match[2]}`);
    });

    await page.goto("/media/new");
    await journey.step(actor, "upload page");
    await page.locator("#media-file").setInputFiles([photo, scan]);
    await page.locator("#media-caption").fill("Judgement of the military tribunal, 1938");
    await page.locator("#media-credit").fill("Family Kirschbaum");
    await page.locator('input[name="licence"][value="permission"]').check();
    await page.locator('input[name="rights_confirmed"]').check();
    const upload = page.getByRole("button", { name: "Upload", exact: true });

    // The second part of the scan never gets through: tried again, then the upload waits.
    const cut = (route: Route) =>
      route.request().url().endsWith("/parts/2") ? route.abort("connectionreset") : route.continue();
    await page.route("**/api/v1/media/uploads/*/parts/*", cut);
    await journey.tolerate(/\/api\/v1\/media\/uploads\/[^/]+\/parts\/2$/, async () => {
      await upload.click();
      await page.getByText(/^Interrupted\./).waitFor({ timeout: 60_000 });
    });
    await page.unroute("**/api/v1/media/uploads/*/parts/*", cut);
    const rows = page.locator(".upload-progress__item");
    await expect(rows.nth(0).locator(".upload-progress__status").textContent()).resolves.toBe("Uploaded");
    await expect(rows.nth(1).locator("progress").getAttribute("aria-label")).resolves.toBe("Upload of urteil-1938.pdf");
    await journey.step(actor, "scan interrupted");
    expect(parts.filter((p) => p.endsWith(" 1"))).toHaveLength(2);
    const scanUpload = parts[parts.length - 1]!.split(" ")[0]!;

    // Later (the page reloaded): the page names the unfinished upload; the same file again.
    await page.reload();
    await expect(page.locator(".upload-unfinished").textContent()).resolves.toContain("urteil-1938.pdf");
    await journey.step(actor, "unfinished upload named after a reload");
    await page.locator("#media-file").setInputFiles(scan);
    await upload.click();
    await page.getByRole("heading", { name: "Files uploaded" }).waitFor();
    await journey.step(actor, "scan uploaded");
    await expect(page.locator(".upload-unfinished").count()).resolves.toBe(0);
    // Part 1 of the scan went once; only part 2 was sent after the reload.
    expect(parts.filter((p) => p.startsWith(scanUpload))).toEqual([`${scanUpload} 1`, `${scanUpload} 2`]);

    const id = await page.locator(".upload-progress__item code").textContent();
    const stored = await page.request.get(`/api/v1/media/${id}`);
    // Stored as cleaned (written anew without hidden details), so about the size sent, not the same.
    const file = (await stored.json()) as { mime: string; bytes: number; status: string };
    expect(file).toMatchObject({ mime: "application/pdf", status: "private" });
    expect(file.bytes).toBeGreaterThan(PART);
  });
});
