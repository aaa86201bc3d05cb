/**
 * A journey: one or more people (browser contexts) going through the archive, with the checks
 * the issue asks for on every page they see:
 *   - axe-core, WCAG 2.2 A/AA: zero violations (at every `step`);
 *   - the Nu Html Checker on every HTML page the server sent: zero errors (at `finish`);
 *   - nothing wider than the window (WCAG 1.4.10 Reflow; axe does not test it);
 *   - no console errors, no failed requests, no request leaving 127.0.0.1;
 *   - a screenshot per step under test-results/e2e/<journey>/.
 * Every HTML page received must have been checked by a `step`, so no page slips through.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from "playwright-core";
import { keepRequestsLocal, type NetworkLog } from "./network";
import { RESULTS_DIR } from "./paths";
import { runVnu } from "./vnu";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface ServedPage {
  actor: string;
  url: string;
  status: number;
  html: Promise<string>;
  axeChecked: boolean;
}

export interface Actor {
  name: string;
  context: BrowserContext;
  page: Page;
  /** False when the browser runs no scripts (javaScriptEnabled: false). */
  javaScript?: boolean;
}

/**
 * axe-core on the page as it is. Without JavaScript, Chromium runs no timers, which axe needs
 * between its checks: the page gets a setTimeout that continues on the promise queue instead
 * (promise callbacks still run), and axe runs inside the page rather than in a helper page that
 * would have scripts switched off too. No script of the page itself runs either way.
 */
async function runAxe(page: Page, javaScript: boolean) {
  if (javaScript) return new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  await page.evaluate(() => {
    const timers = window as unknown as { setTimeout: unknown; clearTimeout: unknown };
    timers.setTimeout = (callback: (...args: unknown[]) => void, _delay?: number, ...args: unknown[]) => {
      void Promise.resolve().then(() => callback(...args));
      return 0;
    };
    timers.clearTimeout = () => {};
  });
  return new AxeBuilder({ page }).setLegacyMode().withTags(AXE_TAGS).analyze();
}

export class Journey {
  readonly problems: string[] = [];
  private readonly served: ServedPage[] = [];
  private readonly latest = new WeakMap<Page, ServedPage>();
  private readonly networks: NetworkLog[] = [];
  private readonly contexts: BrowserContext[] = [];
  private readonly expectedStatuses: number[] = [];
  private readonly tolerated: RegExp[] = [];
  private stepCount = 0;
  readonly dir: string;

  constructor(
    private readonly browser: Browser,
    readonly baseUrl: string,
    readonly name: string,
  ) {
    this.dir = path.join(RESULTS_DIR, name);
  }

  async start(): Promise<this> {
    await rm(this.dir, { recursive: true, force: true });
    await mkdir(this.dir, { recursive: true });
    return this;
  }

  /** A person with their own browser (cookies, language, viewport, JavaScript on or off). */
  async actor(name: string, options: BrowserContextOptions = {}): Promise<Actor> {
    const context = await this.browser.newContext({ locale: "en-GB", ...options, baseURL: this.baseUrl });
    this.contexts.push(context);
    this.networks.push(await keepRequestsLocal(context, this.baseUrl));
    context.on("console", (message) => {
      if (message.type() !== "error") return;
      if (this.isExpectedDocumentError(message.text(), message.location().url)) return;
      if (this.isTolerated(message.location().url)) return;
      this.problems.push(`${name}: console error on ${message.location().url}: ${message.text()}`);
    });
    context.on("weberror", (error) => this.problems.push(`${name}: page error: ${error.error().message}`));
    context.on("requestfailed", (request) => {
      if (this.isTolerated(request.url())) return;
      this.problems.push(`${name}: request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    context.on("response", (response) => this.onResponse(name, response));
    const page = await context.newPage();
    return { name, context, page, javaScript: options.javaScriptEnabled !== false };
  }

  /** The next HTML page may answer with this status (a form re-rendered with errors, a refusal). */
  expectStatus(status: number) {
    this.expectedStatuses.push(status);
  }

  /**
   * While `during` runs, requests to URLs matching `pattern` may fail or answer 4xx/5xx without
   * being a problem: a connection dropped on purpose, an API call answered 422 whose message the
   * page then shows. `during` must wait for what the page does about it.
   */
  async tolerate<T>(pattern: RegExp, during: () => Promise<T>): Promise<T> {
    this.tolerated.push(pattern);
    try {
      return await during();
    } finally {
      this.tolerated.splice(this.tolerated.indexOf(pattern), 1);
    }
  }

  private isTolerated(url: string): boolean {
    return this.tolerated.some((pattern) => pattern.test(url));
  }

  private onResponse(actor: string, response: Response) {
    const request = response.request();
    const status = response.status();
    if (request.resourceType() !== "document") {
      if (status >= 400 && !this.isTolerated(response.url()))
        this.problems.push(`${actor}: ${status} for ${request.method()} ${response.url()}`);
      return;
    }
    if (status >= 300 && status < 400) return;
    if (status >= 400) {
      const index = this.expectedStatuses.indexOf(status);
      if (index === -1) this.problems.push(`${actor}: unexpected ${status} for ${request.method()} ${response.url()}`);
      else this.expectedStatuses.splice(index, 1);
    }
    if (!(response.headers()["content-type"] ?? "").startsWith("text/html")) return;
    const served: ServedPage = {
      actor,
      url: `${request.method()} ${response.url()}`,
      status,
      html: response.text().catch(() => ""),
      axeChecked: false,
    };
    this.served.push(served);
    const page = response.frame().page();
    if (page) this.latest.set(page, served);
  }

  /** Chromium reports a page that answered 4xx as a console error; its status was expected. */
  private isExpectedDocumentError(text: string, url: string): boolean {
    const status = /the server responded with a status of (\d+)/.exec(text)?.[1];
    return status !== undefined && this.served.some((p) => p.url.endsWith(` ${url}`) && p.status === Number(status));
  }

  /** After each thing a person does: check the page they now see and keep a screenshot. */
  async step(actor: Actor, title: string): Promise<void> {
    const { page } = actor;
    await page.waitForLoadState("load");
    this.stepCount += 1;
    const label = `${String(this.stepCount).padStart(2, "0")}-${actor.name}-${title.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`;
    const served = this.latest.get(page);
    if (served) served.axeChecked = true;
    const axe = await runAxe(page, actor.javaScript !== false);
    for (const violation of axe.violations) {
      const targets = violation.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ");
      this.problems.push(`${label} ${page.url()}: axe ${violation.id} (${violation.impact}) — ${violation.help}: ${targets}`);
    }
    // WCAG 1.4.10 Reflow, which axe cannot see: nothing wider than the window (no sideways scrolling).
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return null;
      const wide = [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > width + 1);
      const innermost = wide.filter((e) => !wide.some((other) => other !== e && e.contains(other)));
      return innermost.slice(0, 3).map((e) => `<${e.tagName.toLowerCase()} class="${e.className}">`).join(", ");
    });
    if (overflow) this.problems.push(`${label} ${page.url()}: wider than the window (reflow): ${overflow}`);
    await page.screenshot({ path: path.join(this.dir, `${label}.png`), fullPage: true });
  }

  /** Closes the browsers, runs the Nu Html Checker over every page served, and lists the problems. */
  async finish(): Promise<string[]> {
    for (const context of this.contexts) await context.close();
    for (const network of this.networks) {
      for (const url of network.outside) this.problems.push(`request leaving 127.0.0.1: ${url}`);
    }
    const htmlDir = path.join(this.dir, "html");
    await mkdir(htmlDir, { recursive: true });
    const files: string[] = [];
    for (const [i, page] of this.served.entries()) {
      if (!page.axeChecked) this.problems.push(`${page.actor}: page not checked with axe: ${page.url}`);
      const file = path.join(htmlDir, `${String(i + 1).padStart(2, "0")}.html`);
      await writeFile(file, await page.html);
      files.push(file);
    }
    const findings = runVnu(files);
    files.forEach((file, i) => {
      for (const error of findings.get(file)?.errors ?? []) {
        this.problems.push(`vnu ${path.basename(file)} (${this.served[i]!.url}): ${error}`);
      }
    });
    return this.problems;
  }
}

/**
 * Walks a journey, then checks every page it saw. A step that failed is reported together with
 * the problems found so far; otherwise any problem fails the test.
 */
export async function walkJourney<T>(
  browser: Browser,
  baseUrl: string,
  name: string,
  walk: (journey: Journey) => Promise<T>,
): Promise<T> {
  const journey = await new Journey(browser, baseUrl, name).start();
  let result: T;
  try {
    result = await walk(journey);
  } catch (error) {
    const problems = await journey.finish();
    if (error instanceof Error && problems.length) error.message += `\nProblems on the pages so far:\n${problems.join("\n")}`;
    throw error;
  }
  const problems = await journey.finish();
  if (problems.length) throw new Error(`Problems on the pages of journey ${name}:\n${problems.join("\n")}`);
  return result;
}
