/**
 * One visibility rule for every public output (issue 18, item 13): a relation to a memorial that
 * is not public (withheld, merged) loses its link — the relative's id never shows — and keeps the
 * name this memorial's own document gives; a relation that is nothing but the link is left out.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PersonDocumentInput } from "../../src/domain/person-document";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn, type TestUser } from "../helpers/users";

let moderator: TestUser;
let anna: Awaited<ReturnType<typeof publishMemorial>>;
let hidden: Awaited<ReturnType<typeof publishMemorial>>;
let shown: Awaited<ReturnType<typeof publishMemorial>>;

function person(display: string, extra: Partial<PersonDocumentInput> = {}): PersonDocumentInput {
  const doc = zuckerDocument();
  doc.names = [{ primary: true, kind: "birth", display, given: display.split(" ")[0], family: display.split(" ")[1], script: "Latn" }];
  return { ...doc, ...extra };
}

const memorialAction = async (id: string, action: "withhold" | "restore", version: number) => {
  const res = await request(`/api/v1/moderation/memorials/${id}/${action}`, {
    method: "POST",
    cookie: moderator.cookie,
    json: { version, reason: "The family asked for it." },
  });
  expect(res.status, await res.clone().text()).toBe(200);
};

beforeAll(async () => {
  moderator = await signIn("moderator");
  hidden = await publishMemorial(person("Berta Verborgenowa"));
  shown = await publishMemorial(person("Carl Sichtbar"));
  anna = await publishMemorial(
    person("Anna Relativa", {
      relations: [
        { type: "spouse", memorial_id: hidden.memorialId, name: "Berta V.", note: { en: "Married 1932 in Moscow." }, sources: ["s1"] },
        { type: "sibling", memorial_id: hidden.memorialId, note: { en: "Only the link says who." } },
        { type: "child", memorial_id: shown.memorialId },
      ],
    }),
  );
  await memorialAction(hidden.memorialId, "withhold", 1);
});

/** What every output must say of Anna's relations while Berta's memorial is withheld. */
const PUBLIC_RELATIONS = () => [
  { type: "spouse", name: "Berta V.", note: { en: "Married 1932 in Moscow." }, sources: ["s1"] },
  { type: "child", memorial_id: shown.memorialId },
];

async function text(path: string) {
  const res = await request(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

describe("a withheld relative", () => {
  it("is not linked from the API's document, which keeps the name the document gives", async () => {
    const body = await text(`/api/v1/memorials/${anna.memorialId}`);
    expect(body).not.toContain(hidden.memorialId);
    expect(body).not.toContain("Only the link says who.");
    const { document } = JSON.parse(body) as { document: { relations: unknown[] } };
    expect(document.relations).toEqual(PUBLIC_RELATIONS());
  });

  it("is not linked from the page or its JSON-LD; the name stays as plain text", async () => {
    const html = await text(`/memorials/${anna.slug}`);
    expect(html).not.toContain(hidden.memorialId);
    expect(html).not.toContain(hidden.slug);
    expect(html).toContain("Berta V.");
    expect(html).toContain(`href="/memorials/${shown.slug}"`);
  });

  it("is not in the exports, the GEDCOM file or the OAI-PMH record, which all say what the API says", async () => {
    const jsonl = await text("/api/v1/export.jsonl");
    const line = jsonl.split("\n").find((l) => l.includes(`"id":"${anna.memorialId}"`))!;
    expect((JSON.parse(line) as { document: { relations: unknown[] } }).document.relations).toEqual(PUBLIC_RELATIONS());
    for (const path of ["/api/v1/export.jsonl", "/api/v1/export.csv", "/api/v1/export.jsonld", `/api/v1/memorials/${anna.memorialId}/gedcom`]) {
      const body = await text(path);
      expect(body, path).not.toContain(hidden.memorialId);
      expect(body, path).not.toContain("Only the link says who.");
    }
    const identifiers = await text("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc");
    const annaId = [...identifiers.matchAll(/<identifier>([^<]+)<\/identifier>/g)].map((m) => m[1]!).find((i) => i.endsWith(anna.memorialId))!;
    const record = await text(`/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(annaId)}`);
    expect(record).toContain("Anna Relativa");
    expect(record).not.toContain(hidden.memorialId);
  });

  it("is not linked in a correction started from the memorial", async () => {
    const contributor = await signIn();
    const res = await request("/submit/correct", { method: "POST", body: new URLSearchParams({ memorial_id: anna.memorialId }), cookie: contributor.cookie });
    const draftPath = res.headers.get("location")!;
    const draft = await request(`/api/v1/submissions/${draftPath.split("/")[2]}`, { cookie: contributor.cookie });
    const body = await draft.text();
    expect(body).toContain("Berta V.");
    expect(body).not.toContain(hidden.memorialId);
  });

  it("keeps its link when a correction made from the public document is approved", async () => {
    const contributor = await signIn();
    const { document } = (await (await request(`/api/v1/memorials/${anna.memorialId}`)).json()) as { document: PersonDocumentInput };
    const sent = await request("/api/v1/submissions", {
      method: "POST",
      cookie: contributor.cookie,
      json: {
        memorial_id: anna.memorialId,
        document: { ...document, biography: { en: "Anna Relativa lived in Moscow from 1931." } },
        submitter: { relationship: "descendant", show_name: false },
        consent: { publish: true },
      },
    });
    expect(sent.status).toBe(201);
    const { id } = (await sent.json()) as { id: string };
    const diff = (await (await request(`/api/v1/moderation/revisions/${id}/diff`, { cookie: moderator.cookie })).json()) as { changes: Array<{ path: string }> };
    expect(diff.changes.map((c) => c.path)).toEqual(["biography.en"]);
    const approved = await request(`/api/v1/moderation/revisions/${id}/decision`, { method: "POST", cookie: moderator.cookie, json: { action: "approve", version: 1 } });
    expect(approved.status).toBe(200);
    const audit = (await (await request(`/api/v1/audit?subject_id=${anna.memorialId}`, { cookie: moderator.cookie })).json()) as { items: Array<{ action: string; detail: Record<string, unknown> | null }> };
    expect(audit.items.find((e) => e.action === "memorial.update")?.detail).toMatchObject({ revision_id: id, kept_hidden_relation_links: 2 });
    const after = await text(`/api/v1/memorials/${anna.memorialId}`);
    expect(after).toContain("lived in Moscow from 1931");
    expect(after).not.toContain(hidden.memorialId);
  });

  it("is linked again everywhere once restored", async () => {
    await memorialAction(hidden.memorialId, "restore", 2);
    // Both links are back, although a correction made without them was approved meanwhile.
    const { document } = (await (await request(`/api/v1/memorials/${anna.memorialId}`)).json()) as { document: { relations: Array<{ memorial_id?: string }>; biography: unknown } };
    expect(document.relations.map((r) => r.memorial_id)).toEqual([hidden.memorialId, shown.memorialId, hidden.memorialId]);
    expect(document.biography).toEqual({ en: "Anna Relativa lived in Moscow from 1931." });
    expect(await text(`/memorials/${anna.slug}`)).toContain(`href="/memorials/${hidden.slug}"`);
    expect(await text("/api/v1/export.jsonl")).toContain(hidden.memorialId);
    await memorialAction(hidden.memorialId, "withhold", 3);
  });
});
