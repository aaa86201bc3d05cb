import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { startDraft } from "./form-helpers";
import { postSubmission, submissionBody } from "./submission-helpers";

async function allListedNames(): Promise<string> {
  let cursor: string | null = null;
  const names: string[] = [];
  do {
    const res = await request(`/api/v1/memorials?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
    const body = (await res.json()) as {
      items: Array<{ name: string; summary: string }>;
      next_cursor: string | null;
    };
    names.push(...body.items.map((i) => `${i.name} ${i.summary}`));
    cursor = body.next_cursor;
  } while (cursor);
  return names.join("\n");
}

const memorialCount = (html: string) => Number(html.match(/(\d+) memorials?</)?.[1] ?? "0");

describe("a submission is invisible until approved", () => {
  it("a pending new memorial appears on no public page, list or count", async () => {
    const homeBefore = await (await request("/")).text();
    const user = await signIn();
    const doc = zuckerDocument();
    doc.names = [{ primary: true, kind: "birth", display: "Zerline Verborgen" }];
    const res = await postSubmission(user, submissionBody(doc));
    const { id } = (await res.json()) as { id: string };
    await startDraft(user, "Zerline Entwurf");

    const home = await (await request("/")).text();
    expect(memorialCount(home)).toBe(memorialCount(homeBefore));
    expect(home).not.toContain("Verborgen");
    expect(await allListedNames()).not.toMatch(/Verborgen|Entwurf/);
    const search = await (await request("/api/v1/memorials?q=Verborgen")).text();
    expect(search).not.toContain("Verborgen");
    expect((await request(`/memorials/${id}`)).status).toBe(404);
    expect((await request(`/api/v1/memorials/${id}`)).status).toBe(404);
    expect((await request(`/memorials/zerline-verborgen`)).status).toBe(404);
    expect((await request(`/api/v1/submissions/${id}`)).status).toBe(401);
  });

  it("a pending correction does not change the published memorial", async () => {
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    const user = await signIn();
    const changed = zuckerDocument();
    changed.biography = { en: "UNREVIEWED CORRECTION TEXT" };
    changed.names[0]!.display = "Maximilian Zucker-Unreviewed";
    expect(
      (await postSubmission(user, { ...submissionBody(changed), memorial_id: memorialId })).status,
    ).toBe(201);

    const pageHtml = await (await request(`/memorials/${slug}`)).text();
    expect(pageHtml).toContain("Max Zucker");
    expect(pageHtml).not.toContain("UNREVIEWED");
    const api = await (await request(`/api/v1/memorials/${memorialId}`)).text();
    expect(api).not.toContain("UNREVIEWED");
    expect(await allListedNames()).not.toContain("Unreviewed");
    expect(await (await request("/")).text()).not.toContain("Unreviewed");
  });
});
