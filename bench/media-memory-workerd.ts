/**
 * The same 40 MB scans through the real Worker under `wrangler dev` (workerd): a resumable upload
 * (5 MiB parts, then complete: read back, sha256, metadata stripped, served copy written), a
 * one-request multipart upload of the JPEG, then the thumbnail and the medium image. Measured:
 * the workerd process's peak RSS above its level before each step (/proc/<pid>/status VmHWM,
 * reset through clear_refs). Local workerd also hosts the R2 and D1 simulators, so this is an
 * upper bound of the Worker's own memory. `npx tsx bench/media-memory-workerd.ts`.
 */
import { execSync, spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { pressSignInButton } from "../scripts/lib/sign-in-link";

const PORT = process.env.PORT ?? "8795";
const ORIGIN = `http://127.0.0.1:${PORT}`;
const MB = 1024 * 1024;
const root = fileURLToPath(new URL("..", import.meta.url));

rmSync(new URL("./.state/media", import.meta.url), { recursive: true, force: true });
const server = spawn("npm", ["start"], {
  cwd: root,
  env: { ...process.env, PORT, STATE_DIR: "bench/.state/media" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("exit", stop);

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${ORIGIN}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

/**
 * The workerd processes of our npm start (its process group): the dev server's, and the one
 * start.ts used to prepare the database. Each step reports the larger rise of the two.
 */
function workerdPids(): number[] {
  const rows = execSync("ps -eo pid=,pgid=,comm=", { encoding: "utf8" }).trim().split("\n");
  const pids = rows
    .map((r) => r.trim().split(/\s+/))
    .filter(([, pgid, comm]) => Number(pgid) === server.pid && comm === "workerd");
  if (!pids.length) throw new Error("workerd not found");
  return pids.map(([pid]) => Number(pid));
}

function status(pid: number, field: "VmRSS" | "VmHWM") {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith(field))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

async function measure<T>(pids: number[], step: () => Promise<T>) {
  const before = pids.map((pid) => {
    writeFileSync(`/proc/${pid}/clear_refs`, "5"); // resets VmHWM to the current RSS
    return status(pid, "VmRSS");
  });
  const result = await step();
  const rises = pids.map((pid, i) => status(pid, "VmHWM") - before[i]!);
  const top = rises.indexOf(Math.max(...rises));
  return {
    result,
    peakAboveMb: Math.round(rises[top]! * 10) / 10,
    rssBeforeMb: Math.round(before[top]!),
  };
}

async function signIn(): Promise<string> {
  const email = "descendant@zeugnis.test";
  await fetch(`${ORIGIN}/api/v1/auth/login-link`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN },
    body: JSON.stringify({ email }),
  });
  const outbox = (await (await fetch(`${ORIGIN}/api/v1/dev/outbox?to=${email}`)).json()) as {
    messages: Array<{ link: string }>;
  };
  const link = new URL(outbox.messages[0]!.link);
  const res = await pressSignInButton(`${ORIGIN}${link.pathname}${link.search}`);
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

async function resumableUpload(cookie: string, bytes: Uint8Array, filename: string) {
  const headers = { cookie, origin: ORIGIN };
  const created = await fetch(`${ORIGIN}/api/v1/media/uploads`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({
      filename,
      bytes: bytes.length,
      licence: "CC-BY-4.0",
      rights_confirmed: true,
    }),
  });
  const upload = (await created.json()) as {
    upload_id: string;
    part_size: number;
    parts_total: number;
  };
  for (let n = 1; n <= upload.parts_total; n++) {
    const part = bytes.subarray((n - 1) * upload.part_size, n * upload.part_size);
    const res = await fetch(`${ORIGIN}/api/v1/media/uploads/${upload.upload_id}/parts/${n}`, {
      method: "PUT",
      headers,
      body: new Uint8Array(part),
    });
    if (!res.ok) throw new Error(`part ${n}: ${res.status} ${await res.text()}`);
  }
  const done = await fetch(`${ORIGIN}/api/v1/media/uploads/${upload.upload_id}/complete`, {
    method: "POST",
    headers,
  });
  if (!done.ok) throw new Error(`complete: ${done.status} ${await done.text()}`);
  return ((await done.json()) as { id: string }).id;
}

async function formUpload(cookie: string, bytes: Uint8Array<ArrayBuffer>, filename: string) {
  const form = new FormData();
  form.set("licence", "CC0-1.0");
  form.set("rights_confirmed", "true");
  form.set("file", new File([bytes], filename));
  const res = await fetch(`${ORIGIN}/api/v1/media`, {
    method: "POST",
    headers: { cookie, origin: ORIGIN },
    body: form,
  });
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

async function fetchVariant(cookie: string, id: string, size: string) {
  const res = await fetch(`${ORIGIN}/media/${id}?size=${size}`, { headers: { cookie } });
  const body = new Uint8Array(await res.arrayBuffer());
  return `${res.status} ${res.headers.get("content-type")} ${body.length} B`;
}

await waitForServer();
const pid = workerdPids();
const cookie = await signIn();
const results: Record<string, unknown>[] = [];
for (const name of ["scan-40mb.jpg", "scan-40mb.tif", "scan-40mb.png"]) {
  const bytes = new Uint8Array(readFileSync(new URL(`./data/${name}`, import.meta.url)));
  const upload = await measure(pid, () => resumableUpload(cookie, bytes, name));
  const thumb = await measure(pid, () => fetchVariant(cookie, upload.result, "thumb"));
  const medium = await measure(pid, () => fetchVariant(cookie, upload.result, "medium"));
  results.push({
    file: name,
    mb: Math.round((bytes.length / MB) * 10) / 10,
    upload_peak_mb: upload.peakAboveMb,
    thumb_peak_mb: thumb.peakAboveMb,
    thumb: thumb.result,
    medium_peak_mb: medium.peakAboveMb,
    medium: medium.result,
    rss_before_mb: upload.rssBeforeMb,
  });
}
const jpeg = new Uint8Array(readFileSync(new URL("./data/scan-40mb.jpg", import.meta.url)));
// A different file (one byte inside the Exif block changed), so it is stored, not deduplicated.
const exifByte = new TextDecoder("latin1").decode(jpeg.subarray(0, 64)).indexOf("Exif") + 30;
jpeg[exifByte] = jpeg[exifByte]! ^ 1;
const single = await measure(pid, () => formUpload(cookie, jpeg, "scan-40mb.jpg"));
results.push({
  file: "scan-40mb.jpg (one multipart request)",
  upload_peak_mb: single.peakAboveMb,
  rss_before_mb: single.rssBeforeMb,
});
console.log(JSON.stringify(results, null, 1));
stop();
process.exit(0);
