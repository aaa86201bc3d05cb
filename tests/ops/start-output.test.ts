import { describe, expect, it } from "vitest";
import { isStartupNoise, summariseMigrations } from "../../scripts/lib/start-output";

/** What wrangler 4 printed at a first `npm start` (issue 25), less the 11 repeated tables. */
const WRANGLER_DEV = [
  "Your Worker has access to the following bindings:",
  "Binding                                  Resource                  Mode",
  "env.DB (zeugnis)                         D1 Database               local",
  'env.SITE_URL ("http://127.0.0.1:8787")   Environment Variable      local',
  "",
  "⎔ Starting local server...",
  "[wrangler:info] ✨ Parsed 4 valid header rules.",
  "[wrangler:info] Ready on http://127.0.0.1:8787",
  '{"level":"info","msg":"request","method":"GET","path":"/healthz","status":200}',
  "[wrangler:info] GET /healthz 200 OK (11671ms)",
];

function shown(lines: string[], probingUntil = lines.length): string[] {
  let inBindingsList = false;
  return lines.filter((line, i) => {
    const verdict = isStartupNoise(line, inBindingsList, i < probingUntil);
    inBindingsList = verdict.inBindingsList;
    return !verdict.drop;
  });
}

describe("a quiet npm start", () => {
  it("leaves out the bindings table and the start-up chatter, and its own health probe", () => {
    expect(shown(WRANGLER_DEV)).toEqual([]);
  });

  it("shows every warning, error and request log line that is not the start-up probe", () => {
    const later = [
      "\u001b[33m▲ \u001b[43;33m[\u001b[43;30mWARNING\u001b[43;33m]\u001b[0m Something changed in wrangler.toml",
      "✘ [ERROR] Could not resolve \"./missing\"",
      '{"level":"error","msg":"unhandled error","path":"/"}',
      "[wrangler:info] GET /healthz 200 OK (3ms)",
      "[wrangler:info] Ready on http://127.0.0.1:8787 (and more)",
    ];
    expect(shown(later, 0)).toEqual(later);
  });

  it("sums up the migration tables in one line", () => {
    const table = (names: string[]) => names.map((n) => `│ ${n.padEnd(36)} │ ✅     │`).join("\n");
    const first = [table(["0000_initial.sql"]), table(["0000_initial.sql", "0001_audit_append_only.sql", "0002_moderation.sql"])].join("\n");
    expect(summariseMigrations(first)).toBe("Database ready: applied 3 migrations (0000_initial.sql … 0002_moderation.sql).");
    expect(summariseMigrations(table(["0011_plausibility_and_reopen.sql"]))).toBe(
      "Database ready: applied 1 migration (0011_plausibility_and_reopen.sql).",
    );
    expect(summariseMigrations("✅ No migrations to apply!")).toBe("Database ready: no new migrations.");
  });
});
