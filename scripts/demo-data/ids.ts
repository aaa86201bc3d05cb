/** Deterministic demo ids: re-running the converter yields the same memorial ids. */
import { createHash } from "node:crypto";

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** RFC 4648 base32, lower case, no padding. @example base32(Buffer.from("f")) === "my" */
export function base32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/** "mem_" + 16 base32 characters of sha256("zeugnis-demo:" + key). */
export function demoMemorialId(key: string): string {
  const digest = createHash("sha256").update(`zeugnis-demo:${key}`, "utf8").digest();
  return `mem_${base32(digest).slice(0, 16)}`;
}
