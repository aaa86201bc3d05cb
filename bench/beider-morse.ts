/**
 * `npm run bench:bmpm` — what Beider–Morse confirmation costs (issue 21): the time to encode one
 * name word (generic approx, Ashkenazi approx, and the key set of both that confirmation
 * compares), the first call (compiling the rule tables), the match of a query against stored keys,
 * the module's size in the Worker bundle, and the confirmation numbers of docs/search.md.
 * `--rounds 5` repeats the timed pass (default 5; the median round is reported).
 */
import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { option, ROOT } from "../scripts/lib/cli";
import { confirmationSummary } from "../tests/lib/fixtures/phonetic-confirmation";
import { GIVEN_FEMALE, GIVEN_MALE, RUSSIAN, SURNAMES } from "./names";

const rounds = Number(option("rounds") ?? 5);

/** Module loading and the first encode compile the tables; measured before anything else runs. */
const loadStart = performance.now();
const bm = await import("../src/domain/names/beider-morse");
const loaded = performance.now();
bm.beiderMorseKeys("Zucker");
const firstCall = performance.now();

function words(list: unknown): string[] {
  if (typeof list === "string") return list.split(/[\s-]+/);
  if (Array.isArray(list)) return list.flatMap(words);
  if (list && typeof list === "object") return Object.values(list).flatMap(words);
  return [];
}
const NAMES = [...new Set(words([SURNAMES, GIVEN_MALE, GIVEN_FEMALE, RUSSIAN]))].filter((w) => /\p{L}{2}/u.test(w));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/**
 * Per-name wall times (µs) of `run` over every name, and the CPU time per name, in the median of
 * `rounds` passes. CPU time is the steadier figure on a shared machine: other processes lengthen
 * wall time, not the work done.
 */
function measure(run: (name: string) => unknown) {
  const passes: Array<{ times: number[]; cpu: number }> = [];
  for (let r = 0; r < rounds + 1; r++) {
    const times: number[] = [];
    const cpuStart = process.cpuUsage();
    for (const name of NAMES) {
      const start = performance.now();
      run(name);
      times.push((performance.now() - start) * 1000);
    }
    const cpu = process.cpuUsage(cpuStart);
    // The first pass warms the JIT up and compiles the remaining tables.
    if (r > 0) passes.push({ times: times.sort((a, b) => a - b), cpu: (cpu.user + cpu.system) / NAMES.length });
  }
  passes.sort((a, b) => a.cpu - b.cpu);
  const { times, cpu } = passes[Math.floor(passes.length / 2)]!;
  return { cpu, p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times[times.length - 1]! };
}

const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : us >= 10 ? `${us.toFixed(0)} µs` : `${us.toFixed(1)} µs`);
const rows: Array<[string, ReturnType<typeof measure>]> = [
  ["generic approx (`beiderMorse`)", measure((n) => bm.beiderMorse(n))],
  ["Ashkenazi approx", measure((n) => bm.beiderMorse(n, { nameType: "ashkenazi" }))],
  ["key set, both rule sets (`beiderMorseKeys`, uncached)", measure((n) => bm.uncachedBeiderMorseKeys(n))],
  ["key set, cached (a name seen before)", measure((n) => bm.beiderMorseKeys(n))],
];
const storedKeys = new Map(NAMES.map((n) => [n, bm.beiderMorseKeys(n)]));
const against = bm.beiderMorseKeys("Zucker");
rows.push(["match of query keys against stored keys", measure((n) => bm.isBeiderMorseMatch(against, storedKeys.get(n)!))]);

const load = loadavg().map((l) => l.toFixed(1)).join(" ");
console.log(`\n${NAMES.length} name words (bench/names.ts), median of ${rounds} passes, Node ${process.version}, ${cpus().length} cores, load average ${load}\n`);
console.log("| per name word | CPU mean | wall p50 | wall p95 | wall max |\n|---|---|---|---|---|");
for (const [label, r] of rows) console.log(`| ${label} | ${fmt(r.cpu)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.max)} |`);
console.log(`\nModule load ${fmt((loaded - loadStart) * 1000)}, first key set (compiles the tables it needs) ${fmt((firstCall - loaded) * 1000)}.`);

/** The module as wrangler would bundle it, minified: what it adds to the Worker. */
const esbuild = path.join(ROOT, "node_modules/.bin/esbuild");
const bundle = execFileSync(esbuild, ["src/domain/names/beider-morse/index.ts", "--bundle", "--minify", "--format=esm", "--platform=neutral"], {
  cwd: ROOT,
  maxBuffer: 16 << 20,
});
console.log(`Bundle: ${(bundle.length / 1024).toFixed(1)} KiB minified, ${(gzipSync(bundle).length / 1024).toFixed(1)} KiB gzipped.`);

const s = confirmationSummary();
console.log(`\nConfirmation over the demo archive (tests/lib/fixtures/phonetic-confirmation.ts):`);
console.log(`- ${s.absentQueried} common surnames absent from the archive; ${s.absentWithSoundsLike} get "sounds like" strangers from DM/Kölner (${s.invented} pairs); Beider–Morse confirms ${s.inventedConfirmed}.`);
for (const r of s.inventedExamples) console.log(`  ${r.query} → ${r.candidates.join(", ")}${r.confirmed.length ? ` (confirmed: ${r.confirmed.join(", ")})` : ""}`);
console.log(`- ${s.variants} true spelling variants; ${s.variantsSoundAlike} are joined only by DM/Kölner (the rest match closer: folded, transliterated); Beider–Morse confirms ${s.variantsConfirmed} of those.`);
