/**
 * ANSEL (ANSI Z39.47), the character set of GEDCOM 5.5 files from older genealogy programs.
 * ASCII stays as it is; 0xA1–0xC8 are letters and signs; 0xE0–0xFE are combining diacritics
 * written BEFORE the letter they belong to, so they are moved after it and the result is
 * normalised (NFC): "e8 61" (umlaut, a) becomes "ä".
 */
const SPECIALS: Record<number, string> = {
  0x88: "", 0x89: "", 0x8d: "\u200d", 0x8e: "\u200c",
  0xa1: "Ł", 0xa2: "Ø", 0xa3: "Đ", 0xa4: "Þ", 0xa5: "Æ", 0xa6: "Œ", 0xa7: "ʹ", 0xa8: "·", 0xa9: "♭",
  0xaa: "®", 0xab: "±", 0xac: "Ơ", 0xad: "Ư", 0xae: "ʼ", 0xb0: "ʻ", 0xb1: "ł", 0xb2: "ø", 0xb3: "đ",
  0xb4: "þ", 0xb5: "æ", 0xb6: "œ", 0xb7: "ʺ", 0xb8: "ı", 0xb9: "£", 0xba: "ð", 0xbc: "ơ", 0xbd: "ư",
  0xbe: "□", 0xbf: "■", 0xc0: "°", 0xc1: "ℓ", 0xc2: "℗", 0xc3: "©", 0xc4: "♯", 0xc5: "¿", 0xc6: "¡",
  0xc7: "ß", 0xc8: "€", 0xcd: "e", 0xce: "o", 0xcf: "ß",
};

const COMBINING: Record<number, string> = {
  0xe0: "\u0309", 0xe1: "\u0300", 0xe2: "\u0301", 0xe3: "\u0302", 0xe4: "\u0303", 0xe5: "\u0304",
  0xe6: "\u0306", 0xe7: "\u0307", 0xe8: "\u0308", 0xe9: "\u030c", 0xea: "\u030a", 0xeb: "\ufe20",
  0xec: "\ufe21", 0xed: "\u0315", 0xee: "\u030b", 0xef: "\u0310", 0xf0: "\u0327", 0xf1: "\u0328",
  0xf2: "\u0323", 0xf3: "\u0324", 0xf4: "\u0325", 0xf5: "\u0333", 0xf6: "\u0332", 0xf7: "\u0326",
  0xf8: "\u031c", 0xf9: "\u032e", 0xfa: "\ufe22", 0xfb: "\ufe23", 0xfe: "\u0313",
};

export class AnselError extends Error {
  constructor(readonly offset: number, readonly byte: number) {
    super(`byte 0x${byte.toString(16)} at offset ${offset} is not ANSEL`);
  }
}

/** @throws AnselError at the first byte that is not ANSEL */
export function decodeAnsel(bytes: Uint8Array): string {
  let out = "";
  let pending = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const mark = COMBINING[b];
    if (mark !== undefined) {
      pending += mark;
      continue;
    }
    const char = b < 0x80 ? String.fromCharCode(b) : SPECIALS[b];
    if (char === undefined) throw new AnselError(i, b);
    // A diacritic goes after the letter it precedes; before a line break it stays on its own.
    out += pending && char !== "\n" && char !== "\r" ? char + pending : pending + char;
    pending = "";
  }
  return (out + pending).normalize("NFC");
}
