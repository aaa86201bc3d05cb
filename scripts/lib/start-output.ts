/**
 * What `npm start` leaves out of wrangler's output, and how it sums up the migrations
 * (docs/decisions.md, "A quiet start"). Only lines known to be noise are dropped; anything
 * else, including every warning and error, is shown.
 */

// Colours would defeat the patterns below when wrangler thinks it writes to a terminal.
const stripColours = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, "");

export interface NoiseVerdict {
  drop: boolean;
  /** Inside wrangler's table of bindings, which ends at the next empty line. */
  inBindingsList: boolean;
}

/**
 * @param probing true while `npm start` itself asks /healthz whether the server is up: the
 *   log lines of those requests are its own, not the reader's.
 * @example isStartupNoise("⎔ Starting local server...", false, false).drop === true
 * @example isStartupNoise("✘ [ERROR] Could not resolve …", false, false).drop === false
 */
export function isStartupNoise(raw: string, inBindingsList: boolean, probing: boolean): NoiseVerdict {
  const line = stripColours(raw).trim();
  if (inBindingsList) return { drop: true, inBindingsList: line !== "" };
  if (line === "Your Worker has access to the following bindings:") return { drop: true, inBindingsList: true };
  const known =
    line === "⎔ Starting local server..." ||
    /^\[wrangler:info\] (✨ )?Parsed \d+ valid (header|redirect) rules?\.$/.test(line) ||
    /^\[wrangler:info\] Ready on https?:\/\/\S+$/.test(line) ||
    (probing && isHealthCheckLog(line));
  return { drop: known, inBindingsList: false };
}

function isHealthCheckLog(line: string): boolean {
  if (/^\[wrangler:info\] GET \/healthz 200 /.test(line)) return true;
  return line.startsWith("{") && line.includes('"path":"/healthz"') && line.includes('"status":200');
}

/**
 * One line for wrangler's migration tables (it prints the table again after every migration).
 * @example summariseMigrations("… │ 0000_initial.sql │ ✅ │ …") === "Database ready: applied 1 migration (0000_initial.sql)."
 */
export function summariseMigrations(stdout: string): string {
  const applied = [...new Set([...stripColours(stdout).matchAll(/│\s*(\S+\.sql)\s*│\s*✅/g)].map((m) => m[1]!))];
  if (applied.length === 0) return "Database ready: no new migrations.";
  const names = applied.length === 1 ? applied[0] : `${applied[0]} … ${applied[applied.length - 1]}`;
  return `Database ready: applied ${applied.length} migration${applied.length === 1 ? "" : "s"} (${names}).`;
}
