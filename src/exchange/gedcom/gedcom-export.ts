/**
 * A GEDCOM 7 file of published memorials: HEAD (with the archive's extension declared in SCHMA),
 * one INDI per memorial (and a short INDI for each relative who is named but has no memorial in
 * the file), FAM records from their relations, one SOUR record per cited source with its
 * archive as a REPO record, TRLR. Only published content is ever passed in. The fidelity pass
 * makes sure the archive's own import reads every document back unchanged.
 */
import type { PublishedMemorial } from "../exports/export.queries";
import { DATA_LICENCE } from "../../domain/licence";
import { buildFamilies, type FamilyEdge } from "./gedcom-family";
import { addFidelity, type ExportedPerson } from "./gedcom-fidelity";
import { memorialUuid } from "./memorial-uid";
import { RELATIVE_TAG, VERSION_TAG, writePerson } from "./gedcom-person";
import { SOURCE_KEY_TYPE } from "./gedcom-tags";
import { ptr, record, s, serialize, type Structure } from "./gedcom-tree";
import { EXTENSION_TAG } from "../imports/gedcom-records";
import { memorialUrl } from "../../platform/http/site-url";

export { memorialUuid } from "./memorial-uid";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

export interface GedcomOptions {
  origin: string;
  now: number;
  title: string;
  /** Published memorials linked from these people but not in the file: slug and name. */
  linked: Map<string, { slug: string; name: string }>;
}

/** Where the archive's GEDCOM extension is described (docs/open-data.md, "GEDCOM 7"). */
export const extensionUri = (origin: string, tag: string) => `${origin}/api/docs#gedcom-${tag.slice(1).toLowerCase().replace(/_/g, "-")}`;

function head(options: GedcomOptions): Structure {
  const now = new Date(options.now);
  return s("HEAD", undefined, [
    s("GEDC", undefined, [s("VERS", "7.0")]),
    s("SCHMA", undefined, [EXTENSION_TAG, VERSION_TAG, RELATIVE_TAG].map((tag) => s("TAG", `${tag} ${extensionUri(options.origin, tag)}`))),
    s("SOUR", "ZEUGNIS", [s("VERS", "2"), s("NAME", "Zeugnis")]),
    s("DATE", `${now.getUTCDate()} ${MONTHS[now.getUTCMonth()]} ${now.getUTCFullYear()}`, [s("TIME", now.toISOString().slice(11, 19) + "Z")]),
    s("COPR", `${DATA_LICENCE.name} (${DATA_LICENCE.url})`),
    s("NOTE", `${options.title}\nPublished memorials from ${options.origin}/, reviewed by the archive's moderators.`),
  ]);
}

type SourceEntry = PublishedMemorial["document"]["sources"][number];

/** The archive's shelf mark as a call number: "f. 10035, op. 1, d. P-54560". */
function callNumber(source: SourceEntry): string {
  return [source.fond && `f. ${source.fond}`, source.opis && `op. ${source.opis}`, source.delo && `d. ${source.delo}`, source.list && `l. ${source.list}`].filter(Boolean).join(", ");
}

export async function buildGedcom(people: PublishedMemorial[], options: GedcomOptions): Promise<string> {
  const memorialBase = memorialUrl(options.origin, "");
  const xrefOf = new Map(people.map((p, i) => [p.memorial.id, `I${i + 1}`]));
  const stubs: Array<{ xref: string; name: string; memorialId?: string; slug?: string }> = [];
  const edges: FamilyEdge[] = [];
  const relationTargets = new Map<string, string[]>();
  for (const person of people) {
    const targets: string[] = [];
    for (const r of person.document.relations) {
      let target = r.memorial_id ? xrefOf.get(r.memorial_id) : undefined;
      if (!target) {
        target = `X${stubs.length + 1}`;
        const linked = r.memorial_id ? options.linked.get(r.memorial_id) : undefined;
        stubs.push({ xref: target, name: r.name ?? linked?.name ?? "Unknown", memorialId: r.memorial_id, slug: linked?.slug });
      }
      targets.push(target);
      edges.push({ from: xrefOf.get(person.memorial.id)!, to: target, type: r.type });
    }
    relationTargets.set(person.memorial.id, targets);
  }
  const graph = buildFamilies(edges);
  const famsOf = new Map<string, string[]>();
  const famcOf = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  graph.families.forEach((family, i) => {
    for (const p of family.partners) push(famsOf, p, `F${i + 1}`);
    for (const c of family.children) push(famcOf, c, `F${i + 1}`);
  });
  const familyLinks = (xref: string) => [...(famcOf.get(xref) ?? []).map((f) => ptr("FAMC", f)), ...(famsOf.get(xref) ?? []).map((f) => ptr("FAMS", f))];

  const sources: Array<{ xref: string; source: SourceEntry; owner: number }> = [];
  const repositories = new Map<string, string>();
  const exported: ExportedPerson[] = [];
  const individuals: Structure[] = [];
  const sexOf = new Map<string, string | undefined>();
  for (const [index, person] of people.entries()) {
    const xref = xrefOf.get(person.memorial.id)!;
    const keys = new Map<string, string>();
    for (const source of person.document.sources) {
      const sx = `S${sources.length + 1}`;
      sources.push({ xref: sx, source, owner: index });
      keys.set(source.id, sx);
      if (source.archive && !repositories.has(source.archive)) repositories.set(source.archive, `R${repositories.size + 1}`);
    }
    sexOf.set(xref, person.document.sex);
    const targets = relationTargets.get(person.memorial.id)!;
    const { indi, parts } = writePerson(
      xref,
      person.memorial.id,
      person.document,
      { sourceXref: (k) => keys.get(k), relationXref: (i) => targets[i]!, memorialBase, memorialUrl: `${memorialBase}${person.memorial.slug}` },
      await memorialUuid(person.memorial.id),
    );
    indi.children.push(...familyLinks(xref));
    individuals.push(indi);
    exported.push({ xref, indi, parts, document: person.document, sources: [] });
  }
  const stubRecords = stubs.map((stub) =>
    record("INDI", stub.xref, [
      s("NAME", stub.name.replace(/\//g, "")),
      s(RELATIVE_TAG),
      s("NOTE", stub.slug ? `Memorial: ${memorialBase}${stub.slug}` : "Named in a memorial; no memorial of their own in this file."),
      stub.memorialId ? s("EXID", stub.memorialId, [s("TYPE", memorialBase)]) : null,
      ...familyLinks(stub.xref),
    ]),
  );
  const families = graph.families.map((family, i) => {
    const [a, b] = family.partners;
    const wifeFirst = a && sexOf.get(a) === "female" && sexOf.get(b ?? "") !== "female";
    const [husband, wife] = wifeFirst ? [b, a] : [a, b];
    return record("FAM", `F${i + 1}`, [husband ? ptr("HUSB", husband) : null, wife ? ptr("WIFE", wife) : null, ...family.children.map((c) => ptr("CHIL", c))]);
  });
  const sourceRecords = sources.map(({ xref, source, owner }) => {
    const structure = record("SOUR", xref, [
      source.author ? s("AUTH", source.author) : null,
      s("TITL", source.title ?? source.citation),
      source.year ? s("PUBL", source.year) : null,
      source.archive ? ptr("REPO", repositories.get(source.archive)!, [callNumber(source) ? s("CALN", callNumber(source)) : null]) : null,
      source.note ? s("NOTE", source.note) : null,
      s("REFN", source.id, [s("TYPE", SOURCE_KEY_TYPE)]),
    ]);
    exported[owner]!.sources.push(structure);
    return structure;
  });
  const repositoryRecords = [...repositories].map(([name, xref]) => record("REPO", xref, [s("NAME", name)]));
  const records = [head(options), ...individuals, ...stubRecords, ...families, ...sourceRecords, ...repositoryRecords, s("TRLR")];
  await addFidelity(records, exported, { memorialBase });
  return serialize(records);
}
