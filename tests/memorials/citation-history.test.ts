import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { nameSubmitter, publishCorrection, unpublishedRevision } from "../helpers/public-documents";

const page = async (path: string) => (await request(path)).text();

describe("citing a memorial and its history", () => {
  it("gives a ready citation with the permanent link by id, naming nobody who did not ask to be named", async () => {
    const { slug, memorialId } = await publishMemorial(zuckerDocument());
    const html = await page(`/memorials/${slug}`);
    const citation = html.match(/<textarea id="citation-text"[^>]*>([^<]*)<\/textarea>/)?.[1];
    expect(citation).toMatch(
      new RegExp(
        `^Zeugnis contributors: “Max Zucker”, version 1 of \\d{1,2} \\w+ \\d{4}\\. In: Zeugnis memorial archive\\. https://zeugnis\\.test/memorials/${memorialId}/v/1 \\(accessed \\d{1,2} \\w+ \\d{4}\\)\\.$`,
      ),
    );
    expect(html).not.toContain("Test contributor");
    expect(html).toContain(`<a href="https://zeugnis.test/memorials/${memorialId}">`);
    expect((await request(`/memorials/${memorialId}`)).status).toBe(200);
  });

  it("names the authors who chose to be named, credits the others together, and never shows an email", async () => {
    const { slug, memorialId, revisionId } = await publishMemorial(zuckerDocument());
    await nameSubmitter(revisionId);
    const { submitter } = await publishCorrection(memorialId, zuckerDocument(), { showName: false });
    const html = await page(`/memorials/${slug}?lang=de`);
    const citation = html.match(/<textarea id="citation-text"[^>]*>([^<]*)<\/textarea>/)?.[1];
    expect(citation).toMatch(
      /^Test contributor und weitere Beitragende von Zeugnis: „Max Zucker“, Fassung 2 vom \d{1,2}\. \S+ \d{4}\. In: Gedenkarchiv Zeugnis\. .*\/v\/2 \(abgerufen am \d{1,2}\. \S+ \d{4}\)\.$/,
    );
    expect(html).not.toContain(submitter.email);
    expect(html).not.toContain("@example.org");
  });

  it("lists when each approved version was published, with nothing from unapproved ones", async () => {
    const { slug, memorialId } = await publishMemorial(zuckerDocument());
    const corrected = zuckerDocument();
    corrected.biography = { en: "Corrected: Max Zucker was a tailor from Berlin." };
    await publishCorrection(memorialId, corrected);
    const pending = zuckerDocument();
    pending.biography = { en: "UNREVIEWED-CLAIM about Max Zucker." };
    await unpublishedRevision(pending, "pending", memorialId);
    await unpublishedRevision(pending, "rejected", memorialId);
    const html = await page(`/memorials/${slug}`);
    const history = html.slice(html.indexOf('id="history"'));
    expect(history.match(/<li>/g)).toHaveLength(2);
    expect(history).toContain("First published: <time");
    expect(history).toContain("Correction published: <time");
    expect(html).toContain("Corrected: Max Zucker was a tailor");
    expect(html).not.toContain("UNREVIEWED-CLAIM");
  });

  it("invites corrections and reports on every page", async () => {
    const { slug, memorialId } = await publishMemorial(zuckerDocument());
    const html = await page(`/memorials/${slug}?lang=ru`);
    expect(html).toContain(`href="/submit?correct=${memorialId}">Предложить исправление</a>`);
    expect(html).toContain(`href="/memorials/${slug}/report">Сообщить о проблеме</a>`);
  });
});
