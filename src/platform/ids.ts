/** Random identifiers and tokens, and the hashes under which secrets are stored. */

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** Lowercase RFC 4648 base32 without padding. */
export function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export type IdPrefix = "mem" | "rev" | "usr" | "med" | "upl" | "rep" | "msg" | "mail" | "mrg" | "imp" | "grp" | "grv";

/**
 * A new random id with a type prefix; 80 random bits are enough that ids are not guessable.
 * @example newId("rev") // "rev_k3j5x2m4p7q9r2s4"
 */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${base32(crypto.getRandomValues(new Uint8Array(10)))}`;
}

/** A secret token for links and cookies: 256 random bits. */
export function newToken(): string {
  return base32(crypto.getRandomValues(new Uint8Array(32)));
}

export async function sha256Hex(input: string | ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const data = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const digest = await crypto.subtle.digest("SHA-256", data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Deterministic id for demo rows, so loading the demo twice never duplicates anything. */
export async function demoId(prefix: IdPrefix, key: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`zeugnis-demo:${key}`));
  return `${prefix}_${base32(new Uint8Array(digest)).slice(0, 16)}`;
}
