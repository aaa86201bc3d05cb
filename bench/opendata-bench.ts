/**
 * `npm run bench:opendata -- --count 100000 --people 50000` — open-data timings through
 * `wrangler dev` (HTTP, as a client sees them): a full download of each export over the
 * memorials that `npm run bench:generate` wrote, and a GEDCOM import of a generated file with
 * `--people` persons, stepped through the API as the import page does. Appends to RESULTS.md
 * (under "## Open data") unless --no-write.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { flag, option, ROOT } from "../scripts/lib/cli";
import { largeGedcom } from "../tests/imports/large-gedcom";
import { pressSignInButton } from "../scripts/lib/sign-in-link";

const count = Number(option("count") ?? "100000");
const people = Number(option("people") ?? "50000");
const state = path.resolve(ROOT, process.env.STATE_DIR || `.wrangler/bench-${count}`);
const port = Number(process.env.PORT || option("port") || "8802");
const base = `http://127.0.0.1:${port}`;

async function startWrangler(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/wrangler/bin/wrangler.js"), "dev", "--ip", "127.0.0.1", "--port", String(port),
    "--persist-to", state, "--log-level", "error", "--show-interactive-dev-session=false"], {
    cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, WRANGLER_SEND_METRICS: "false" }, detached: true,
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("wrangler dev did not answer within 2 minutes");
}

/** Downloads a whole export, counting bytes and lines as they stream in. */
async function download(ext: string) {
  const started = performance.now();
  const res = await fetch(`${base}/api/v1/export.${ext}`);
  let bytes = 0;
  let firstByte = 0;
  let newlines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    if (!firstByte) firstByte = performance.now() - started;
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) newlines++;
  }
  const seconds = (performance.now() - started) / 1000;
  const cached = await fetch(`${base}/api/v1/export.${ext}`, { headers: { "if-none-match": res.headers.get("etag") ?? "" } });
  await cached.arrayBuffer();
  return { ext, status: res.status, seconds, firstByte, bytes, newlines, revalidated: cached.status };
}

async function signIn(): Promise<string> {
  const email = `bench-importer-${Date.now()}@example.org`;
  await fetch(`${base}/api/v1/auth/login-link`, { method: "POST", headers: { "content-type": "application/json", origin: base }, body: JSON.stringify({ email }) });
  const outbox = (await (await fetch(`${base}/api/v1/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { messages: Array<{ link: string }> };
  const link = outbox.messages[0]!.link.replace(/^https?:\/\/[^/]+/, base);
  const res = await pressSignInButton(link);
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

async function importGedcom(cookie: string) {
  const text = largeGedcom(people);
  const form = new FormData();
  form.set("file", new File([new TextEncoder().encode(text)], "bench.ged"));
  const started = performance.now();
  const created = await fetch(`${base}/api/v1/imports`, { method: "POST", body: form, headers: { cookie, origin: base } });
  if (created.status !== 201) throw new Error(`upload: ${created.status} ${await created.text()}`);
  const uploaded = performance.now();
  let job = (await created.json()) as { id: string; status: string; people: number };
  let steps = 0;
  let slowest = 0;
  while (job.status === "parsing") {
    const t = performance.now();
    const res = await fetch(`${base}/api/v1/imports/${job.id}/continue`, { method: "POST", headers: { cookie, origin: base } });
    job = (await res.json()) as typeof job;
    slowest = Math.max(slowest, performance.now() - t);
    steps++;
  }
  return { status: job.status, people: job.people, bytes: new TextEncoder().encode(text).length, uploadSeconds: (uploaded - started) / 1000, seconds: (performance.now() - started) / 1000, steps, slowestStep: slowest };
}

const child = await startWrangler();
try {
  const exports = [];
  for (const ext of ["jsonl", "csv", "jsonld"]) exports.push(await download(ext));
  const imported = await importGedcom(await signIn());
  const mib = (n: number) => (n / 1048576).toFixed(1);
  const lines = [
    ``,
    `### ${count.toLocaleString("en")} memorials, ${people.toLocaleString("en")}-person GEDCOM — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    ``,
    `\`npm run bench:opendata -- --count ${count} --people ${people}\` (after \`npm run bench:generate -- --count ${count}\`) through wrangler dev on ${os.cpus().length} × ${os.cpus()[0]?.model.split(" ").slice(0, 2).join(" ")}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}.`,
    ``,
    `| export | status | seconds | first byte (ms) | MiB | lines | revalidation |`,
    `|---|---|---|---|---|---|---|`,
    ...exports.map((e) => `| ${e.ext} | ${e.status} | ${e.seconds.toFixed(1)} | ${e.firstByte.toFixed(0)} | ${mib(e.bytes)} | ${e.newlines.toLocaleString("en")} | ${e.revalidated} |`),
    ``,
    `GEDCOM import: ${people.toLocaleString("en")} people (${mib(imported.bytes)} MiB) read in ${imported.seconds.toFixed(1)} s (upload ${imported.uploadSeconds.toFixed(1)} s, ${imported.steps} steps, slowest step ${imported.slowestStep.toFixed(0)} ms), status ${imported.status}, ${imported.people.toLocaleString("en")} rows.`,
    ``,
  ];
  console.log(lines.join("\n"));
  if (!flag("no-write")) appendFileSync(path.join(ROOT, "bench/RESULTS.md"), lines.join("\n"));
} finally {
  if (child.pid) process.kill(-child.pid, "SIGTERM");
}
