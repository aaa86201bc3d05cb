/** The Nu Html Checker (vnu-jar, Java 17+) over many files in one JVM run. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "./paths";

/** Errors (line, message, extract) per checked file path. */
export function runVnu(files: string[]): Map<string, { errors: string[] }> {
  const byFile = new Map<string, { errors: string[] }>();
  if (files.length === 0) return byFile;
  const jar = path.join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");
  const run = spawnSync("java", ["-jar", jar, "--format", "json", "--exit-zero-always", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const report = JSON.parse(run.stderr || run.stdout) as {
    messages: { type: string; url: string; message: string; lastLine?: number; extract?: string }[];
  };
  for (const message of report.messages) {
    if (message.type !== "error" && message.type !== "non-document-error") continue;
    const file = decodeURIComponent(new URL(message.url).pathname);
    const entry = byFile.get(file) ?? { errors: [] };
    entry.errors.push(`line ${message.lastLine}: ${message.message} [${(message.extract ?? "").trim().slice(0, 80)}]`);
    byFile.set(file, entry);
  }
  return byFile;
}
