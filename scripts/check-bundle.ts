/**
 * `npm run check:bundle` (part of `npm run check`) — builds the Worker as `wrangler deploy
 * --dry-run` would upload it, for the development, staging and production configurations (no
 * network needed), and fails when the gzipped upload is above the budget of 1 MiB. Cloudflare's
 * hard limits are 3 MB (Free) and 10 MB (Paid) compressed; the budget keeps cold starts short and
 * leaves room to grow. Static assets (public/) are served separately and do not count.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT, wrangler } from "./lib/cli";

/** 1 MiB; BUNDLE_BUDGET_BYTES overrides it (e.g. to see the check fail). */
const BUDGET_BYTES = Number(process.env.BUNDLE_BUDGET_BYTES || 1024 * 1024);
const ENVIRONMENTS = [
  { label: "development", args: ["--env="] },
  { label: "staging", args: ["--env", "staging"] },
  { label: "production", args: ["--env", "production"] },
];

/** Gzipped bytes of each module wrangler would upload (source maps and its README excluded). */
async function gzippedModules(outdir: string): Promise<Array<{ file: string; bytes: number; gzipped: number }>> {
  const files = (await readdir(outdir)).filter((f) => !f.endsWith(".map") && f !== "README.md");
  return Promise.all(
    files.map(async (file) => {
      const content = await readFile(path.join(outdir, file));
      return { file, bytes: content.length, gzipped: gzipSync(content).length };
    }),
  );
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
let failed = false;
for (const { label, args } of ENVIRONMENTS) {
  const outdir = path.join(ROOT, "dist", label);
  await rm(outdir, { recursive: true, force: true });
  const build = await wrangler(["deploy", "--dry-run", "--outdir", outdir, ...args], { capture: true });
  if (build.code !== 0) {
    console.error(build.stdout);
    process.exit(build.code);
  }
  const modules = await gzippedModules(outdir);
  const total = modules.reduce((sum, m) => sum + m.gzipped, 0);
  const over = total > BUDGET_BYTES;
  failed ||= over;
  console.log(`\nBundle (${label}): ${kib(total)} gzipped of a ${kib(BUDGET_BYTES)} budget${over ? " — OVER BUDGET" : ""}`);
  for (const m of modules) console.log(`  ${m.file}: ${kib(m.bytes)}, ${kib(m.gzipped)} gzipped`);
}
if (failed) {
  console.error("\nThe Worker bundle is larger than its budget (scripts/check-bundle.ts).");
  process.exit(1);
}
