/**
 * `npm run build:bmpm-rules` — turns the Beider–Morse rule tables of Apache Commons Codec into
 * src/domain/names/beider-morse/rules.generated.ts, so the Worker carries them as a module (no fs at run
 * time), and copies Commons Codec's LICENSE and NOTICE next to it. The output is committed; run
 * this again only to take newer tables.
 *
 * Source: the released jar, as Debian's package `libcommons-codec-java` installs it
 * (`apt-get install libcommons-codec-java`; default path below), or a folder holding the `.txt`
 * tables and LICENSE.txt / NOTICE.txt: `--jar PATH` or `--dir PATH`. `--check` only verifies that
 * the committed module matches the source.
 *
 * The tables are parsed exactly as Commons Codec parses them (Rule.parseRules, Lang, Languages):
 * a line that starts with "/*" opens a comment that only a line ending in "*\/" closes, "//" cuts
 * the rest of a line, "#include" pulls another table in at that point. Only the name types the
 * archive uses are kept: generic and Ashkenazi (Sephardic is left out, docs/decisions.md).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { flag, option, ROOT } from "./lib/cli";

const NAME_TYPES = ["gen", "ash"] as const;
const RULE_TYPES = ["rules", "approx", "exact"] as const;
const OUT_DIR = path.join(ROOT, "src/domain/names/beider-morse");
const OUT_FILE = path.join(OUT_DIR, "rules.generated.ts");
const DEFAULT_JAR = "/usr/share/java/commons-codec.jar";
const JAR_FOLDER = "org/apache/commons/codec/language/bm/";

type RuleLine = [pattern: string, left: string, right: string, phoneme: string];
/** A table in order: its own rules, and the names of tables it includes where it includes them. */
type Segment = string | RuleLine[];

interface Source {
  label: string;
  read(name: string): Promise<string>;
}

function jarSource(jar: string): Source {
  const manifest = execFileSync("unzip", ["-p", jar, "META-INF/MANIFEST.MF"], { encoding: "utf8" });
  const version = /^Implementation-Version:\s*(\S+)/m.exec(manifest)?.[1];
  return {
    label: `Apache Commons Codec ${version ?? "(version unknown)"}`,
    read: async (name) => execFileSync("unzip", ["-p", jar, name], { encoding: "utf8", maxBuffer: 16 << 20 }),
  };
}

function dirSource(dir: string): Source {
  return {
    label: `Apache Commons Codec tables in ${path.basename(dir)}/`,
    read: (name) => readFile(path.join(dir, path.basename(name)), "utf8"),
  };
}

/** Scanner.nextLine: \n, \r\n, \r and the Unicode line separators end a line. */
function lines(text: string): string[] {
  const all = text.split(/\r\n|[\n\r\u2028\u2029\u0085]/);
  if (all[all.length - 1] === "") all.pop();
  return all;
}

/** The lines Commons Codec reads: block comments and "//" comments removed, trimmed, non-empty. */
function contentLines(text: string): string[] {
  const out: string[] = [];
  let inComment = false;
  for (const raw of lines(text)) {
    if (inComment) {
      if (raw.endsWith("*/")) inComment = false;
    } else if (raw.startsWith("/*")) {
      inComment = true;
    } else {
      const cut = raw.indexOf("//");
      const line = javaTrim(cut >= 0 ? raw.slice(0, cut) : raw);
      if (line.length > 0) out.push(line);
    }
  }
  return out;
}

/** String.trim(): every character up to U+0020 counts as space. */
function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 32) start++;
  while (end > start && s.charCodeAt(end - 1) <= 32) end--;
  return s.slice(start, end);
}

const SPACES = /[ \t\n\x0B\f\r]+/;

function stripQuotes(s: string): string {
  let out = s.startsWith('"') ? s.slice(1) : s;
  if (out.endsWith('"')) out = out.slice(0, -1);
  return out;
}

async function parseTable(source: Source, name: string): Promise<Segment[]> {
  const segments: Segment[] = [];
  for (const line of contentLines(await source.read(`${JAR_FOLDER}${name}.txt`))) {
    if (line.startsWith("#include")) {
      const included = javaTrim(line.slice("#include".length));
      if (included.includes(" ")) throw new Error(`Malformed #include in ${name}: ${line}`);
      segments.push(included);
      continue;
    }
    const parts = line.split(SPACES);
    if (parts.length !== 4) throw new Error(`Rule in ${name} has ${parts.length} parts: ${line}`);
    const rule = parts.map(stripQuotes) as RuleLine;
    if (rule[0].length === 0) throw new Error(`Empty pattern in ${name}: ${line}`);
    checkContext(name, rule[1]);
    checkContext(name, rule[2]);
    const last = segments[segments.length - 1];
    if (Array.isArray(last)) last.push(rule);
    else segments.push([rule]);
  }
  return segments;
}

/**
 * Commons Codec reads a context without "[" literally (the generic "h" rule's left context "." is
 * a literal dot, so that rule never fires there, nor here) and a lone "[…]" as a set of
 * characters; only the rest goes to java.util.regex. The runtime (rule.ts) reads them the same
 * way; this makes sure no table uses regex syntax that Java and JavaScript would read differently.
 */
function checkContext(table: string, context: string): void {
  if (!context.includes("[")) return;
  if (/[\\{}]/.test(context) || /\[[^\]]*-[^\]]*\]/.test(context)) throw new Error(`Context needs a closer look in ${table}: ${context}`);
  new RegExp(context);
}

async function parseLanguages(source: Source, nameType: string): Promise<string[]> {
  const text = await source.read(`${JAR_FOLDER}${nameType}_languages.txt`);
  const languages: string[] = [];
  let inComment = false;
  for (const raw of lines(text)) {
    const line = javaTrim(raw);
    if (inComment) {
      if (line.endsWith("*/")) inComment = false;
    } else if (line.startsWith("/*")) {
      inComment = true;
    } else if (line.length > 0) {
      languages.push(line);
    }
  }
  return [...new Set(languages)];
}

type LanguageGuess = [pattern: string, languages: string, accept: boolean];

async function parseLanguageGuesses(source: Source, nameType: string): Promise<LanguageGuess[]> {
  const guesses: LanguageGuess[] = [];
  for (const line of contentLines(await source.read(`${JAR_FOLDER}${nameType}_lang.txt`))) {
    const parts = line.split(SPACES);
    if (parts.length !== 3) throw new Error(`Malformed language rule in ${nameType}_lang: ${line}`);
    new RegExp(parts[0]!);
    guesses.push([parts[0]!, parts[1]!, parts[2] === "true"]);
  }
  return guesses;
}

async function build(source: Source) {
  const languages: Record<string, string[]> = {};
  const guesses: Record<string, LanguageGuess[]> = {};
  const tables = new Map<string, Segment[]>();
  const load = async (name: string): Promise<void> => {
    if (tables.has(name)) return;
    const segments = await parseTable(source, name);
    tables.set(name, segments);
    for (const s of segments) if (typeof s === "string") await load(s);
  };
  for (const nameType of NAME_TYPES) {
    languages[nameType] = await parseLanguages(source, nameType);
    guesses[nameType] = await parseLanguageGuesses(source, nameType);
    for (const ruleType of RULE_TYPES) {
      for (const language of languages[nameType]!) await load(`${nameType}_${ruleType}_${language}`);
      if (ruleType !== "rules") await load(`${nameType}_${ruleType}_common`);
    }
  }
  const names = [...tables.keys()].sort();
  const license = await source.read("META-INF/LICENSE.txt");
  const notice = await source.read("META-INF/NOTICE.txt");
  const digest = createHash("sha256");
  for (const name of names) digest.update(JSON.stringify(tables.get(name)));
  digest.update(JSON.stringify(languages)).update(JSON.stringify(guesses));
  const module = [
    "// Generated by scripts/build-beider-morse-rules.ts — do not edit.",
    `// The Beider–Morse rule tables of ${source.label}, generic and Ashkenazi name types;`,
    "// Copyright (c) 2008 Alexander Beider & Stephen P. Morse, Apache License 2.0 (see LICENSE and",
    `// NOTICE in this folder). Content digest: ${digest.digest("hex").slice(0, 16)}.`,
    'import type { LanguageGuessLine, RuleTable } from "./rule-types";',
    "",
    `export const LANGUAGES: Readonly<Record<"gen" | "ash", readonly string[]>> = ${JSON.stringify(languages)};`,
    "",
    `export const LANGUAGE_GUESSES: Readonly<Record<"gen" | "ash", readonly LanguageGuessLine[]>> = ${JSON.stringify(guesses)};`,
    "",
    "export const RULE_TABLES: Readonly<Record<string, RuleTable>> = {",
    ...names.map((name) => `  ${name}: ${JSON.stringify(tables.get(name))},`),
    "};",
    "",
  ].join("\n");
  return { module, license, notice };
}

const jar = option("jar");
const dir = option("dir");
const source = dir ? dirSource(path.resolve(dir)) : jarSource(path.resolve(jar ?? DEFAULT_JAR));
const { module, license, notice } = await build(source);
const outputs: Array<[string, string]> = [
  [OUT_FILE, module],
  [path.join(OUT_DIR, "LICENSE"), license],
  [path.join(OUT_DIR, "NOTICE"), notice],
];
if (flag("check")) {
  const stale = [];
  for (const [file, content] of outputs) {
    const current = await readFile(file, "utf8").catch(() => "");
    if (current !== content) stale.push(path.relative(ROOT, file));
  }
  if (stale.length > 0) {
    console.error(`Out of date: ${stale.join(", ")} (npm run build:bmpm-rules)`);
    process.exit(1);
  }
  console.log("The Beider–Morse rule tables are up to date.");
} else {
  for (const [file, content] of outputs) await writeFile(file, content);
  console.log(`Wrote ${path.relative(ROOT, OUT_FILE)} (${(module.length / 1024).toFixed(1)} KiB) from ${source.label}.`);
}
