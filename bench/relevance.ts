/**
 * `npm run bench:relevance [-- --count 10000 --seed 1941 --write]` — does search find the right
 * person first? Generates an archive of `count` people (bench/documents.ts) in an in-memory
 * SQLite database with the migrations applied, indexes them with the application's own code, and
 * runs 120 queries with known answers through `searchMemorials` (the Worker's statements):
 * 20 each of exact names, folded spellings, Cyrillic spellings, sound-alike misspellings of the
 * surname, another form of the given name, and name plus a maiden name the record lacks (recovery).
 * A query's answer is every person who bears the target's name (namesakes cannot be told apart
 * by a name alone). Prints hits@1, hits@5 and MRR per kind and overall, and the false positives:
 * of 100 common surnames nobody in the archive has, how many return someone as "sounds like".
 */
import { readdirSync, readFileSync, appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { DatabaseSync } from "node:sqlite";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import type { SQL } from "drizzle-orm";
import { primaryName, type PersonDocument } from "../src/domain/person-document";
import { searchFold } from "../src/domain/names/name-fold";
import { givenNameVariants } from "../src/domain/names/given-names";
import { listingColumns, projectionRows } from "../src/archive/memorials/projection";
import { searchDocumentRow, searchKeys, searchText } from "../src/archive/search/search-document";
import { searchParamsSchema } from "../src/archive/search/search-params";
import { searchMemorials, type Execute, type SearchHit } from "../src/archive/search/search.service";
import { flag, option, ROOT } from "../scripts/lib/cli";
import { generateDocument } from "./documents";
import { toColumns } from "./local-sqlite";
import { rng, russianSpelling, type Rng } from "./names";

const count = Number(option("count") ?? "10000");
const seed = Number(option("seed") ?? "1941");
const PER_KIND = 20;

const db = new DatabaseSync(":memory:", { enableForeignKeyConstraints: false });
for (const file of readdirSync(path.join(ROOT, "migrations")).filter((f) => f.endsWith(".sql")).sort()) {
  db.exec(readFileSync(path.join(ROOT, "migrations", file), "utf8"));
}

function insert(table: string, row: Record<string, unknown>) {
  const { names, values } = toColumns(row);
  db.prepare(`INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(", ")}) VALUES (${names.map(() => "?").join(", ")})`).run(...values);
}

interface Person {
  doc: number;
  memorialId: string;
  given: string;
  family: string;
  document: PersonDocument;
}

const r = rng(seed);
const people: Person[] = [];
db.exec("BEGIN");
for (let i = 0; i < count; i++) {
  const document = generateDocument(r);
  const memorialId = `mem_rel${i.toString(36).padStart(8, "0")}`;
  const doc = i + 1;
  insert("memorials", { id: memorialId, slug: `p-${i}`, status: "published", currentRevisionId: `rev_rel${i}`, version: 1, firstPublishedAt: 0, updatedAt: 0, ...listingColumns(document) });
  const rows = projectionRows(memorialId, document);
  for (const row of rows.names) insert("memorial_names", row);
  for (const row of rows.events) insert("memorial_events", row);
  insert("search_docs", { doc, memorialId, ...searchDocumentRow(document) });
  for (const [key, tier, pos] of searchKeys(document)) insert("search_keys", { key, doc, tier, pos });
  insert("search_text", { rowid: doc, body: searchText(document) });
  const name = primaryName(document);
  people.push({ doc, memorialId, given: name.given ?? "", family: name.family ?? "", document });
}
db.exec("COMMIT; ANALYZE");

const dialect = new SQLiteSyncDialect();
const execute: Execute = async <T>(query: SQL) => {
  const { sql, params } = dialect.sqlToQuery(query);
  return db.prepare(sql).all(...(params as Array<string | number | null>)) as T[];
};

async function search(q: string): Promise<SearchHit[]> {
  const params = searchParamsSchema.parse({ q, limit: "20" });
  return (await searchMemorials(execute, params, { facets: false })).items;
}

// ---- Queries with known answers -------------------------------------------------------------

const nameKey = (given: string, family: string) => `${searchFold(given)} ${searchFold(family)}`;
const byName = new Map<string, Set<string>>();
for (const p of people) {
  const key = nameKey(p.given, p.family);
  byName.set(key, (byName.get(key) ?? new Set()).add(p.memorialId));
}
const surnames = new Set(people.flatMap((p) => p.document.names.flatMap((n) => [n.family, ...(n.display.split(/\s+/))]).filter(Boolean).map((w) => searchFold(w!))));

type Kind = "exact" | "folded" | "cyrillic" | "sounds-like" | "given-name" | "recovery";
interface Query {
  kind: Kind;
  q: string;
  answers: Set<string>;
}

/** A spelling a clerk or a descendant might write for a surname that sounds the same. */
const SOUND_ALIKE: Array<[RegExp, string]> = [
  [/tz/, "z"], [/ck/, "k"], [/ph/, "f"], [/th/, "t"], [/dt$/, "t"], [/ß/, "ss"], [/mm/, "m"], [/nn/, "n"], [/ll/, "l"], [/tt/, "t"],
  [/ei/, "ai"], [/ie/, "i"], [/w/, "v"], [/sch/, "sh"], [/z/, "ts"], [/v/, "w"], [/ow$/, "off"], [/ski$/, "sky"], [/c/, "k"], [/y/, "i"],
];
function soundAlike(family: string): string | null {
  const lower = family.toLowerCase();
  for (const [pattern, replacement] of SOUND_ALIKE) {
    if (pattern.test(lower)) {
      const out = lower.replace(pattern, replacement);
      return out.charAt(0).toUpperCase() + out.slice(1);
    }
  }
  return null;
}
const hasFoldable = (s: string) => /[äöüßÄÖÜéáíóúőłśżźńąęšč]/.test(s);
const spellOut = (s: string) => s.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l");

function buildQueries(pick: Rng): Query[] {
  const queries: Query[] = [];
  const add = (kind: Kind, make: (p: Person) => string | null, answers = (p: Person) => byName.get(nameKey(p.given, p.family))!) => {
    const made = new Set<string>();
    for (let attempt = 0; made.size < PER_KIND && attempt < 100_000; attempt++) {
      const p = pick.pick(people);
      const q = make(p);
      if (!q || made.has(q)) continue;
      made.add(q);
      queries.push({ kind, q, answers: answers(p) });
    }
  };
  add("exact", (p) => `${p.given} ${p.family}`);
  add("folded", (p) => (hasFoldable(p.given + p.family) ? spellOut(`${p.given} ${p.family}`).toLowerCase() : null));
  add("cyrillic", (p) => (/^[A-Za-zäöüß]+$/.test(p.family) ? `${russianSpelling(p.given)} ${russianSpelling(p.family)}` : null));
  add("sounds-like", (p) => {
    const variant = soundAlike(p.family);
    // A misspelling that is itself someone's surname has other right answers: skip it.
    return variant && !surnames.has(searchFold(variant)) ? `${p.given} ${variant}` : null;
  });
  add("given-name", (p) => {
    const variants = givenNameVariants(p.given).filter((v) => /^[a-z]+$/.test(v));
    const other = variants.length ? variants[pick.int(0, variants.length - 1)]! : null;
    return other ? `${other.charAt(0).toUpperCase()}${other.slice(1)} ${p.family}` : null;
  });
  add("recovery", (p) => `${p.given} ${p.family} Xylander`);
  return queries;
}

/** Common surnames of the region and the diaspora; the first 100 nobody in the archive has are asked. */
const ABSENT_CANDIDATES = [
  "Cohen", "Kohn", "Kahn", "Hahnke", "Haase", "Katzenberg", "Kochanski", "Krausz", "Meierhofer", "Krüger-Lenz", "Webern", "Pfeifer",
  "Adams", "Baker", "Carter", "Davies", "Evans", "Foster", "Garcia", "Harris", "Jackson", "Kennedy", "Lopez", "Martinez", "Nelson",
  "Owens", "Parker", "Quinn", "Roberts", "Stewart", "Turner", "Walker", "Young", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
  "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "DeLuca", "Costa", "Giordano", "Mancini", "Rizzo",
  "Lombardi", "Moretti", "Dubois", "Durand", "Leroy", "Moreau", "Laurent", "Lefebvre", "Michel", "Garnier", "Faure", "Rousseau",
  "Blanc", "Guerin", "Muller-Thurgau", "Henry", "Perrin", "Morin", "Mathieu", "Clement", "Gauthier", "Dumont", "Lopez-Diaz",
  "Fontaine", "Chevalier", "Robin", "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Larsen", "Sorensen", "Rasmussen",
  "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson",
  "Jonsson", "Yamamoto", "Tanaka", "Watanabe", "Suzuki", "Takahashi", "Nakamura", "Kobayashi", "Sato", "Ito", "Kato", "Yoshida",
  "Papadopoulos", "Nguyen", "Tran", "Pham", "Gonzalez", "Rodriguez", "Hernandez", "Sanchez", "Ramirez", "Torres", "Flores",
  "Rivera", "Gomez", "Diaz", "Reyes", "Morales", "Ortiz", "Gutierrez", "Chavez", "Ramos", "Ruiz", "Alvarez", "Mendoza",
];
const absent = ABSENT_CANDIDATES.filter((s) => !surnames.has(searchFold(s)) && s.split("-").every((part) => !surnames.has(searchFold(part)))).slice(0, 100);

// ---- Run ----------------------------------------------------------------------------------

const queries = buildQueries(rng(seed + 1));
const perKind = new Map<Kind, { n: number; at1: number; at5: number; rr: number }>();
const misses: string[] = [];
for (const query of queries) {
  const items = await search(query.q);
  const rank = items.findIndex((hit) => query.answers.has(hit.id));
  const stats = perKind.get(query.kind) ?? { n: 0, at1: 0, at5: 0, rr: 0 };
  stats.n++;
  if (rank === 0) stats.at1++;
  if (rank >= 0 && rank < 5) stats.at5++;
  if (rank >= 0) stats.rr += 1 / (rank + 1);
  else misses.push(`${query.kind}: ${query.q}`);
  perKind.set(query.kind, stats);
}
let falsePositives = 0;
let anyResult = 0;
const invented: string[] = [];
for (const surname of absent) {
  const items = await search(surname);
  if (items.length) anyResult++;
  const sounds = items.filter((hit) => hit.match.kind === "phonetic");
  if (sounds.length) {
    falsePositives++;
    invented.push(`${surname} → ${sounds.slice(0, 3).map((h) => h.name).join(", ")}`);
  }
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
const total = [...perKind.values()].reduce((a, s) => ({ n: a.n + s.n, at1: a.at1 + s.at1, at5: a.at5 + s.at5, rr: a.rr + s.rr }), { n: 0, at1: 0, at5: 0, rr: 0 });
const rows = [...perKind.entries(), ["all", total] as const].map(
  ([kind, s]) => `| ${kind} | ${s.n} | ${pct(s.at1, s.n)} | ${pct(s.at5, s.n)} | ${(s.rr / Math.max(1, s.n)).toFixed(3)} |`,
);
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
const report = [
  `### Relevance — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  "",
  `${count} generated people (seed ${seed}), ${queries.length} queries; ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, commit ${commit}, \`npm run bench:relevance\`.`,
  "",
  "| queries | n | hits@1 | hits@5 | MRR |",
  "|---|---|---|---|---|",
  ...rows,
  "",
  `False positives: ${falsePositives} of ${absent.length} absent surnames (${pct(falsePositives, absent.length)}) return someone as "sounds like"; ${anyResult} return anything at all (prefix or text matches included).`,
  ...(invented.length ? ["", `Sounds-like results for absent surnames: ${invented.join("; ")}.`] : []),
  ...(misses.length ? ["", `Not found in the first 20: ${misses.join("; ")}.`] : []),
  "",
].join("\n");
console.log(report);
if (flag("write")) appendFileSync(path.join(ROOT, "bench/RESULTS.md"), `\n${report}`);
