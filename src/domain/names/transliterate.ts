/**
 * Cyrillic → Latin transliteration for slugs, sort keys and the A–Z index. This is the
 * English-style (BGN/PCGN-like) scheme a reader of English-language literature would expect:
 * Цуккер → Tsukker, Вышинский → Vyshinskiy. Search also uses the German scheme and reads Latin
 * names as Russian would write them (src/domain/names/cyrillic-readings.ts).
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Ukrainian and Belarusian letters found in place names.
  і: "i", ї: "yi", є: "ye", ґ: "g", ў: "u",
};

/**
 * The German (Duden) romanisation that German sources use: Вышинский → Wyschinski,
 * Виноградов → Winogradow, Троцкий → Trozki. Search indexes both schemes.
 */
const CYRILLIC_TO_GERMAN: Record<string, string> = {
  ...CYRILLIC_TO_LATIN,
  в: "w", е: "e", ё: "jo", ж: "sch", з: "s", й: "i", х: "ch", ц: "z", ч: "tsch", ш: "sch",
  щ: "schtsch", ы: "y", ю: "ju", я: "ja", ї: "ji", є: "je",
};

/** @example transliterateCyrillic("Цуккер") === "Tsukker"; transliterateCyrillic("Цуккер", "de") === "Zukker" */
export function transliterateCyrillic(input: string, scheme: "en" | "de" = "en"): string {
  const table = scheme === "de" ? CYRILLIC_TO_GERMAN : CYRILLIC_TO_LATIN;
  let out = "";
  for (const char of input) {
    const lower = char.toLowerCase();
    const latin = table[lower];
    if (latin === undefined) {
      out += char;
    } else if (char !== lower && latin.length > 0) {
      out += latin[0]!.toUpperCase() + latin.slice(1);
    } else {
      out += latin;
    }
  }
  return out;
}

const GERMAN_FOLDS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };
const OTHER_LETTERS: Record<string, string> = { ł: "l", đ: "d", ø: "o", æ: "ae", œ: "oe", ı: "i", þ: "th" };

/**
 * Lowercase ASCII for sorting and URLs: German umlauts as ae/oe/ue, other accents dropped,
 * Cyrillic transliterated. Not for matching (search folds more generously).
 * @example asciiFold("Thälmann") === "thaelmann"; asciiFold("Šmeral") === "smeral"
 */
export function asciiFold(input: string): string {
  const lowered = transliterateCyrillic(input).toLowerCase();
  let out = "";
  for (const char of lowered) {
    out += GERMAN_FOLDS[char] ?? OTHER_LETTERS[char] ?? char;
  }
  return out.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/**
 * @example slugify("Margarete Buber-Neumann") === "margarete-buber-neumann"
 */
export function slugify(input: string): string {
  const slug = asciiFold(input)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "memorial";
}
