/**
 * Signing in by email link, as people do it: the form, the link from the (dev) mailbox, and the
 * one button the link opens (opening it alone signs nobody in).
 */
import type { Actor, Journey } from "../support/journey";
import type { Hands } from "../support/hands";
import { signInLink } from "../support/outbox";

/**
 * From the home page through the header's "Sign in", the form, the dev outbox page and the link
 * in the newest message. Works with any hands, so it can be done keyboard-only.
 */
export async function signInThroughOutbox(journey: Journey, actor: Actor, hands: Hands, email: string) {
  const { page } = actor;
  await page.goto("/");
  await journey.step(actor, "home");
  await hands.activate(page.getByRole("link", { name: "Sign in", exact: true }));
  await page.waitForURL(/\/auth\/sign-in/);
  await journey.step(actor, "sign-in form");
  await hands.type(page.getByLabel("Your email address"), email);
  await hands.activate(page.getByRole("button", { name: "Send me a sign-in link" }));
  await page.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
  await journey.step(actor, "link sent");
  await hands.activate(page.getByRole("link", { name: "Open the dev outbox" }));
  await page.waitForURL(/\/dev\/outbox/);
  await journey.step(actor, "dev outbox");
  // Newest first: the link just sent.
  await hands.activate(page.locator(".card a[href*='/auth/verify?token=']").first());
  await page.waitForURL(/\/auth\/verify/);
  await journey.step(actor, "sign-in button");
  await hands.activate(page.getByRole("button", { name: `Sign in as ${email}` }));
  await page.waitForURL(/\/my\/submissions/);
  await journey.step(actor, "signed in");
}

/**
 * Straight from the outbox API, for people whose sign-in is not what the journey is about.
 * `lands` is where signing in leads them: contributors to their submissions, moderators to the queue.
 */
export async function signInDirectly(journey: Journey, actor: Actor, email: string, lands: RegExp = /\/my\/submissions/) {
  const { page } = actor;
  await page.goto("/auth/sign-in");
  await journey.step(actor, "sign-in form");
  await page.getByLabel("Your email address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  await journey.step(actor, "link sent");
  await page.goto(await signInLink(journey.baseUrl, email));
  await journey.step(actor, "sign-in button");
  await page.getByRole("button", { name: `Sign in as ${email}` }).click();
  await page.waitForURL(lands);
  await journey.step(actor, "signed in");
}
