import { describe, expect, it } from "vitest";
import { request } from "./helpers/app";
import { zuckerDocument } from "./helpers/documents";
import { publishMemorial } from "./helpers/memorials";

describe("the home page", () => {
  it("introduces the archive, counts published memorials and lists recent ones", async () => {
    const before = await (await request("/")).text();
    const count = (html: string) => Number(html.match(/(\d+) memorials?</)?.[1] ?? "0");
    await publishMemorial(zuckerDocument());
    const res = await request("/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Brest-Litovsk");
    expect(count(html)).toBe(count(before) + 1);
    expect(html).toMatch(/1 person handed over to the Gestapo|\d+ people handed over/);
    expect(html).toContain("Max Zucker");
    expect(html).toContain('role="search"');
  });

  it("uses Russian plural forms", async () => {
    await publishMemorial(zuckerDocument());
    await publishMemorial(zuckerDocument());
    const html = await (await request("/?lang=ru")).text();
    expect(html).toMatch(/\d+ (запись|записи|записей)/);
  });

  it("shows an HTML error page with a request id for unknown pages", async () => {
    const res = await request("/no/such/page");
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain("We could not find this page.");
    expect(html).toContain(res.headers.get("x-request-id")!);
  });
});
