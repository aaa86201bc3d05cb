import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { decodeEntities } from "../helpers/html";
import { unpublishedRevision } from "../helpers/public-documents";
import { zuckerDocument } from "../helpers/documents";
import { zuckerInThreeVersions } from "./version-fixtures";

const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");

describe("the history of a memorial", () => {
  it("shows every approved version newest first, with what changed in visitors' words and who contributed", async () => {
    const { slug, memorialId } = await zuckerInThreeVersions();
    const res = await request(`/memorials/${slug}/history`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const entries = html.split('class="history__version"').slice(1).map(text);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatch(/Version 3 · Correction · 3 March 2026 · current version/);
    expect(entries[0]).toContain("Events: Arrest · 1937 · Moscow — Date 1937 → March 1938");
    expect(entries[0]).toContain("Contributed by a researcher");
    expect(entries[1]).toMatch(/Version 2 · Correction · 2 March 2026/);
    expect(entries[1]).toContain("Names: added Макс Цуккер — transliteration, Russian name form (Cyrillic)");
    expect(entries[1]).toContain("Contributed by Second Demo Descendant");
    expect(entries[2]).toMatch(/Version 1 · First publication · 1 March 2026/);
    expect(entries[2]).toContain("Contributed by a family member");
    expect(html).not.toContain("First Descendant Hidden");
    expect(html).not.toContain("Researcher Not Named");
    expect(html).toContain(`href="/memorials/${memorialId}/v/1"`);
    expect(html).toContain(`href="/memorials/${memorialId}/compare?from=2&amp;to=3"`);
    // No JSON and no dotted paths on a page for visitors.
    expect(text(html)).not.toMatch(/events\.\d|date\.edtf|"edtf"/);
  });

  it("speaks German and Russian", async () => {
    const { slug } = await zuckerInThreeVersions();
    const de = text(await (await request(`/memorials/${slug}/history?lang=de`)).text());
    expect(de).toContain("Fassung 2 · Korrektur");
    expect(de).toContain("Beigetragen von: ein Familienmitglied");
    expect(de).toContain("Beigetragen von: Second Demo Descendant");
    const ru = text(await (await request(`/memorials/${slug}/history?lang=ru`)).text());
    expect(ru).toContain("Версия 3 · Исправление");
  });

  it("is linked from the memorial page and leaves out revisions that were not approved", async () => {
    const { slug, memorialId } = await zuckerInThreeVersions();
    const pending = zuckerDocument();
    pending.biography = { en: "UNREVIEWED-CLAIM about Max Zucker." };
    await unpublishedRevision(pending, "pending", memorialId);
    await unpublishedRevision(pending, "rejected", memorialId);
    const page = await (await request(`/memorials/${slug}`)).text();
    expect(page).toContain(`href="/memorials/${slug}/history"`);
    const history = await (await request(`/memorials/${slug}/history`)).text();
    expect(history.split('class="history__version"')).toHaveLength(4);
    expect(history).not.toContain("UNREVIEWED-CLAIM");
    expect(history).not.toContain("Test contributor");
  });

  it("answers 404 for an unknown memorial", async () => {
    expect((await request("/memorials/nobody-here/history")).status).toBe(404);
    expect((await request("/memorials/mem_unknown/v/1")).status).toBe(404);
  });
});
