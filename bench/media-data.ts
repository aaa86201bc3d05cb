/**
 * Makes the 40 MB "scans" for the media memory check (bench/data/, not committed):
 *  - scan-40mb.jpg: 6600×5000 baseline JPEG, quality 97, paper texture + text-like strokes, with
 *    an Exif block carrying GPS (what a phone or scanner app writes);
 *  - scan-40mb.tif: 4000×3400 uncompressed RGB TIFF (a flatbed scanner's default);
 *  - scan-40mb.png: 4000×4000 RGB PNG of noisy paper (hardly compressible).
 * Deterministic (seeded), so every run measures the same bytes.
 */
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { encode } from "jpeg-js";

const DIR = new URL("./data/", import.meta.url);
mkdirSync(DIR, { recursive: true });

let state = 1937;
/** xorshift32: cheap, seeded noise (paper grain) that compressors cannot squeeze away. */
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 0x100000000;
};

function paper(x: number, y: number): number {
  const stroke = Math.floor(y / 40) % 3 === 0 && (x + y) % 37 < 3 ? 90 : 0;
  return 225 - stroke - Math.floor(random() * 40);
}

function jpegScan(path: URL) {
  const width = 6600;
  const height = 5000;
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = paper(x, y);
      rgba.set([v, v - 8 - Math.floor(random() * 30), v - 20, 255], (y * width + x) * 4);
    }
  const jpeg = encode({ data: rgba, width, height }, 97).data;
  const exif = Buffer.from(
    "457869660000" +
      "4d4d002a00000008000188250004000000010000001a00000000" +
      "0001000100020000000200004e00" +
      "000000",
    "hex",
  );
  const app1 = Buffer.concat([
    Buffer.from([0xff, 0xe1, (exif.length + 2) >> 8, (exif.length + 2) & 255]),
    exif,
  ]);
  writeFileSync(path, Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]));
}

function tiffScan(path: URL) {
  const width = 4000;
  const height = 3400;
  const pixels = width * height * 3;
  const header = Buffer.alloc(8);
  header.write("II*\0", 0, "latin1");
  header.writeUInt32LE(8 + pixels, 4);
  const data = Buffer.alloc(pixels);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = paper(x, y);
      data[(y * width + x) * 3] = v;
      data[(y * width + x) * 3 + 1] = v - 8;
      data[(y * width + x) * 3 + 2] = v - 20;
    }
  const entries: Array<[number, number, number, number]> = [
    [256, 3, 1, width],
    [257, 3, 1, height],
    [258, 3, 1, 8],
    [259, 3, 1, 1],
    [262, 3, 1, 2],
    [271, 2, 4, 0x00414c50], // Make "PLA" inline
    [273, 4, 1, 8],
    [277, 3, 1, 3],
    [278, 3, 1, height],
    [279, 4, 1, pixels],
    [284, 3, 1, 1],
  ];
  const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
  ifd.writeUInt16LE(entries.length, 0);
  entries.forEach(([tag, type, count, value], i) => {
    ifd.writeUInt16LE(tag, 2 + i * 12);
    ifd.writeUInt16LE(type, 4 + i * 12);
    ifd.writeUInt32LE(count, 6 + i * 12);
    if (type === 3) ifd.writeUInt16LE(value, 10 + i * 12);
    else ifd.writeUInt32LE(value, 10 + i * 12);
  });
  writeFileSync(path, Buffer.concat([header, data, ifd]));
}

function pngScan(path: URL) {
  const width = 4000;
  const height = 4000;
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = paper(x, y);
      const grain = () => Math.floor(random() * 64);
      raw.set([v - grain(), v - grain(), v - 20 - grain()], y * (1 + width * 3) + 1 + x * 3);
    }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    let c = 0xffffffff;
    for (const b of body) c = crcTable[(c ^ b) & 255]! ^ (c >>> 8);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE((c ^ 0xffffffff) >>> 0, 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const idat = deflateSync(raw, { level: 6 });
  const chunks = [
    chunk("IHDR", ihdr),
    chunk("tEXt", Buffer.from("Comment\0scanned at home", "latin1")),
  ];
  for (let i = 0; i < idat.length; i += 1 << 20)
    chunks.push(chunk("IDAT", idat.subarray(i, i + (1 << 20))));
  chunks.push(chunk("IEND", Buffer.alloc(0)));
  writeFileSync(path, Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), ...chunks]));
}

for (const [name, make] of [
  ["scan-40mb.jpg", jpegScan],
  ["scan-40mb.tif", tiffScan],
  ["scan-40mb.png", pngScan],
] as const) {
  const path = new URL(name, DIR);
  if (!existsSync(path)) {
    const started = Date.now();
    make(path);
    console.log(`made ${name} in ${Date.now() - started} ms`);
  }
}
