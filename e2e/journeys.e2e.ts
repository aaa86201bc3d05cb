/**
 * The three journeys of issue 8, in the order they happen: what the descendant sends (1) is
 * what the moderators review (2) and what visitors find (3). Each journey is one test with its
 * own checks and screenshots (test-results/e2e/<journey>/); a later journey needs the earlier.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { descendantJourney, type SubmittedEntry } from "./journeys/descendant";
import { moderationJourney } from "./journeys/moderation";
import { visitorJourney } from "./journeys/visitor";
import { apiSession } from "./support/api";
import { DESKTOP, launchChromium, PHONE } from "./support/browser";
import { keyboardOnly, pointer } from "./support/hands";
import { MODERATOR, RELATIVE } from "./support/persona";
import { type Journey, walkJourney } from "./support/journey";

const baseUrl = inject("baseUrl");
let browser: Browser;
let submitted: SubmittedEntry | undefined;
let published: { slug: string } | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const run = <T>(name: string, walk: (journey: Journey) => Promise<T>) => walkJourney(browser, baseUrl, name, walk);

describe("journeys", () => {
  test("1. a descendant submits a memorial for her grandfather", async () => {
    submitted = await run("1-descendant", descendantJourney);
  });

  test("2. moderators review it, the descendant revises, it is published", async () => {
    if (!submitted) throw new Error("journey 1 did not finish, so there is nothing to review");
    const entry = submitted;
    published = await run("2-moderation", (journey) => moderationJourney(journey, entry));
  });

  const CLIPBOARD = { permissions: ["clipboard-read", "clipboard-write"] };

  test("3. a visitor finds, reads, cites and reports it — keyboard only", async () => {
    if (!published) throw new Error("journey 2 did not publish the memorial");
    const { slug } = published;
    await run("3-visitor-keyboard", async (journey) => {
      const visitor = await journey.actor("visitor", { ...DESKTOP, ...CLIPBOARD });
      return visitorJourney(journey, visitor, keyboardOnly(visitor.page, journey.problems), slug);
    });
  });

  test("3. the same on a phone, by touch; both reports reach the moderators", async () => {
    if (!published) throw new Error("journey 2 did not publish the memorial");
    const { slug } = published;
    await run("3-visitor-phone", async (journey) => {
      const visitor = await journey.actor("visitor", { ...PHONE, ...CLIPBOARD });
      return visitorJourney(journey, visitor, pointer(visitor.page, { touch: true }), slug);
    });
    const moderator = await apiSession(baseUrl, MODERATOR);
    const queue = await moderator.get<{ items: Array<{ kind: string; name: string }> }>(
      "/api/v1/moderation/queue?kind=report",
    );
    expect(queue.items.filter((i) => i.kind === "report" && i.name === RELATIVE.name)).toHaveLength(2);
  });
});
