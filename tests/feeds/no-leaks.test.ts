import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { memorials } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { unpublishedRevision } from "../helpers/public-documents";
import { mergeMemorial, withholdMemorial } from "../helpers/public-states";
import type { PersonDocumentInput } from "../../src/domain/person-document";

/** A document whose every visible part carries the marker, so any leak is found by one search. */
function marked(marker: string): PersonDocumentInput {
  const doc = zuckerDocument();
  doc.names = [{ primary: true, kind: "other", display: `${marker} Person`, given: "Person", family: marker }];
  doc.biography = { en: `${marker} biography.`, de: `${marker} Biografie.` };
  doc.events = [
    { type: "arrest", date: { edtf: "1938-04-01" }, place: { name: `${marker}stadt`, country: "RU", lat: 55.1, lon: 37.1 }, sources: ["s1"] },
    { type: "handover", date: { edtf: "1940-02-08" }, place: { name: `${marker}brücke`, country: "BY", lat: 52.1, lon: 23.7 }, sources: ["s1"] },
  ];
  doc.markers = [{ kind: "stolperstein", address: `${marker}straße 1`, place: { name: "Berlin", lat: 52.5, lon: 13.4 }, sources: ["s1"] }];
  return doc;
}

const SECRETS = ["Withheldone", "Leftbehind", "Mergedone", "Pendingone", "Rejectedone", "Reviewone", "Correctionone"];

let keptSlug = "";
let publicPaths: string[] = [];

beforeAll(async () => {
  const kept = await publishMemorial(zuckerDocument(), { slug: "kept-person" });
  keptSlug = kept.slug;
  const withheld = await publishMemorial(marked("Withheldone"), { slug: "withheldone-person" });
  await withholdMemorial(withheld.memorialId);
  // A withheld memorial whose read-table rows were (wrongly) left behind: the joins must still hide it.
  const leftBehind = await publishMemorial(marked("Leftbehind"), { slug: "leftbehind-person" });
  await testDb().update(memorials).set({ status: "withheld" }).where(eq(memorials.id, leftBehind.memorialId));
  const merged = await publishMemorial(marked("Mergedone"), { slug: "mergedone-person" });
  await mergeMemorial(merged.memorialId, kept.memorialId);
  await unpublishedRevision(marked("Pendingone"), "pending");
  await unpublishedRevision(marked("Rejectedone"), "rejected");
  await unpublishedRevision(marked("Reviewone"), "in_review");
  await unpublishedRevision(marked("Correctionone"), "pending", kept.memorialId);

  const letters = "abcdefghijklmnopqrstuvwxyz".split("").map((l) => `/browse/a-z/${l}`);
  const fates = ["arrest", "handover", "death", "camp"].map((f) => `/browse/fate/${f}`);
  const years = ["1937", "1938", "1939", "1940", "1941"].flatMap((y) => [`/browse/years/${y}?event=arrest`, `/browse/years/${y}?event=handover`]);
  publicPaths = [
    "/",
    "/?lang=de",
    "/browse",
    "/browse/fate",
    "/browse/years",
    "/browse/places",
    "/browse/a-z",
    "/browse/a-z/other",
    "/map",
    "/timeline",
    "/timeline?type=handover",
    "/sitemap.xml",
    "/sitemaps/pages.xml",
    "/sitemaps/memorials-1.xml",
    "/feed.atom",
    "/robots.txt",
    "/api/v1/memorials?limit=100",
    `/memorials/${kept.slug}`,
    ...letters,
    ...fates,
    ...years,
  ];
});

describe("nothing unpublished leaks", () => {
  it("into any public page, feed or sitemap", async () => {
    for (const path of publicPaths) {
      const res = await request(path);
      expect([200, 404], path).toContain(res.status);
      const body = await res.text();
      for (const secret of SECRETS) expect(body, `${secret} in ${path}`).not.toContain(secret);
    }
  });

  it("not even when someone asks for the places or pages by name", async () => {
    for (const marker of SECRETS) {
      for (const path of [`/browse/place?name=${marker}stadt`, `/browse/place?name=${marker}brücke`, `/memorials/${marker.toLowerCase()}-person`]) {
        const res = await request(path);
        expect([404, 410, 301], path).toContain(res.status);
        expect(await res.text(), path).not.toContain(`${marker} biography`);
      }
    }
  });

  it("while the published memorial stays visible everywhere", async () => {
    expect(await (await request("/sitemap.xml")).text()).toContain(keptSlug);
    expect(await (await request("/browse/a-z/z")).text()).toContain(keptSlug);
    expect(await (await request("/timeline")).text()).toContain(keptSlug);
  });
});
