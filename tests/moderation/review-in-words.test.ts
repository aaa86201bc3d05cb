/**
 * The moderator's comparison and the submitter's review step speak the language of the page:
 * every kind of change (added, removed, changed, in every part of the entry) is rendered in
 * English, German and Russian without raw JSON, dotted paths, codes or raw Markdown.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { translator, type Locale } from "../../src/platform/i18n";
import { formatEdtf } from "../../src/domain/dates/date-format";
import { media } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { blockInPhrasing, scanPage } from "../helpers/html";
import { publishMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn, type TestUser } from "../helpers/users";
import { bareDocument, everyKindOfChange, everyOptionalPartRemoved, everythingAdded, fullDocument } from "./review-words-fixtures";

const LOCALES: Locale[] = ["en", "de", "ru"];

/** What a reader must never see: the code's view of the entry. */
const CODE_VIEW: Array<[string, RegExp]> = [
  ["raw JSON", /\{"|":\s*[{["\d]/],
  ["a dotted path", /\b(?:names|events|sources|relations|markers|media|external_ids|biography|date|place|installed|description|note|caption|alternatives)\.[\w.]+/],
  ["a code or id of the data", /\b[a-z]+_[a-z0-9_]+\b/],
  ["raw Markdown emphasis", /\*\*|(?:^|\s)\*[^\s*][^*]*\*/],
  ["a raw Markdown link", /\[[^\]]*\]\([^)]*\)/],
];

async function readablePage(path: string, user: TestUser, locale: Locale) {
  const res = await request(`${path}?lang=${locale}`, { cookie: user.cookie });
  expect(res.status, path).toBe(200);
  const html = await res.text();
  expect(await blockInPhrasing(html), path).toEqual([]);
  const { text } = await scanPage(html);
  for (const [what, pattern] of CODE_VIEW) expect(text.match(pattern)?.[0], `${what} on ${path} (${locale})`).toBeUndefined();
  return { html, text };
}

/** "“probably 1942” → 1942 (uncertain)" in the reader's language; the date alone when the words say just that. */
function dateWithWords(locale: Locale, words: string, edtf: string): string {
  const date = formatEdtf(edtf, locale);
  return words === date ? date : translator(locale)("document:values.dateWithWords", { words, date });
}

describe("the review in historians' words", () => {
  let moderator: TestUser;
  let contributor: TestUser;
  const ids = {} as Record<"correction" | "additions" | "removals" | "newEntry" | "draft" | "newDraft", string>;

  beforeAll(async () => {
    moderator = await signIn("moderator");
    contributor = await signIn("contributor");
    // The files the entries list, as an upload leaves them (not yet public).
    for (const id of ["med_testfile0001", "med_testfile0002"]) {
      await testDb()
        .insert(media)
        .values({ id, uploaderId: contributor.id, sha256: id.padEnd(64, "0"), mime: "image/jpeg", bytes: 1000, licence: "CC-BY-4.0", rightsConfirmed: true, createdAt: Date.now() });
    }
    const bare = await publishMemorial(bareDocument());
    const full = fullDocument(bare.memorialId);
    const published = await publishMemorial(full);
    const correction = (document: typeof full, memorial = published) =>
      createRevision({ document, memorialId: memorial.memorialId, basedOnRevisionId: memorial.revisionId });
    ids.correction = (await correction(everyKindOfChange(full))).id;
    ids.removals = (await correction(everyOptionalPartRemoved(full))).id;
    ids.additions = (await correction(everythingAdded(bareDocument(), bare.memorialId), bare)).id;
    ids.newEntry = (await createRevision({ document: fullDocument(bare.memorialId) })).id;
    ids.draft = (
      await createRevision({ document: everyKindOfChange(full), memorialId: published.memorialId, basedOnRevisionId: published.revisionId, status: "draft", submitter: contributor })
    ).id;
    ids.newDraft = (await createRevision({ document: fullDocument(bare.memorialId), status: "draft", submitter: contributor })).id;
  });

  for (const locale of LOCALES) {
    it(`shows a correction's every kind of change in words (${locale})`, async () => {
      const t = translator(locale);
      const { html, text } = await readablePage(`/moderation/revisions/${ids.correction}`, moderator, locale);
      expect(text).toContain(dateWithWords(locale, "probably 1942", "1942?"));
      expect(html).toContain(`<del>${dateWithWords(locale, "1890", "1890")}</del>`);
      expect(text).toContain(`${t("memorials:eventTypes.arrest")} · ${formatEdtf("1938-03", locale)} · Moscow`);
      expect(text).toContain(`Эрна Бауэр — ${t("memorials:nameKinds.transliteration")}`);
      expect(text).toContain(new Intl.DisplayNames([locale], { type: "script" }).of("Cyrl"));
      // A source no longer cited by the handover is named by its title, struck through.
      expect(html).toContain("<del>Von der Ruhr in den GULag</del>");
      expect(html).toContain("<ins>Victims of political terror</ins>");
      // The biography is rendered, with the words taken out and put in marked.
      expect(html).toContain("<em>Die Rote Fahne</em>");
      expect(html).toMatch(/<del><span class="visually-hidden">[^<]+ <\/span>worked<\/del><ins><span class="visually-hidden">[^<]+ <\/span>wrote<\/ins>/);
      expect(html).toContain('<a href="https://base.memo.ru">');
      expect(html).toContain("<strong>Роте Фане</strong>");
      // A name's note (plain text) changes word by word too.
      expect(html).toMatch(/Name <del><span class="visually-hidden">[^<]+ <\/span>used<\/del><ins><span class="visually-hidden">[^<]+ <\/span>as spelt<\/ins> in the NKVD file\./);
      // An event description changes word by word.
      expect(html).toMatch(/Handed over <ins><span class="visually-hidden">[^<]+ <\/span>to the Gestapo <\/ins>at the bridge<ins><span class="visually-hidden">[^<]+ <\/span> over the Bug<\/ins>\./);
      for (const section of ["names", "sex", "events", "biography", "sources", "relations", "markers", "media", "external_ids", "persecuted_by", "nationalities", "organisations"] as const) {
        expect(text, section).toContain(t(`document:sections.${section}`));
      }
      expect(text).toContain(t("search:persecutors.nazi"));
      expect(text).toContain(t("memorials:schemes.wikidata"));
      expect(text).toContain(t("memorials:licences.permission"));
    });

    it(`shows removed parts, a bare entry filled in and a new entry in words (${locale})`, async () => {
      const t = translator(locale);
      const removals = await readablePage(`/moderation/revisions/${ids.removals}`, moderator, locale);
      expect(removals.text).toContain(t("document:changes.ops.removed"));
      expect(removals.text).toContain("Genossin Erna");
      expect(removals.text).toContain("Hier wohnte Erna Bauer");
      expect(removals.html).toContain("<strong>Rote Fahne</strong>");
      const additions = await readablePage(`/moderation/revisions/${ids.additions}`, moderator, locale);
      expect(additions.text).toContain(t("document:changes.ops.added"));
      expect(additions.text).toContain(dateWithWords(locale, "May 2012", "2012-05"));
      // The co-defendant's memorial is named, not given by its id.
      expect(additions.text).toContain(`${t("memorials:relationTypes.co_defendant")}: Hans Adler`);
      const entry = await readablePage(`/moderation/revisions/${ids.newEntry}`, moderator, locale);
      expect(entry.text).toContain(dateWithWords(locale, "about 1935", "1935~"));
      expect(entry.html).toContain("<em>Die Rote Fahne</em>");
    });

    it(`shows the submitter's review step in words, with a correction's changes (${locale})`, async () => {
      const t = translator(locale);
      const correction = await readablePage(`/submit/${ids.draft}/review`, contributor, locale);
      expect(correction.text).toContain(t("submissions:review.yourChanges"));
      expect(correction.text).toContain(dateWithWords(locale, "probably 1942", "1942?"));
      expect(correction.html).toContain("<em>Die Rote Fahne</em>");
      // The relation to another memorial that the correction removes is named by that memorial.
      expect(correction.text).toContain(`${t("memorials:relationTypes.co_defendant")}: Hans Adler`);
      const entry = await readablePage(`/submit/${ids.newDraft}/review`, contributor, locale);
      expect(entry.text).not.toContain(t("submissions:review.yourChanges"));
      expect(entry.html).toContain("<strong>Rote Fahne</strong>");
      expect(entry.text).toContain(dateWithWords(locale, "May 2012", "2012-05"));
      expect(entry.text).toContain(t("submissions:review.otherContent"));
      expect(entry.text).toContain(t("memorials:schemes.memorial_ru"));
      expect(entry.html).toMatch(/<a href="\/memorials\/mem_[a-z0-9]+">Hans Adler<\/a>/);
    });
  }

  it("shows no JSON, paths or codes on the form's steps either (Markdown is edited as written there)", async () => {
    for (const step of ["person", "fate", "biography", "sources", "relations", "markers", "media", "submitter"]) {
      for (const locale of LOCALES) {
        const res = await request(`/submit/${ids.draft}/${step}?lang=${locale}`, { cookie: contributor.cookie });
        expect(res.status, step).toBe(200);
        const { text } = await scanPage(await res.text());
        expect(text, step).toContain("Erna Bauer");
        for (const [what, pattern] of CODE_VIEW.slice(0, 3)) expect(text, `${what} on the ${step} step (${locale})`).not.toMatch(pattern);
      }
    }
  });

  it("labels each change of the API diff in words, keeping the machine fields", async () => {
    const res = await request(`/api/v1/moderation/revisions/${ids.correction}/diff?lang=de`, { cookie: moderator.cookie });
    const diff = (await res.json()) as { changes: Array<{ section: string; op: string; field: string; path: string; label: string; before?: unknown; after?: unknown }> };
    expect(diff.changes.length).toBeGreaterThan(20);
    for (const change of diff.changes) {
      expect(change.label).toBeTruthy();
      for (const [what, pattern] of CODE_VIEW) expect(change.label, what).not.toMatch(pattern);
    }
    expect(diff.changes).toContainEqual(
      expect.objectContaining({ section: "events", op: "changed", field: "date.edtf", path: "events.2.date.edtf", before: "1890", after: "1942?", label: "Ereignisse — Tod · 1942 (ungesichert) — Datum" }),
    );
    expect(diff.changes).toContainEqual(expect.objectContaining({ section: "biography", field: "de", op: "removed", label: "Biografie — Deutsch" }));
  });
});
