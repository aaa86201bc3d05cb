/**
 * The fixed query mix of the search benchmark, drawn (with a fixed seed) from the generated
 * memorials themselves: exact names, folded spellings, transliterations from the Russian form,
 * misspellings that only sound alike, prefixes, and names with filters.
 */
import type { DatabaseSync } from "node:sqlite";
import { asciiFold, transliterateCyrillic } from "../src/domain/names/transliterate";
import { rng } from "./names";

export const KINDS = ["exact", "folded", "transliterated", "phonetic", "prefix", "filtered"] as const;
export type Kind = (typeof KINDS)[number];
export interface BenchQuery {
  kind: Kind;
  /** Query string of GET /api/v1/memorials, without the leading "?". */
  query: string;
}

const MISSPELLINGS: Array<[RegExp, string]> = [
  [/ei/, "ai"], [/ai/, "ei"], [/dt$/, "tt"], [/ck/, "k"], [/ph/, "f"], [/w/, "v"], [/v/, "w"], [/ie/, "i"],
  [/([bdfglmnprt])\1/, "$1"], [/y/, "i"], [/sch/, "sh"], [/tz/, "z"], [/ow$/, "off"], [/mann$/, "man"], [/er$/, "a"],
];

function misspell(family: string): string | null {
  for (const [pattern, replacement] of MISSPELLINGS) if (pattern.test(family)) return family.replace(pattern, replacement);
  return null;
}

const FILTERS = ["fate=handover&from=1939&to=1941", "country=DE&persecutor=nazi", "event=arrest&from=1937&to=1938", "marker=1", "nationality=Austrian"];

interface NameRow {
  display: string;
  given: string | null;
  family: string | null;
  script: string | null;
  is_primary: number;
}

export function buildQueryMix(db: DatabaseSync, perKind: number, seed = 41): BenchQuery[] {
  const r = rng(seed);
  const total = (db.prepare("SELECT max(doc) AS n FROM search_docs").get() as { n: number }).n;
  const namesOf = db.prepare(`SELECT n.display, n.given, n.family, n.script, n.is_primary FROM search_docs d
    JOIN memorial_names n ON n.memorial_id = d.memorial_id WHERE d.doc = ? ORDER BY n.position`);
  const out: BenchQuery[] = [];
  const want = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
  const add = (kind: Kind, query: string) => {
    if ((want.get(kind) ?? 0) >= perKind) return;
    want.set(kind, (want.get(kind) ?? 0) + 1);
    out.push({ kind, query });
  };
  for (let guard = 0; out.length < perKind * KINDS.length && guard < perKind * 200; guard++) {
    const names = namesOf.all(r.int(1, total)) as unknown as NameRow[];
    const primary = names.find((n) => n.is_primary === 1);
    if (!primary?.family || !primary.given) continue;
    const q = (text: string) => `q=${encodeURIComponent(text)}`;
    add("exact", q(primary.display));
    add("folded", q(asciiFold(primary.display)));
    const cyrillic = names.find((n) => n.script === "Cyrl");
    if (cyrillic) add("transliterated", q(transliterateCyrillic(cyrillic.display, "de")));
    const wrong = misspell(primary.family);
    if (wrong) add("phonetic", q(`${primary.given} ${wrong}`));
    if (primary.family.length >= 6) add("prefix", q(asciiFold(primary.family).slice(0, 4)));
    add("filtered", `${q(primary.family)}&${r.pick(FILTERS)}`);
  }
  return out;
}
