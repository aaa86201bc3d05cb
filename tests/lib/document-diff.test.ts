import { describe, expect, it } from "vitest";
import { compareDocuments, DIFF_SECTIONS, diffDocuments, groupChanges } from "../../src/domain/document-diff";
import { personDocumentSchema, type PersonDocumentInput } from "../../src/domain/person-document";
import { zuckerDocument } from "../helpers/documents";

const parse = (doc: PersonDocumentInput) => personDocumentSchema.parse(doc);

describe("the field-level diff of two person documents", () => {
  it("finds nothing between a document and its copy, whatever the key order", () => {
    const doc = parse(zuckerDocument());
    const reordered = JSON.parse(JSON.stringify(doc, Object.keys(doc).reverse()));
    expect(diffDocuments(doc, parse(zuckerDocument()))).toEqual([]);
    expect(diffDocuments(doc, { ...reordered, ...doc })).toEqual([]);
  });

  it("reports a changed event date as one field change of that event", () => {
    const before = parse(zuckerDocument());
    const input = zuckerDocument();
    input.events![0]!.date = { edtf: "1938" };
    const changes = diffDocuments(before, parse(input));
    expect(changes).toEqual([
      {
        section: "events",
        op: "changed",
        item: "arrest 1938",
        field: "date.edtf",
        path: "events.0.date.edtf",
        before: "1937",
        after: "1938",
      },
    ]);
  });

  it("matches names by identity, so inserting one at the top shows one addition only", () => {
    const before = parse(zuckerDocument());
    const input = zuckerDocument();
    input.names!.unshift({ kind: "alias", display: "Genosse Max" });
    const changes = diffDocuments(before, parse(input));
    expect(changes).toEqual([
      expect.objectContaining({ section: "names", op: "added", item: "Genosse Max", path: "names.0" }),
    ]);
  });

  it("reports added and removed sources, a new biography language and a removed marker", () => {
    const before = parse(zuckerDocument());
    const input = zuckerDocument();
    input.sources!.push({ id: "s2", kind: "archive", citation: "GARF f. 10035, op. 1, d. P-54560", archive: "GARF" });
    input.biography = { ...input.biography, de: "Max Zucker floh aus Berlin." };
    input.markers = [];
    input.sex = undefined;
    const grouped = Object.fromEntries(groupChanges(diffDocuments(before, parse(input))));
    expect(grouped.sources).toEqual([expect.objectContaining({ op: "added", item: "s2", path: "sources.1" })]);
    expect(grouped.biography).toEqual([
      expect.objectContaining({ op: "added", field: "de", after: "Max Zucker floh aus Berlin." }),
    ]);
    expect(grouped.markers).toEqual([expect.objectContaining({ op: "removed", item: "plaque Heinrich-Dernburg-Straße, Berlin" })]);
    expect(grouped.sex).toEqual([expect.objectContaining({ op: "removed", before: "male" })]);
    expect(Object.keys(grouped)).toEqual(["sex", "biography", "sources", "markers"]);
  });

  it("shows a field added inside an existing item and a changed word list", () => {
    const before = parse({ ...zuckerDocument(), nationalities: ["German"] });
    const input = { ...zuckerDocument(), nationalities: ["Austrian"] };
    input.sources![0]!.page = "p. 12";
    const changes = diffDocuments(before, parse(input));
    expect(changes).toContainEqual(
      expect.objectContaining({ section: "sources", op: "added", field: "page", path: "sources.0.page", after: "p. 12" }),
    );
    expect(changes.filter((c) => c.section === "nationalities").map((c) => [c.op, c.before ?? c.after])).toEqual([
      ["removed", "German"],
      ["added", "Austrian"],
    ]);
  });

  it("treats a new memorial as all additions", () => {
    const changes = diffDocuments(null, parse(zuckerDocument()));
    expect(changes.every((c) => c.op === "added")).toBe(true);
    expect(changes.filter((c) => c.section === "events")).toHaveLength(3);
  });

  it("covers every part of the person document", () => {
    expect([...DIFF_SECTIONS].sort()).toEqual(Object.keys(personDocumentSchema.shape).sort());
  });

  it("gives a changed item with both its versions (changes first, then additions), for views that show it in words", () => {
    const before = parse(zuckerDocument());
    const input = zuckerDocument();
    input.events![2]!.date = { edtf: "1942?", text: "probably 1942" };
    input.events!.unshift({ type: "birth", date: { edtf: "1895~" }, sources: ["s1"] });
    const [events] = compareDocuments(before, parse(input));
    expect(events).toMatchObject({
      section: "events",
      kind: "list",
      items: [
        {
          op: "changed",
          beforeIndex: 2,
          afterIndex: 3,
          before: { date: { edtf: "1941-10-23" } },
          after: { date: { edtf: "1942?", text: "probably 1942" } },
          changes: [
            expect.objectContaining({ field: "date.edtf", path: "events.3.date.edtf" }),
            expect.objectContaining({ op: "added", field: "date.text", after: "probably 1942" }),
          ],
        },
        { op: "added", afterIndex: 0, after: { type: "birth" } },
      ],
    });
  });
});
