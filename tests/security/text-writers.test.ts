/**
 * The writers do not trust the input rules alone (issue 18, item 12): a memorial stored before
 * the rules, with a lone surrogate and control characters in its texts, still gives well-formed
 * UTF-8, XML that XML 1.0 allows and JSON without broken characters in every public output.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { runBatch } from "../../src/platform/db/client";
import { revisions } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { personDocumentSchema } from "../../src/domain/person-document";
import { publishStatements } from "../../src/archive/memorials/publish";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { signIn } from "../helpers/users";

const BROKEN = "Altbestand \uD800Zucker\u0000\u0008";
let memorialId: string;
let slug: string;

/** As an approval before the text rules wrote it: straight into D1, past the schema. */
beforeAll(async () => {
  const document = personDocumentSchema.parse(zuckerDocument());
  document.names[0]!.display = BROKEN;
  document.names[0]!.family = "Zucker\uDC00";
  document.biography = { en: "Fled\u0007 Berlin \uD83D." };
  document.events[2]!.place!.name = "Warschau\u001b[0m";
  document.sources[0]!.citation = "GARF\uFFFE f. 10035";
  const db = testDb();
  const submitter = await signIn();
  memorialId = newId("mem");
  const revisionId = newId("rev");
  slug = `altbestand-${memorialId.slice(4, 9)}`;
  const now = Date.now();
  await runBatch(db, [
    db.insert(revisions).values({
      id: revisionId, memorialId, kind: "new", document: JSON.stringify(document), status: "approved", submitterId: submitter.id,
      displayName: BROKEN, createdAt: now, updatedAt: now, submittedAt: now, decidedAt: now,
    }),
    ...publishStatements(db, { memorialId, revisionId, document, now, newSlug: slug }),
  ]);
});

/** The body as bytes, decoded strictly: a lone surrogate written as WTF-8 fails here. */
async function strictText(path: string): Promise<string> {
  const res = await request(path);
  expect(res.status, path).toBe(200);
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(await res.arrayBuffer());
}

const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A JSON escape of a surrogate: JSON.stringify writes one only for a lone surrogate. */
const SURROGATE_ESCAPE = /\\ud[89a-f][0-9a-f]{2}/i;

describe("old text with broken characters", () => {
  it("OAI-PMH and the Atom feed: XML 1.0 characters only, the broken one as U+FFFD", async () => {
    const identifiers = await strictText("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc");
    const identifier = [...identifiers.matchAll(/<identifier>([^<]+)<\/identifier>/g)].map((m) => m[1]!).find((i) => i.endsWith(memorialId))!;
    const paths = [`/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier)}`, "/oai?verb=ListRecords&metadataPrefix=oai_dc", "/feed.atom", "/sitemaps/memorials-1.xml"];
    for (const path of paths) {
      const xml = await strictText(path).catch((error: unknown) => `${path}: ${String(error)}`);
      expect(xml, path).not.toMatch(XML_FORBIDDEN);
    }
    const record = await strictText(paths[0]!);
    expect(record).toContain("Altbestand \uFFFDZucker");
  });

  it("the exports, the API and the page's JSON-LD: JSON without broken characters", async () => {
    for (const path of ["/api/v1/export.jsonl", "/api/v1/export.jsonld", `/api/v1/memorials/${memorialId}`, "/api/v1/memorials?limit=100"]) {
      const text = await strictText(path);
      expect(text, path).not.toMatch(SURROGATE_ESCAPE);
      // D1 itself reads a stored lone surrogate back as U+FFFD (one per byte), so columns copied at approval arrive as such.
      expect(text, path).toContain("Altbestand \uFFFD");
    }
    const page = await strictText(`/memorials/${slug}`);
    const jsonLd = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(jsonLd).not.toMatch(SURROGATE_ESCAPE);
    expect((JSON.parse(jsonLd) as { name: string }).name).toContain("Altbestand \uFFFDZucker");
  });

  it("GEDCOM and CSV: well-formed UTF-8 without control characters", async () => {
    const gedcom = await strictText(`/api/v1/memorials/${memorialId}/gedcom`);
    expect(gedcom).toContain("Zucker\uFFFD");
    expect(gedcom).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    const csv = await strictText("/api/v1/export.csv");
    expect(csv).toContain("Altbestand \uFFFDZucker");
    expect(csv).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});
