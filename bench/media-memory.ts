/**
 * Memory check for media (bench/RESULTS.md, "## Media"). Each 40 MB scan from media-data.ts goes,
 * in a fresh Node process, through exactly the code a Worker runs after the bytes reached R2:
 * sniff, sha256, header, metadata stripping (pieces streamed out without joining), then the
 * thumbnail (320 px) and the medium image (1024 px). Reported: the process's peak RSS above its
 * idle baseline (an upper bound: it includes allocator slack and garbage not yet collected), and
 * the live JS heap + ArrayBuffer memory after each step. `npx tsx bench/media-memory.ts` (after media-data.ts).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const FILES = [
  ["scan-40mb.jpg", "image/jpeg"],
  ["scan-40mb.tif", "image/tiff"],
  ["scan-40mb.png", "image/png"],
] as const;
const MB = 1024 * 1024;
/**
 * A Worker's V8 collects garbage as it nears its limit; Node with memory to spare does not, so
 * its RSS would mostly show uncollected garbage. These flags make V8 as frugal as an isolate
 * near 128 MB: a small young generation and a capped old generation.
 */
const V8_FLAGS = ["--expose-gc", "--max-semi-space-size=1", "--max-old-space-size=64"];

async function child(name: string, mime: string) {
  const { sniffMime } = await import("../src/codecs/media-sniff");
  const { readImageInfo } = await import("../src/codecs/image-info");
  const { stripMetadata } = await import("../src/codecs/metadata/strip");
  const { renderThumbnail } = await import("../src/codecs/thumbnail/render");
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const base = process.memoryUsage();
  const steps: Record<string, number> = {};
  const mark = (step: string) => {
    gc();
    const m = process.memoryUsage();
    steps[step] =
      Math.round(((m.heapUsed - base.heapUsed + m.external - base.external) / MB) * 10) / 10;
  };
  const started = Date.now();
  const file = readFileSync(fileURLToPath(new URL(`./data/${name}`, import.meta.url)));
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.length);
  mark("file in memory");
  if (sniffMime(bytes.subarray(0, 1024)) !== mime) throw new Error(`${name} is not ${mime}`);
  await crypto.subtle.digest("SHA-256", bytes);
  const info = readImageInfo(mime as "image/jpeg", bytes);
  const stripped = await stripMetadata(mime as "image/jpeg", bytes);
  let streamed = 0;
  for (const piece of stripped.pieces) streamed += piece.length; // putPieces writes these views as they are
  mark("sha256 + metadata stripped");
  const thumb = await renderThumbnail(mime as "image/jpeg", bytes, 320);
  mark("thumbnail 320");
  const medium = await renderThumbnail(mime as "image/jpeg", bytes, 1024);
  mark("medium 1024");
  const peakRss = process.resourceUsage().maxRSS / 1024 - base.rss / MB;
  console.log(
    JSON.stringify({
      name,
      bytes: bytes.length,
      pixels: info ? `${info.width}×${info.height}` : "?",
      removed: stripped.removed,
      served_bytes: streamed,
      thumb_bytes: thumb?.length ?? null,
      medium_bytes: medium?.length ?? null,
      steps,
      peak_rss_above_idle_mb: Math.round(peakRss * 10) / 10,
      seconds: (Date.now() - started) / 1000,
    }),
  );
}

if (process.argv[2] === "--child") {
  await child(process.argv[3]!, process.argv[4]!);
} else {
  for (const [name, mime] of FILES) {
    const out = execFileSync(
      process.execPath,
      [...V8_FLAGS, "--import", "tsx", fileURLToPath(import.meta.url), "--child", name, mime],
      {
        encoding: "utf8",
      },
    );
    console.log(out.trim());
  }
}
