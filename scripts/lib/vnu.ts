/** The Nu Html Checker (vnu-jar, Java 17+) over many files in one JVM run. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "./cli";

export interface VnuFindings {
  errors: string[];
  warnings: number;
}

/** Errors (with line and extract) and the number of warnings, per checked file path. */
export function runVnu(files: string[]): Map<string, VnuFindings> {
  const jar = path.join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");
  const run = spawnSync("java", ["-jar", jar, "--format", "json", "--exit-zero-always", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const report = JSON.parse(run.stderr || run.stdout) as {
    messages: { type: string; subType?: string; url: string; message: string; lastLine?: number; extract?: string }[];
  };
  const byFile = new Map<string, VnuFindings>();
  for (const message of report.messages) {
    const file = decodeURIComponent(new URL(message.url).pathname);
    const entry = byFile.get(file) ?? { errors: [], warnings: 0 };
    if (message.type === "error" || message.type === "non-document-error") {
      entry.errors.push(`line ${message.lastLine}: ${message.message} [${(message.extract ?? "").trim().slice(0, 80)}]`);
    } else if (message.subType === "warning") {
      entry.warnings++;
    }
    byFile.set(file, entry);
  }
  return byFile;
}
