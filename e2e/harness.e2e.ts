/**
 * The checks themselves: a deliberately broken page (answered inside the browser, never by the
 * archive) must produce every kind of problem the journeys guard against. Without this, a
 * journey with a silently broken check would pass.
 */
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./support/browser";
import { keyboardOnly } from "./support/hands";
import { Journey } from "./support/journey";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const BROKEN = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Broken</title>
<link rel="stylesheet" href="/css/no-such-file.css"></head><body>
<main><p id="twice">One</p><p id="twice">Two</p><img src="/favicon.svg">
<img src="https://tiles.example.org/0/0/0.png" alt="">
<button type="button" class="no-focus-ring">Press</button>
<div class="too-wide">wide</div>
<style>.no-focus-ring:focus-visible { outline: none; } .too-wide { width: 3000px; }</style>
<script>console.error("boom")</script></main></body></html>`;

test("the page checks report what they are there to catch", async () => {
  const journey = await new Journey(browser, baseUrl, "0-harness").start();
  const actor = await journey.actor("tester");
  await actor.context.route(`${baseUrl}/__e2e/broken`, (route) => route.fulfill({ contentType: "text/html", body: BROKEN }));
  await actor.page.goto("/__e2e/broken");
  await journey.step(actor, "broken page");
  await keyboardOnly(actor.page, journey.problems).activate(actor.page.getByRole("button", { name: "Press" }));
  await actor.page.goto("/browse");
  const problems = (await journey.finish()).join("\n");

  expect(problems).toMatch(/axe image-alt/);
  expect(problems).toMatch(/axe html-has-lang/);
  expect(problems).toMatch(/vnu .*Duplicate ID/);
  expect(problems).toMatch(/console error .*boom/);
  expect(problems).toMatch(/404 for GET .*\/css\/no-such-file\.css/);
  expect(problems).toMatch(/request leaving 127\.0\.0\.1: https:\/\/tiles\.example\.org/);
  expect(problems).toMatch(/wider than the window \(reflow\): <div class="too-wide">/);
  expect(problems).toMatch(/focus not visible .*<button> Press/);
  expect(problems).toMatch(/page not checked with axe: GET .*\/browse/);
});

test("axe also reports on a page whose browser runs no scripts", async () => {
  const journey = await new Journey(browser, baseUrl, "0-harness-no-js").start();
  const actor = await journey.actor("tester", { javaScriptEnabled: false });
  await actor.context.route(`${baseUrl}/__e2e/broken`, (route) => route.fulfill({ contentType: "text/html", body: BROKEN }));
  await actor.page.goto("/__e2e/broken");
  await journey.step(actor, "broken page");
  const problems = (await journey.finish()).join("\n");
  expect(problems).toMatch(/axe image-alt/);
  expect(problems).not.toMatch(/console error .*boom/);
});
