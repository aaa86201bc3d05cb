/**
 * Kölner Phonetik (Hans Joachim Postel, 1969): a phonetic code for German spellings, so that
 * Meier, Mayr and Maier, or Thälmann and Thaelmann, share one code.
 *
 * Czech ř and č are spelled out as rz and tsch, th before s as t (src/domain/names/name-fold.ts); other
 * letters outside German (Ł, Š, ć…) are folded to their base letter first; the npm package
 * cologne-phonetic drops them instead and codes a final C as 4 where the rules say 8.
 */

import { spellOutForPhonetics } from "./name-fold";

/** Context-free codes; the letters whose code depends on their neighbours are handled below. */
const SIMPLE: Record<string, string> = {
  a: "0", e: "0", i: "0", j: "0", o: "0", u: "0", y: "0",
  b: "1", f: "3", v: "3", w: "3", g: "4", k: "4", q: "4",
  l: "5", m: "6", n: "6", r: "7", s: "8", z: "8",
};

function prepare(word: string): string {
  return spellOutForPhonetics(word.toLowerCase())
    .replace(/ß/g, "s")
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]/g, "");
}

function codeOf(letters: string, i: number): string {
  const ch = letters[i]!;
  const prev = letters[i - 1];
  const next = letters[i + 1];
  switch (ch) {
    case "h":
      return "";
    case "p":
      return next === "h" ? "3" : "1";
    case "d":
    case "t":
      return next !== undefined && "csz".includes(next) ? "8" : "2";
    case "x":
      return prev !== undefined && "ckq".includes(prev) ? "8" : "48";
    case "c":
      if (i === 0) return next !== undefined && "ahkloqrux".includes(next) ? "4" : "8";
      if (prev !== undefined && "sz".includes(prev)) return "8";
      return next !== undefined && "ahkoqux".includes(next) ? "4" : "8";
    default:
      return SIMPLE[ch] ?? "";
  }
}

/**
 * @example koelnerPhonetik("Müller-Lüdenscheidt") === "65752682"
 */
export function koelnerPhonetik(word: string): string {
  const letters = prepare(word);
  let raw = "";
  for (let i = 0; i < letters.length; i++) raw += codeOf(letters, i);
  let collapsed = "";
  for (const digit of raw) if (digit !== collapsed[collapsed.length - 1]) collapsed += digit;
  return collapsed.slice(0, 1) + collapsed.slice(1).replace(/0/g, "");
}
