import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { publishCorrection, unpublishedRevision } from "../helpers/public-documents";

describe("the home page", () => {
  it("leads into browsing, the map, the timeline and the feed", async () => {
    const html = await (await request("/")).text();
    for (const href of ["/browse/fate", "/browse/years", "/browse/places", "/browse/a-z", "/map", "/timeline"]) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" href="/feed.atom"');
    expect(html).toContain("How the archive works");
  });

  it("lists the most recently published first, and never a submission still in review", async () => {
    const older = await publishMemorial(zuckerDocument(), { slug: "older-home-entry" });
    const newer = await publishMemorial(zuckerDocument(), { slug: "newer-home-entry" });
    const pending = zuckerDocument();
    pending.names[0]!.display = "Homepending Person";
    await unpublishedRevision(pending, "pending");
    let html = await (await request("/?lang=ru")).text();
    expect(html.indexOf(newer.slug)).toBeLessThan(html.indexOf(older.slug));
    expect(html).not.toContain("Homepending");
    expect(html).toContain("Как устроен архив");
    await publishCorrection(older.memorialId, zuckerDocument());
    html = await (await request("/")).text();
    expect(html.indexOf(older.slug)).toBeLessThan(html.indexOf(newer.slug));
  });
});
