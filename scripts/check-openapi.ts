/**
 * `npm run check:openapi` (part of `npm run check`) — writes the OpenAPI document exactly as the
 * Worker builds it (the same operations from src/index.ts, the same builder) to
 * .wrangler/openapi/openapi.json and lints it with Redocly CLI's `recommended` ruleset
 * (redocly.yaml; the few accepted findings, each with why, in .redocly.lint-ignore.yaml). Any
 * error or warning fails the check. Offline: telemetry and the update notice are switched off.
 */
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { apiOperations } from "../src/index";
import { buildOpenApiDocument } from "../src/exchange/openapi/document";
import { ROOT } from "./lib/cli";

const OUTPUT = ".wrangler/openapi/openapi.json";

async function main(): Promise<void> {
  const document = buildOpenApiDocument("https://zeugnis.example", apiOperations);
  await mkdir(path.dirname(path.join(ROOT, OUTPUT)), { recursive: true });
  await writeFile(path.join(ROOT, OUTPUT), `${JSON.stringify(document, null, 2)}\n`);
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/@redocly/cli/bin/cli.js"), "lint", "--max-problems=200", OUTPUT], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    child.on("error", reject);
    child.on("exit", (exit) => resolve(exit ?? 1));
  });
  if (code !== 0) {
    console.error(`The OpenAPI document (${OUTPUT}) does not pass Redocly's recommended rules.`);
    process.exit(code);
  }
}

await main();
