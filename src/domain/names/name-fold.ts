/**
 * Folding and splitting names for search. More generous than `asciiFold` (which makes sort keys
 * and slugs): umlauts match both their base letter and their German spelling (Thälmann =
 * Thalmann = Thaelmann), so "ae", "oe" and "ue" fold to the vowel too — on both sides, so
 * Noether also finds Nöther. PDF artefacts in the sources (private-use glyphs where a háček
 * should be, typographic apostrophes) are removed before matching.
 */

const LETTERS: Record<string, string> = {
  ß: "ss", ẞ: "ss", ł: "l", Ł: "l", đ: "d", Đ: "d", ø: "o", Ø: "o", æ: "ae", Æ: "ae",
  œ: "oe", Œ: "oe", ı: "i", þ: "th", Þ: "th",
};

/** Private-use glyphs (U+E000–U+F8FF) and apostrophes, including the soft sign written as ’. */
const NOISE = /[\uE000-\uF8FF'’ʼʹ`´]/g;

/** A word as typed, lowercased, with noise removed: the basis of "exact" matches. */
export function lowerWord(word: string): string {
  return word.normalize("NFC").replace(NOISE, "").toLowerCase();
}

/**
 * @example searchFold("Thälmann") === "thalmann"; searchFold("Thaelmann") === "thalmann";
 *          searchFold("Süßkind") === "susskind"; searchFold("Łukasz") === "lukasz"
 */
export function searchFold(word: string): string {
  let out = "";
  for (const char of lowerWord(word)) out += LETTERS[char] ?? char;
  return out
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ae/g, "a")
    .replace(/oe/g, "o")
    .replace(/ue/g, "u");
}

/**
 * Letters Daitch–Mokotoff and Kölner Phonetik only know spelled out, as those codes' own rules
 * spell them: Czech ř is the Polish rz, č the German tsch (Dvořák = Dworzak, Čapek = Tschapek);
 * an h after t before s or z is silent (Rothschild = Rotschild = Rotshild). Only for phonetic codes:
 * the folded key of Dvořák stays "dvorak", so the name typed without its háček still matches.
 * @example spellOutForPhonetics("dvořák") === "dvorzák"
 */
export function spellOutForPhonetics(word: string): string {
  return word
    .normalize("NFC")
    .replace(/ř/g, "rz")
    .replace(/Ř/g, "Rz")
    .replace(/č/g, "tsch")
    .replace(/Č/g, "Tsch")
    .replace(/th(?=[sz])/gi, (th) => th[0]!);
}

/** The spelling phonetic codes are computed from: spelled out, then folded for search. */
export function phoneticFold(word: string): string {
  return searchFold(spellOutForPhonetics(word));
}

/**
 * The words of a name or query: letters and digits, split at spaces, hyphens and punctuation.
 * "Buber-Neumann" gives both parts, so a search for either part finds the double name.
 * @example nameWords("M. Buber-Neumann") // ["M", "Buber", "Neumann"]
 */
export function nameWords(text: string): string[] {
  return text
    .normalize("NFC")
    .replace(NOISE, "")
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export function isCyrillic(word: string): boolean {
  return /\p{Script=Cyrillic}/u.test(word);
}

export function isLatin(word: string): boolean {
  return /\p{Script=Latin}/u.test(word);
}
