import { beforeAll, describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { personDocument } from "../opendata/fixtures";
import { datesParse, kid, kids, readGedcom, records, type Node } from "./read";

let max: Awaited<ReturnType<typeof publishMemorial>>;
let anna: Awaited<ReturnType<typeof publishMemorial>>;
let kurt: Awaited<ReturnType<typeof publishMemorial>>;
let hidden: Awaited<ReturnType<typeof publishMemorial>>;

beforeAll(async () => {
  hidden = await publishMemorial(personDocument("Hiddenbrother Weiss"));
  const moderator = await signIn("moderator");
  await request(`/api/v1/moderation/memorials/${hidden.memorialId}/withhold`, {
    method: "POST",
    cookie: moderator.cookie,
    json: { version: 1, reason: "Family request" },
  });
  anna = await publishMemorial(personDocument("Anna Weiss", { sex: "female" }));
  max = await publishMemorial(
    personDocument("Max Weiss", {
      sex: "male",
      names: [
        { primary: true, kind: "birth", display: "Max Weiss", given: "Max", family: "Weiss" },
        { kind: "transliteration", display: "Макс Вайс", given: "Макс", family: "Вайс", script: "Cyrl", lang: "ru" },
        { kind: "pseudonym", display: "Karl Brenner" },
      ],
      events: [
        { type: "birth", date: { edtf: "1890~", text: "um 1890" }, place: { name: "Wien", country: "AT", lat: 48.2, lon: 16.37 }, sources: ["s1"] },
        { type: "arrest", date: { edtf: "1937-11-04" }, place: { name: "Moskau", modern_name: "Moscow" }, sources: ["s1", "s2"] },
        { type: "imprisonment", date: { edtf: "1937-11/1940-01" }, place: { name: "Butyrka" }, sources: ["s2"] },
        { type: "handover", date: { edtf: "[1940-01..1940-03]" }, place: { name: "Brest-Litovsk" }, sources: ["s2"] },
        { type: "death", date: { edtf: "[..1945]" }, certainty: "family_account" },
      ],
      sources: [
        { id: "s1", kind: "book", citation: "Müller, Menschen im Lager (2001), p. 12", title: "Menschen im Lager", author: "R. Müller", page: "12" },
        { id: "s2", kind: "archive", citation: "GARF f. 10035, op. 1, d. P-54560", archive: "GARF", fond: "10035", opis: "1", delo: "P-54560" },
      ],
      relations: [
        { type: "spouse", memorial_id: anna.memorialId },
        { type: "sibling", memorial_id: hidden.memorialId, name: "his brother" },
        { type: "cellmate", name: "@Erich Mielke-like name" },
      ],
      external_ids: [{ scheme: "wikidata", value: "Q1234567" }],
      biography: { de: "Erste Zeile.\nZweite Zeile." },
    }),
  );
  kurt = await publishMemorial(personDocument("Kurt Weiss", { relations: [{ type: "parent", memorial_id: max.memorialId }, { type: "parent", name: "Anna Weiss" }] }));
}, 30_000);

const gedcom = async (path: string) => {
  const res = await request(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/vnd.familysearch.gedcom; charset=utf-8");
  const bytes = new Uint8Array(await res.arrayBuffer());
  // GEDCOM 7: the first character should be a byte-order mark (U+FEFF, in UTF-8 EF BB BF).
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes);
};

/** A record's cross-reference as pointers write it ("@I1@"). */
const ref = (node: Node) => (node.pointer!.startsWith("@") ? node.pointer! : `@${node.pointer}@`);

const indiByExid = (root: Node, id: string) => records(root, "INDI").find((i) => kids(i, "EXID").some((x) => x.value === id));

describe("GEDCOM 7 export", () => {
  it("one memorial: a valid file with names, TRAN, dates, places, citations, UID and EXID", async () => {
    const text = await gedcom(`/api/v1/memorials/${max.memorialId}/gedcom`);
    const root = readGedcom(text);
    const head = records(root, "HEAD")[0]!;
    expect(kid(kid(head, "GEDC")!, "VERS")!.value).toBe("7.0");
    expect(kid(head, "COPR")!.value).toContain("creativecommons.org/licenses/by-sa/4.0");
    // The archive's extension tags are declared, as GEDCOM 7 asks of every extension.
    expect(kids(kid(head, "SCHMA")!, "TAG").map((t) => t.value!.split(" ")[0])).toEqual(["_ZEUGNIS", "_ZEUGNIS_VERSION", "_ZEUGNIS_RELATIVE"]);
    expect(records(root, "TRLR")).toHaveLength(1);
    const person = indiByExid(root, max.memorialId)!;
    const [name, pseudonym] = kids(person, "NAME");
    expect(name!.value).toBe("Max /Weiss/");
    expect(kid(name!, "TRAN")!.value).toBe("Макс /Вайс/");
    expect(kid(kid(name!, "TRAN")!, "LANG")!.value).toBe("ru");
    expect(pseudonym!.value).toBe("Karl Brenner");
    expect(kid(kid(pseudonym!, "TYPE")!, "PHRASE")!.value).toBe("Pseudonym");
    const birth = kid(person, "BIRT")!;
    expect(kid(birth, "DATE")!.value).toBe("ABT 1890");
    expect(kid(kid(birth, "DATE")!, "PHRASE")!.value).toBe("um 1890");
    expect(kid(birth, "PLAC")!.value).toBe("Wien");
    expect(kid(kid(kid(birth, "PLAC")!, "MAP")!, "LATI")!.value).toBe("N48.2");
    const events = kids(person, "EVEN");
    const typeOf = (e: Node) => kid(e, "TYPE")!.value;
    const arrest = events.find((e) => typeOf(e) === "Arrest")!;
    expect(kid(arrest, "DATE")!.value).toBe("4 NOV 1937");
    expect(kids(arrest, "SOUR").map((s) => s.value)).toEqual(["@S1@", "@S2@"]);
    expect(kid(events.find((e) => typeOf(e) === "Imprisonment")!, "DATE")!.value).toBe("FROM NOV 1937 TO JAN 1940");
    expect(kid(events.find((e) => typeOf(e) === "Handover to the Gestapo")!, "DATE")!.value).toBe("BET JAN 1940 AND MAR 1940");
    const death = kid(person, "DEAT")!;
    expect(kid(death, "DATE")!.value).toBe("BEF 1945");
    // No source: a reader takes it as the family's account, which it is; no note needed.
    expect(kids(death, "SOUR")).toHaveLength(0);
    expect(kid(person, "UID")!.value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(kids(person, "EXID").map((x) => [x.value, kid(x, "TYPE")!.value])).toEqual([
      [max.memorialId, "https://zeugnis.test/memorials/"],
      ["Q1234567", "http://www.wikidata.org/entity/"],
    ]);
    const biography = kids(person, "NOTE").find((n) => kid(n, "LANG")?.value === "de")!;
    expect(biography.value).toBe("Erste Zeile.\nZweite Zeile.");
    const sources = records(root, "SOUR");
    expect(sources.map((s) => kid(s, "TITL")!.value)).toEqual(["Menschen im Lager", "GARF f. 10035, op. 1, d. P-54560"]);
    // The archive and the shelf mark: a repository record and its call number.
    const repo = kid(sources[1]!, "REPO")!;
    expect(kid(repo, "CALN")!.value).toBe("f. 10035, op. 1, d. P-54560");
    expect(kid(records(root, "REPO").find((r) => ref(r) === repo.value)!, "NAME")!.value).toBe("GARF");
    // The arrest's place keeps its modern name.
    expect(kid(kid(arrest, "PLAC")!, "NOTE")!.value).toBe("Now: Moscow");
    expect(datesParse(root)).toBe(true);
    // The relative whose memorial is withheld is a name only: no id, no link.
    expect(text).not.toContain(hidden.memorialId);
    expect(text).not.toContain("Hiddenbrother");
    // A payload starting with @ is escaped, and the parser reads it back as it was.
    expect(text).toContain("1 NAME @@Erich");
    // Every relation is an association with its role (what the other person is to this one).
    expect(kids(person, "ASSO").map((a) => [kid(a, "ROLE")!.value, kid(kid(a, "ROLE")!, "PHRASE")?.value])).toEqual([
      ["SPOU", undefined],
      ["OTHER", "Sibling"],
      ["OTHER", "Cellmate"],
    ]);
  });

  it("a family: linked memorials as full records, spouses and children in FAM records", async () => {
    const text = await gedcom(`/api/v1/memorials/${max.slug}/gedcom?scope=family`);
    const root = readGedcom(text);
    const maxRecord = indiByExid(root, max.memorialId)!;
    const annaRecord = indiByExid(root, anna.memorialId)!;
    const kurtRecord = indiByExid(root, kurt.memorialId)!;
    expect(kid(kurtRecord, "NAME")!.value).toBe("Kurt /Weiss/");
    const families = records(root, "FAM");
    const couple = families.find((f) => kid(f, "HUSB")?.value === ref(maxRecord) && kid(f, "WIFE")?.value === ref(annaRecord));
    expect(couple).toBeDefined();
    const parents = families.find((f) => kids(f, "CHIL").some((c) => c.value === ref(kurtRecord)))!;
    expect(parents).toBeDefined();
    expect(kids(kurtRecord, "FAMC").map((f) => f.value)).toEqual([ref(parents)]);
    expect(kids(maxRecord, "FAMS").map((f) => f.value)).toContain(ref(couple!));
    // Kurt's other parent is named in his memorial only: a short record in the same family.
    const otherParent = records(root, "INDI").find((i) => ref(i) === kid(parents, "WIFE")?.value);
    expect(kid(otherParent!, "NAME")!.value).toBe("Anna Weiss");
    expect(text).not.toContain("Hiddenbrother");
    expect(datesParse(root)).toBe(true);
  });

  it("refuses what is not public: 404 for unknown, 410 for withheld", async () => {
    expect((await request("/api/v1/memorials/mem_unknown0000/gedcom")).status).toBe(404);
    expect((await request(`/api/v1/memorials/${hidden.memorialId}/gedcom`)).status).toBe(410);
    expect((await request(`/api/v1/memorials/${max.memorialId}/gedcom?scope=everyone`)).status).toBe(422);
  });
});
