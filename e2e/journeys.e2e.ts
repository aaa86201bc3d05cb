/**
 * The three journeys of issue 8, in the order they happen: what the descendant sends (1) is
 * what the moderators review (2) and what visitors find (3). Each journey is one test with its
 * own checks and screenshots (test-results/e2e/<journey>/); a later journey needs the earlier.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { descendantJourney, type SubmittedEntry } from "./journeys/descendant";
import { launchChromium } from "./support/browser";
import { Journey } from "./support/journey";

const baseUrl = inject("baseUrl");
let browser: Browser;
let submitted: SubmittedEntry | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Walks a journey, then checks every page it saw; a failed step is reported with those problems. */
async function run<T>(name: string, walk: (journey: Journey) => Promise<T>): Promise<T> {
  const journey = await new Journey(browser, baseUrl, name).start();
  let result: T;
  try {
    result = await walk(journey);
  } catch (error) {
    const problems = await journey.finish();
    if (error instanceof Error && problems.length) error.message += `\nProblems on the pages so far:\n${problems.join("\n")}`;
    throw error;
  }
  expect(await journey.finish(), `problems on the pages of journey ${name}`).toEqual([]);
  return result;
}

describe("journeys", () => {
  test("1. a descendant submits a memorial for her grandfather", async () => {
    submitted = await run("1-descendant", descendantJourney);
  });
});
