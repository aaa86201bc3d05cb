/// <reference types="vite/client" />
/**
 * The GEDCOM 5.5.1 and 7 test files of the GEDCOM steering committee's converter tests
 * (gedcom7code/test-files, public domain; tests/gedcom/files/gedcom7code/README.md), each
 * imported through the real import routes: read to the end in its character set, every person
 * sent, and nothing of a person lost without a word. "Without a word" is checked line by line:
 * every payload of a person's record is in the document the import made, or the import's notes
 * on that person say what became of it.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { revisions } from "../../src/platform/db/schema";
import { gedcomToEdtf } from "../../src/domain/dates/gedcom-date";
import { decodeChunk, detectEncoding } from "../../src/codecs/gedcom/encoding";
import { parseRecords, type GedcomNode } from "../../src/codecs/gedcom/parse";
import { displayName } from "../../src/exchange/imports/gedcom-records";
import { testDb } from "../helpers/app";
import { signIn } from "../helpers/users";
import { allRows, runJob, submitAll, uploadOk } from "./helpers";

const FILES = import.meta.glob("../gedcom/files/gedcom7code/*/*.ged", { query: "?url&inline", import: "default", eager: true }) as Record<string, string>;
const bytesOf = (dataUrl: string) => Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(",") + 1)), (c) => c.charCodeAt(0));
const nameOf = (path: string) => path.replace("../gedcom/files/gedcom7code/", "");

function recordsOf(bytes: Uint8Array): GedcomNode[] {
  const { encoding, bom } = detectEncoding(bytes);
  return parseRecords(decodeChunk(bytes.subarray(bom), encoding), 1).records;
}

/** Payloads the import turns into codes (a sex, a name type, a language, a role …) rather than words. */
const CODED = new Set(["SEX", "TYPE", "LANG", "ROLE", "PEDI", "QUAY", "MEDI", "FORM", "RESN"]);

/**
 * The payloads of a person's record that are neither in their document nor in the notes on them.
 * A structure the notes name as left out ("Line 14 (OBJE): this part …") accounts for all under it.
 */
function unaccounted(indi: GedcomNode, documentJson: string, warnings: string[]): string[] {
  const said = `${documentJson}\n${warnings.join("\n")}`;
  const has = (text: string) => said.includes(text) || said.includes(JSON.stringify(text).slice(1, -1));
  const missing: string[] = [];
  const walk = (node: GedcomNode) => {
    for (const c of node.children) {
      if (warnings.some((w) => w.startsWith(`Line ${c.line} (${c.tag}): this part`))) continue;
      const value = c.value.trim();
      const edtf = c.tag === "DATE" ? gedcomToEdtf(value).edtf : null;
      const kept =
        !value ||
        /^@[^@]+@$/.test(value) ||
        CODED.has(c.tag) ||
        value.split("\n").every((line) => has(line)) ||
        (c.tag === "NAME" && has(displayName(value))) ||
        (edtf !== null && has(`"${edtf}"`));
      if (!kept) missing.push(`line ${c.line}: ${c.tag} ${value}`);
      walk(c);
    }
  };
  walk(indi);
  return missing;
}

const PEOPLE: Record<string, number> = {
  "5/age-invalid.ged": 1, "5/age-valid.ged": 1, "5/date-all.ged": 9, "5/date-dual-invalid.ged": 1, "5/date-dual-valid.ged": 1,
  "5/enum-ext.ged": 2, "5/obje-1.ged": 1, "5/pedi-1.ged": 1, "5/rela_1.ged": 2, "5/sour-1.ged": 1,
  "7/age-invalid.ged": 1, "7/age-valid.ged": 1, "7/date-all.ged": 9, "7/date-dual-invalid.ged": 1, "7/enum-ext.ged": 2,
  "7/obje-1.ged": 1, "7/pedi-1.ged": 1, "7/rela_1.ged": 2, "7/sour-1.ged": 1,
};

/** What the notes on some people must say, beside the line-by-line check. */
const SAYS: Record<string, Record<string, string[]>> = {
  "5/date-all.ged": {
    CALENDAR: ["“JULIAN 1401” is a date in the Julian calendar; kept as written", "“HEBREW 26 TVT 27” is a date in the Hebrew calendar", "“FRENCH_R 29” names a day or month the calendar does not have", "“ROMAN 28” is in a calendar the archive cannot convert"],
    CLOSED_RANGE: ["events in the file: 1296; a memorial holds at most 200: 1096 left out", "ends before it begins"],
    CLOSED_PERIOD: ["events in the file: 1296; a memorial holds at most 200: 1096 left out"],
    SIMPLE: ["“1401/8” is not a valid double year"],
  },
  "7/date-all.ged": {
    CALENDAR: ["“JULIAN 1401” is a date in the Julian calendar; kept as written", "“_ROMAN 28” is in a calendar the archive cannot convert"],
    CLOSED_PERIOD: ["events in the file: 1296; a memorial holds at most 200: 1096 left out"],
  },
  "5/date-dual-invalid.ged": { "1": ["“JAN 1701/99” is not a valid double year; the words are kept in the description, without a date"] },
  "7/date-dual-invalid.ged": { "1": ["“JAN 1701/99 (JAN 1699)” is not a valid double year; the words are kept in the description, without a date"] },
  "5/date-dual-valid.ged": { "1": ["“JAN 1699/00” gives two years (old and new style); read as the year beginning in January: January 1700"] },
  "5/obje-1.ged": { "2": ["this part (OBJE) is not something the archive keeps and was left out"] },
  "7/obje-1.ged": { "2": ["this part (OBJE) is not something the archive keeps and was left out"] },
  "5/enum-ext.ged": { "5": ["this part (_MAYBE) is not something the archive keeps and was left out"] },
  "7/enum-ext.ged": { "5": ["this part (_MAYBE) is not something the archive keeps and was left out"] },
  "5/rela_1.ged": { I2: ["this part (ASSO) is not something the archive keeps and was left out: @I2@ = this person"] },
  "7/rela_1.ged": { I2: ["this part (ASSO) is not something the archive keeps and was left out: @I2@ = this person"] },
};

describe("the official GEDCOM test files, through the import routes", () => {
  it.each(Object.keys(FILES).map(nameOf))("%s: read to the end, every person sent, nothing lost without a word", async (name) => {
    const bytes = bytesOf(FILES[`../gedcom/files/gedcom7code/${name}`]!);
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, bytes, name.replace("/", "-"));
    const read = await runJob(contributor.cookie, job.id);
    expect(read).toMatchObject({ status: "ready", failure: null, people: PEOPLE[name] ?? 0 });
    // GEDCOM 7 is always UTF-8: its "utf16" files are the converter's output of the 5.5.1 ones.
    expect(read.encoding).toBe(/^5\/.*utf16le/.test(name) ? "UTF-16LE" : /^5\/.*utf16be/.test(name) ? "UTF-16BE" : "UTF-8");
    if (!PEOPLE[name]) return;

    // Everyone, the held-back ones too: the check below is about the documents the import makes.
    await submitAll(contributor.cookie, job.id);
    const held = (await allRows(contributor.cookie, job.id)).filter((r) => r.status === "held").map((r) => r.row);
    if (held.length) await submitAll(contributor.cookie, job.id, held);
    const rows = await allRows(contributor.cookie, job.id);
    const people = new Map(recordsOf(bytes).filter((r) => r.tag === "INDI").map((r) => [r.xref!, r]));
    for (const row of rows) {
      expect(["submitted", "needs_edit"], `${name} ${row.xref}`).toContain(row.status);
      const revision = await testDb().select().from(revisions).where(eq(revisions.id, row.revision_id!)).get();
      const capped = row.warnings.some((w) => w.includes("a memorial holds at most"));
      // A person over the limits: what is beyond them is counted in a note, not listed line by line.
      if (!capped) expect(unaccounted(people.get(row.xref!)!, revision!.document, row.warnings), `${name} ${row.xref}`).toEqual([]);
      for (const words of SAYS[name]?.[row.xref!] ?? []) expect(row.warnings.join("\n"), `${name} ${row.xref}`).toContain(words);
    }
  }, 120_000);
});
