/**
 * A GEDCOM 7 file of published memorials: HEAD, one INDI per memorial (and a short INDI for each
 * relative who is named but has no memorial here), FAM records from their relations, one SOUR
 * record per cited source, TRLR. Only published content is ever passed in.
 */
import type { PublishedMemorial } from "../opendata/export.queries";
import { DATA_LICENCE } from "../opendata/licence";
import { buildFamilies, type FamilyEdge } from "./gedcom-family";
import { GedcomLines } from "./gedcom-lines";
import { writePerson } from "./gedcom-person";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/** A stable UUID for a memorial (GEDCOM 7 UID), derived from its id. */
export async function memorialUuid(memorialId: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`zeugnis:${memorialId}`)));
  hash[6] = (hash[6]! & 0x0f) | 0x80; // version 8: a custom, name-based UUID
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = [...hash.slice(0, 16)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface GedcomOptions {
  origin: string;
  now: number;
  title: string;
  /** Published memorials linked from these people but not in the file: slug and name. */
  linked: Map<string, { slug: string; name: string }>;
}

export async function buildGedcom(people: PublishedMemorial[], options: GedcomOptions): Promise<string> {
  const out = new GedcomLines();
  const now = new Date(options.now);
  out.add(0, "HEAD").add(1, "GEDC").add(2, "VERS", "7.0");
  out.add(1, "SOUR", "ZEUGNIS").add(2, "VERS", "1").add(2, "NAME", "Zeugnis");
  out.add(1, "DATE", `${now.getUTCDate()} ${MONTHS[now.getUTCMonth()]} ${now.getUTCFullYear()}`);
  out.add(2, "TIME", now.toISOString().slice(11, 19) + "Z");
  out.add(1, "COPR", `${DATA_LICENCE.name} (${DATA_LICENCE.url})`);
  out.add(1, "NOTE", `${options.title}\nPublished memorials from ${options.origin}/, reviewed by the archive's moderators.`);

  const xrefOf = new Map(people.map((p, i) => [p.memorial.id, `I${i + 1}`]));
  const stubs: Array<{ xref: string; name: string; memorialId?: string; slug?: string }> = [];
  const edges: FamilyEdge[] = [];
  for (const person of people) {
    for (const r of person.document.relations) {
      let target = r.memorial_id ? xrefOf.get(r.memorial_id) : undefined;
      if (!target) {
        target = `X${stubs.length + 1}`;
        const linked = r.memorial_id ? options.linked.get(r.memorial_id) : undefined;
        stubs.push({ xref: target, name: r.name ?? linked?.name ?? "Unknown", memorialId: r.memorial_id, slug: linked?.slug });
      }
      edges.push({ from: xrefOf.get(person.memorial.id)!, to: target, type: r.type });
    }
  }
  const graph = buildFamilies(edges);
  const famsOf = new Map<string, string[]>();
  const famcOf = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  graph.families.forEach((family, i) => {
    for (const p of family.partners) push(famsOf, p, `F${i + 1}`);
    for (const c of family.children) push(famcOf, c, `F${i + 1}`);
  });

  const sources: Array<{ xref: string; source: PublishedMemorial["document"]["sources"][number] }> = [];
  const sexOf = new Map<string, string | undefined>();
  for (const person of people) {
    const xref = xrefOf.get(person.memorial.id)!;
    const keys = new Map<string, string>();
    for (const source of person.document.sources) {
      const s = `S${sources.length + 1}`;
      sources.push({ xref: s, source });
      keys.set(source.id, s);
    }
    sexOf.set(xref, person.document.sex);
    writePerson(out, xref, person.memorial.id, person.document, { sourceXref: (k) => keys.get(k), memorialBase: `${options.origin}/memorials/` }, await memorialUuid(person.memorial.id));
    out.add(1, "NOTE", `${options.origin}/memorials/${person.memorial.slug}`);
    for (const f of famcOf.get(xref) ?? []) out.pointer(1, "FAMC", f);
    for (const f of famsOf.get(xref) ?? []) out.pointer(1, "FAMS", f);
    for (const a of graph.associations.filter((e) => e.from === xref)) {
      out.pointer(1, "ASSO", a.to).add(2, "ROLE", "OTHER").add(3, "PHRASE", a.type.replace("_", "-"));
    }
  }
  for (const stub of stubs) {
    out.add(0, "INDI", undefined, stub.xref).add(1, "NAME", stub.name.replace(/\//g, ""));
    out.add(1, "NOTE", stub.slug ? `Memorial: ${options.origin}/memorials/${stub.slug}` : "Named in a memorial; no memorial of their own in this file.");
    if (stub.memorialId) out.add(1, "EXID", stub.memorialId).add(2, "TYPE", `${options.origin}/memorials/`);
    for (const f of famcOf.get(stub.xref) ?? []) out.pointer(1, "FAMC", f);
    for (const f of famsOf.get(stub.xref) ?? []) out.pointer(1, "FAMS", f);
  }
  graph.families.forEach((family, i) => {
    out.add(0, "FAM", undefined, `F${i + 1}`);
    const [a, b] = family.partners;
    const wifeFirst = a && sexOf.get(a) === "female" && sexOf.get(b ?? "") !== "female";
    const [husband, wife] = wifeFirst ? [b, a] : [a, b];
    if (husband) out.pointer(1, "HUSB", husband);
    if (wife) out.pointer(1, "WIFE", wife);
    for (const c of family.children) out.pointer(1, "CHIL", c);
  });
  for (const { xref, source } of sources) {
    out.add(0, "SOUR", undefined, xref);
    if (source.author) out.add(1, "AUTH", source.author);
    out.add(1, "TITL", source.title ?? source.citation);
    if (source.year) out.add(1, "PUBL", source.year);
    const archive = [source.archive, source.fond && `f. ${source.fond}`, source.opis && `op. ${source.opis}`, source.delo && `d. ${source.delo}`, source.list && `l. ${source.list}`].filter(Boolean).join(", ");
    const note = [source.citation, archive, source.page ? `p. ${source.page}` : "", source.url ?? "", source.note ?? "", `Kind: ${source.kind.replace("_", " ")}`].filter(Boolean).join("\n");
    out.add(1, "NOTE", note);
  }
  out.add(0, "TRLR");
  return out.toString();
}
