/**
 * `npm run lint`: Biome checks that imports point one way between the areas of src/ and that no
 * file imports itself back through others (biome.json). Before trusting a clean result, the same
 * configuration is shown planted violations — a domain file reaching into platform, an archive
 * file reaching into editorial, two files importing each other — and must refuse each; a rule
 * that silently stopped matching (a renamed folder, a changed pattern syntax) would otherwise
 * leave the arrows unguarded while the lint stays green.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const biome = path.join(root, "node_modules", ".bin", "biome");

function lint(paths: string[]): { ok: boolean; output: string } {
  const run = spawnSync(biome, ["lint", "--no-errors-on-unmatched", ...paths], {
    cwd: root,
    encoding: "utf8",
  });
  if (run.error) return { ok: false, output: `Biome could not run (${run.error.message}); try npm ci.\n` };
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const whole = lint(["src"]);
if (!whole.ok) {
  process.stdout.write(whole.output);
  process.exit(1);
}

type Plant = { name: string; files: Record<string, string>; expect: RegExp };
const plants: Plant[] = [
  {
    name: "domain importing platform",
    files: { "src/domain/__planted_arrow__.ts": 'export { schema } from "../platform/db/schema";\n' },
    expect: /arrows point one way/,
  },
  {
    name: "archive importing editorial",
    files: {
      "src/archive/__planted_arrow__.ts": 'export * from "../editorial/moderation/actor";\n',
    },
    expect: /arrows point one way/,
  },
  {
    name: "two files importing each other",
    files: {
      "src/domain/__planted_cycle_a__.ts":
        'import { b } from "./__planted_cycle_b__";\nexport const a = () => b();\n',
      "src/domain/__planted_cycle_b__.ts":
        'import { a } from "./__planted_cycle_a__";\nexport const b = (): unknown => a;\n',
    },
    expect: /noImportCycles/,
  },
];

let failed = false;
for (const plant of plants) {
  const files = Object.keys(plant.files);
  try {
    for (const [file, text] of Object.entries(plant.files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    const result = lint(files);
    if (result.ok || !plant.expect.test(result.output)) {
      failed = true;
      process.stderr.write(`lint self-test: ${plant.name} was not refused\n${result.output}\n`);
    }
  } finally {
    for (const file of files) rmSync(path.join(root, file), { force: true });
  }
}
if (failed) process.exit(1);
console.log(`lint: src/ clean; ${plants.length} planted violations refused`);
