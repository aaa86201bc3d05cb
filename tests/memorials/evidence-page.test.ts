/**
 * A historian reads a memorial's evidence on its public page and in its API answer: who acted,
 * the charge as the file states it, the kind of each source, a spelling in one source shown as a
 * note, a refuted version on demand with why, where the sources end, a possible identity, and
 * the grounds of persecution. An API client of the earlier shape is still understood.
 */
import { describe, expect, it } from "vitest";
import type { PersonDocumentInput } from "../../src/domain/person-document";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { postSubmission, revisionRow, submissionBody } from "../submissions/submission-helpers";

function evidenceDocument(): PersonDocumentInput {
  const doc = zuckerDocument();
  doc.sources = [
    { id: "s1", kind: "press", citation: "Gestapo and NKVD: A History of Chekist-Nazi Cooperation." },
    { id: "s2", kind: "perpetrator_record", citation: "NKVD file of Max Zucker." },
  ];
  const [arrest, handover, death] = doc.events!;
  doc.events = [
    { ...arrest!, agency: "nkvd", charge: "Article 58-6 (espionage)", sources: ["s2"] },
    { ...handover!, agency: "nkvd" },
    {
      ...death!,
      alternatives: [
        { status: "spelling_variant", place: { name: "Warschauer Getto" }, sources: ["s1"] },
        { status: "refuted", date: { edtf: "1950" }, note: { en: "The certificate was forged, the NKVD file shows." }, sources: ["s2"] },
      ],
    },
    { type: "last_trace", date: { edtf: "1941" }, sources: ["s1"] },
  ];
  doc.relations = [{ type: "possibly_same_as", name: "Max Cukier", certainty: "unknown", sources: ["s1"] }];
  doc.persecution_grounds = ["jewish"];
  return doc;
}

describe("the evidence on a memorial page", () => {
  it("shows who acted, the charge, each fact's basis and the grounds, unobtrusively", async () => {
    const { slug } = await publishMemorial(evidenceDocument());
    const html = await (await request(`/memorials/${slug}`)).text();
    expect(html).toContain('<span class="event__agency">by the NKVD</span>');
    expect(html).toContain("Charge: Article 58-6 (espionage)");
    expect(html).toContain("Basis: record of the persecuting agency");
    expect(html).toContain('href="/help/evidence#source-press"');
    expect(html).toContain("as a Jew");
  });

  it("shows a spelling in one source as a note, and a refuted version only on demand, with why", async () => {
    const { slug } = await publishMemorial(evidenceDocument());
    const html = await (await request(`/memorials/${slug}`)).text();
    expect(html).toMatch(/class="event__spelling"><p>“[^”]*” writes this as:/);
    expect(html).not.toContain("Other version:");
    expect(html).toMatch(/<details class="event__refuted"><summary>Show the refuted version<\/summary>[\s\S]*The certificate was forged/);
  });

  it("says where the sources end and names a possible identity with its certainty", async () => {
    const { slug } = await publishMemorial(evidenceDocument());
    const html = await (await request(`/memorials/${slug}?lang=de`)).text();
    expect(html).toContain("Hier enden die Quellen");
    expect(html).toContain("möglicherweise dieselbe Person wie");
    expect(html).toContain("(unbekannt)");
  });

  it("explains the marks on a help page in every language", async () => {
    for (const [lang, words] of [["en", "How sure the archive is"], ["de", "Wie sicher das Archiv ist"], ["ru", "Насколько архив уверен"]]) {
      const res = await request(`/help/evidence?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(words);
    }
  });

  it("answers the evidence in the API with the document's shape, and takes it back unchanged", async () => {
    const { memorialId } = await publishMemorial(evidenceDocument());
    const answer = (await (await request(`/api/v1/memorials/${memorialId}`)).json()) as { document: Record<string, unknown> };
    expect(answer.document).toMatchObject({ schema_version: 2, persecution_grounds: ["jewish"] });
    const user = await signIn();
    const res = await postSubmission(user, submissionBody(answer.document as PersonDocumentInput, { memorial_id: memorialId }));
    expect(res.status).toBe(201);
    const stored = JSON.parse((await revisionRow(((await res.json()) as { id: string }).id))!.document);
    expect(stored).toEqual(answer.document);
  });

  it("understands a client of the earlier shape: agency words become the agency, the words kept", async () => {
    const user = await signIn();
    const doc = zuckerDocument() as PersonDocumentInput & Record<string, unknown>;
    (doc.events![0] as Record<string, unknown>).agency = "the Moscow NKVD";
    const res = await postSubmission(user, submissionBody(doc));
    expect(res.status).toBe(201);
    const stored = JSON.parse((await revisionRow(((await res.json()) as { id: string }).id))!.document);
    expect(stored.events[0]).toMatchObject({ agency: "nkvd", agency_note: "the Moscow NKVD" });
    expect(stored.schema_version).toBe(2);
  });
});
