import { describe, expect, it } from "vitest";
import { postForm, request } from "../helpers/app";
import { signIn } from "../helpers/users";

function uploadForm(cookie: string, text: string, filename: string) {
  const form = new FormData();
  form.set("file", new File([new TextEncoder().encode(text)], filename));
  return request("/import", { method: "POST", body: form, cookie });
}

async function continueUntilDone(cookie: string, id: string) {
  for (let i = 0; i < 50; i++) {
    const page = await (await request(`/import/${id}`, { cookie })).text();
    if (!page.includes(`action="/import/${id}/continue"`)) return page;
    expect((await postForm(`/import/${id}/continue`, {}, cookie)).status).toBe(303);
  }
  throw new Error("did not finish");
}

describe("the import pages work without JavaScript", () => {
  it("upload a list, map its columns, read it, choose people and send them", async () => {
    const contributor = await signIn("contributor");
    const start = await request("/import", { cookie: contributor.cookie });
    expect(start.status).toBe(200);
    expect(await start.text()).toContain('enctype="multipart/form-data"');

    const uploaded = await uploadForm(contributor.cookie, "Name;Geboren\r\nAnna Roth;um 1901\r\nBerta Blum;1902\r\n", "liste.csv");
    expect(uploaded.status).toBe(303);
    const jobPath = uploaded.headers.get("location")!;
    const id = jobPath.split("/").pop()!;
    const mapping = await (await request(jobPath, { cookie: contributor.cookie })).text();
    expect(mapping).toContain('<select id="map-name" name="columns.name">');
    expect(mapping).toMatch(/<option value="0" selected="">1: Name<\/option>/);

    const missing = await postForm(`${jobPath}/mapping`, { "columns.name": "0", "source.kind": "archive", "source.citation": "" }, contributor.cookie);
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('id="map-citation-error"');
    const mapped = await postForm(`${jobPath}/mapping`, { "columns.name": "0", "columns.birth_date": "1", "source.kind": "archive", "source.citation": "Liste der Ausgewiesenen, 1938", header_row: "1" }, contributor.cookie);
    expect(mapped.status).toBe(303);
    const ready = await continueUntilDone(contributor.cookie, id);
    expect(ready).toContain('<label for="row-1">Anna Roth</label>');
    expect(ready).toContain("1901~");

    const noConsent = await postForm(`${jobPath}/submit`, { row: "1", relationship: "researcher" }, contributor.cookie);
    expect(noConsent.status).toBe(422);
    expect(await noConsent.text()).toContain('id="import-consent-error"');
    const sent = await postForm(`${jobPath}/submit`, { row: "1", relationship: "researcher", consent: "1" }, contributor.cookie);
    expect(sent.status).toBe(303);
    const done = await continueUntilDone(contributor.cookie, id);
    expect(done).toContain("sent for review");
    expect(done).toContain('<label for="row-2">Berta Blum</label>');
  });

  it("asks visitors to sign in, and refuses a file that is neither GEDCOM nor CSV", async () => {
    const visitor = await request("/import");
    expect(visitor.status).toBe(401);
    expect(await visitor.text()).toContain('href="/auth/sign-in?next=%2Fimport"');
    const contributor = await signIn("contributor");
    const wrong = await uploadForm(contributor.cookie, "%PDF-1.4", "scan.pdf");
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('id="import-file-error"');
  });
});
