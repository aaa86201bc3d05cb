/**
 * The results of a GEDCOM or CSV import list each person's plausibility warnings, on the
 * import's page and in its rows API. The people are sent all the same.
 */
import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { signIn } from "../helpers/users";
import { allRows, runJob, submitAll, uploadOk } from "./helpers";

interface RowWithWarnings {
  name: string;
  status: string;
  plausibility: Array<{ path: string; code: string; message: string }>;
}

const GEDCOM = [
  "0 HEAD", "1 GEDC", "2 VERS 5.5.1", "1 CHAR UTF-8",
  "0 @I1@ INDI", "1 NAME Max /Zucker/", "1 BIRT", "2 DATE ABT 1895", "1 DEAT", "2 DATE 1890",
  "0 @I2@ INDI", "1 NAME Anna /Roth/", "1 BIRT", "2 DATE 1901", "1 DEAT", "2 DATE 1942",
  "0 TRLR", "",
].join("\n");

describe("plausibility warnings in import results", () => {
  it("lists a GEDCOM person's warnings per row after sending, and sends the person all the same", async () => {
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, GEDCOM, "family.ged");
    await runJob(contributor.cookie, job.id);
    const before = (await allRows(contributor.cookie, job.id)) as unknown as RowWithWarnings[];
    expect(before.map((r) => r.plausibility)).toEqual([[], []]);

    const done = await submitAll(contributor.cookie, job.id);
    expect(done.counts.submitted).toBe(2);
    const rows = (await allRows(contributor.cookie, job.id)) as unknown as RowWithWarnings[];
    const zucker = rows.find((r) => r.name === "Max Zucker")!;
    expect(zucker.status).toBe("submitted");
    expect(zucker.plausibility).toEqual([
      { path: "events.1.date", code: "death_before_birth", message: "“Death” (1890) is dated before the birth (about 1895): the person died before being born." },
    ]);
    expect(rows.find((r) => r.name === "Anna Roth")!.plausibility).toEqual([]);

    const page = await (await request(`/import/${job.id}`, { cookie: contributor.cookie })).text();
    expect(page).toContain("1 date to look at");
    expect(page).toContain("“Death” (1890) is dated before the birth (about 1895)");
    const german = await (await request(`/import/${job.id}?lang=de`, { cookie: contributor.cookie })).text();
    expect(german).toContain("1 Datum zu prüfen");
  });

  it("lists a CSV row's warnings: a handover to the Gestapo before September 1939", async () => {
    const contributor = await signIn("contributor");
    const csv = "Name;Geboren;Übergabe an die Gestapo\r\nErich Brandt;1902;1938-05\r\n";
    const job = await uploadOk(contributor.cookie, csv, "liste.csv");
    const mapped = await request(`/api/v1/imports/${job.id}/mapping`, {
      method: "PUT",
      cookie: contributor.cookie,
      json: { columns: { name: 0, birth_date: 1, handover_date: 2 }, source: { kind: "archive", citation: "A list of handovers" } },
    });
    expect(mapped.status).toBe(200);
    await runJob(contributor.cookie, job.id);
    await submitAll(contributor.cookie, job.id);
    const [row] = (await allRows(contributor.cookie, job.id)) as unknown as RowWithWarnings[];
    expect(row!.plausibility.map((w) => w.code)).toEqual(["handover_before_september_1939"]);
  });
});
