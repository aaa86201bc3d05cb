/**
 * Builds the demo groups (transports, lists, operations, figures) from the seed's
 * `groups_and_documents`, linked to the demo memorials they name. Run from the repository root
 * after build-demo-data.ts (it reads the demo memorials' ids):
 *
 *   npx tsx scripts/demo-data/build-demo-groups.ts ../shared/data/seed-persons.json
 *
 * Writes src/operations/demo/demo-groups.json. Every document is validated with
 * groupDocumentSchema; an invalid document, a figure without words, a named person who is
 * neither a demo memorial nor listed in groups.ts, or a converter note stops the run.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { groupDocumentSchema, type GroupDocument } from "../../src/domain/group-document";
import { findConverterNotes } from "./converter-notes";
import { DISAGREEING, DISPUTED_FIGURES, FIGURES, MEMBER_FILES, GROUP_EXTRAS, NAMES_WITHOUT_MEMORIAL, ROUTES, UNLISTED_MEMBERS } from "./groups";
import { base32 } from "./ids";
import { buildSource, expandFileMentions, sourceId } from "./sources";
import { createHash } from "node:crypto";

const HERE = dirname(fileURLToPath(import.meta.url));
const OUTPUT = resolve(HERE, "../../src/operations/demo/demo-groups.json");
const MEMORIALS = resolve(HERE, "../../src/operations/demo/demo-persons.json");

interface SeedGroup {
  id: string;
  kind: string;
  date: string | null;
  description: string;
  figures: Record<string, number | string>;
  named_persons: string[];
  sources: string[];
  citation?: string;
}

const seedPath = process.argv[2];
if (!seedPath) throw new Error("usage: build-demo-groups.ts <seed-persons.json>");
const seed = JSON.parse(readFileSync(seedPath, "utf8")) as { groups_and_documents: SeedGroup[] };
const memorials = new Map(
  (JSON.parse(readFileSync(MEMORIALS, "utf8")) as { persons: Array<{ key: string; id: string }> }).persons.map((p) => [p.key, p.id]),
);
const byId = new Map(seed.groups_and_documents.map((s) => [s.id, s]));
const fileOf = (n: string) => (file: string) => file.startsWith(n);

function demoGroupId(key: string): string {
  return `grp_${base32(createHash("sha256").update(`zeugnis-demo-group:${key}`, "utf8").digest()).slice(0, 16)}`;
}

/** Numeric figures only; ranges and ratios ("25000-30000", "7/8") stay in the description. */
function counts(s: SeedGroup, disputed: (key: string) => boolean): GroupDocument["counts"] {
  return Object.entries(s.figures).flatMap(([key, value]) => {
    if (typeof value !== "number") return [];
    const words = FIGURES[`${s.id}:${key}`] ?? FIGURES[key];
    if (!words) throw new Error(`${s.id}: no words for the figure "${key}" in groups.ts`);
    const file = words.file ? s.sources.find(fileOf(words.file)) : undefined;
    if (words.file && !file) throw new Error(`${s.id}: figure "${key}" names file ${words.file}, which the record does not cite`);
    return [{
      what: { en: words.what },
      value,
      qualifier: words.qualifier ?? "exact",
      ...(words.words ? { words: words.words } : {}),
      status: disputed(key) ? ("disputed" as const) : ("stated" as const),
      sources: file ? [sourceId(file)] : s.sources.map(sourceId),
    }];
  });
}

function build(s: SeedGroup) {
  const extra = GROUP_EXTRAS[s.id];
  if (!extra) throw new Error(`${s.id}: no name and kind in groups.ts`);
  const others = (DISAGREEING[s.id] ?? []).map((id) => byId.get(id)!);
  const files = [...new Set([...s.sources, ...others.flatMap((o) => o.sources)])].sort();
  const sources = files.map((file) => {
    const source = buildSource(file, []);
    const cited = [s, ...others].filter((r) => r.citation && r.sources.includes(file)).map((r) => r.citation!);
    return cited.length ? { ...source, note: [source.note, `For this record the text cites: ${cited.join("; ")}.`].filter(Boolean).join(" ") } : source;
  });
  const disputed = new Set(others.length ? (DISPUTED_FIGURES[s.id] ?? []) : []);
  const members: GroupDocument["members"] = s.named_persons.map((key) => {
    const memorialId = memorials.get(key);
    const name = NAMES_WITHOUT_MEMORIAL[key];
    if (!memorialId && !name) throw new Error(`${s.id}: "${key}" is neither a demo memorial nor named in groups.ts`);
    return {
      ...(memorialId ? { memorial_id: memorialId } : { name }),
      role: extra.roles?.[key] ?? extra.role,
      certainty: "documented",
      sources: MEMBER_FILES[s.id]?.[key] ? [sourceId(s.sources.find(fileOf(MEMBER_FILES[s.id]![key]!))!)] : s.sources.map(sourceId),
    };
  });
  for (const m of UNLISTED_MEMBERS[s.id] ?? []) {
    members.push({ name: m.name, role: m.role, certainty: "documented", sources: [sourceId(s.sources.find(fileOf(m.file))!)] });
  }
  const document = {
    kind: extra.kind,
    name: { en: extra.name },
    ...(s.date ? { date: { edtf: s.date, ...(extra.dateText ? { text: extra.dateText } : {}) } } : {}),
    places: (ROUTES[s.id] ?? []).map(({ role, ...place }) => ({ role, place })),
    description: { en: expandFileMentions(s.description) },
    sources,
    counts: [...counts(s, (key) => disputed.has(key)), ...others.flatMap((o) => counts(o, () => true))],
    members,
  };
  const parsed = groupDocumentSchema.safeParse(document);
  if (!parsed.success) throw new Error(`${s.id}: ${JSON.stringify(parsed.error.issues)}`);
  const notes = findConverterNotes(parsed.data);
  if (notes.length) throw new Error(`${s.id}: converter notes: ${notes.join("; ")}`);
  return { key: s.id, id: demoGroupId(s.id), slug: s.id, document: parsed.data };
}

const groups = seed.groups_and_documents.map(build);
writeFileSync(
  OUTPUT,
  `${JSON.stringify({ note: "Demo groups generated by scripts/demo-data/build-demo-groups.ts; do not edit by hand.", groups }, null, 1)}\n`,
);
console.log(`${groups.length} demo groups written to ${OUTPUT}`);
