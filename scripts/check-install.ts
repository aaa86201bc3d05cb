/**
 * `npm install`'s last step (the root `postinstall`). npm itself runs on the system Node (often
 * 20) and would warn that wrangler, miniflare, vitest … need Node 22 or newer, although every
 * `npm run` script runs on the project's own Node 24 (the `node` devDependency). .npmrc therefore
 * keeps npm's warnings quiet (`loglevel=error`), and this check repeats the ones that matter
 * against the Node that really runs the archive (docs/decisions.md, "A quiet npm install"):
 *   - every installed package's `engines.node` is met by this Node;
 *   - every installed package with an install script is approved or declined in `allowScripts`.
 * Problems are printed as warnings (the install itself has succeeded); the last line says what
 * to run next.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { ROOT } from "./lib/cli";

interface LockEntry {
  version?: string;
  engines?: Record<string, string> | string[];
  hasInstallScript?: boolean;
}

interface Manifest {
  engines?: { node?: string };
  allowScripts?: Record<string, boolean>;
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as Manifest;
const lockFile = path.join(ROOT, "package-lock.json");
// Without a lockfile (npm install --no-package-lock) there is no list of what was installed to check.
const lock = existsSync(lockFile) ? (JSON.parse(readFileSync(lockFile, "utf8")) as { packages: Record<string, LockEntry> }) : { packages: {} };

/** "node_modules/a/node_modules/@b/c" → "@b/c". */
const packageName = (location: string) => location.slice(location.lastIndexOf("node_modules/") + "node_modules/".length);

const installed = Object.entries(lock.packages).filter(
  ([location]) => location !== "" && existsSync(path.join(ROOT, location, "package.json")),
);

const problems: string[] = [];
const node = process.version;

const required = manifest.engines?.node;
if (required && !semver.satisfies(node, required)) {
  problems.push(`npm scripts run on Node ${node} (${process.execPath}); package.json "engines" asks for ${required}: update the "node" devDependency.`);
}

for (const [location, entry] of installed) {
  const wanted = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
  if (wanted && !semver.satisfies(node, wanted, { includePrerelease: true })) {
    problems.push(`${packageName(location)}@${entry.version} wants Node ${wanted}; the scripts run on ${node}.`);
  }
}

const reviewed = new Set(Object.keys(manifest.allowScripts ?? {}));
for (const [location, entry] of installed) {
  const name = packageName(location);
  if (entry.hasInstallScript && !reviewed.has(name) && !reviewed.has(`${name}@${entry.version}`)) {
    problems.push(`${name}@${entry.version} has an install script that is neither approved nor declined in package.json "allowScripts".`);
  }
}

for (const problem of problems) console.warn(`warning: ${problem}`);
console.log(
  `Installed ${installed.length} packages; npm scripts run on Node ${node}${problems.length ? ` (${problems.length} warning${problems.length === 1 ? "" : "s"} above)` : ""}. Next: npm start`,
);
