/**
 * Transliteration matching between Latin and Cyrillic in both directions. A Latin name is
 * "read" the way a Russian clerk or translator would have written it — by German, English and
 * scholarly/Slavic spelling conventions — and every reading, like every Cyrillic name, is reduced
 * to a skeleton that ignores what romanisation systems disagree on (й/и/ы, ь, doubled letters,
 * Г for German H). Names match by transliteration when their skeletons meet:
 * Zucker ~ Цуккер, Koritschoner ~ Коричонер, Winogradow ~ Vinogradov, Trotzki ~ Trotsky.
 */
import { isCyrillic, lowerWord } from "./name-fold";

type Scheme = ReadonlyArray<readonly [string, string]>;

const VOWEL = "aeiouyäöü";

/** German spelling read as Russian, the modern way (Heinrich → Хайнрих, Neumann → Нойман). */
const GERMAN: Scheme = [
  ["tsch", "ч"], ["sch", "ш"], ["chs", "кс"], ["ch", "х"], ["ck", "к"], ["tz", "ц"],
  ["ph", "ф"], ["th", "т"], ["qu", "кв"], ["ei", "ай"], ["ey", "ай"], ["ai", "ай"],
  ["eu", "ой"], ["äu", "ой"], ["ie", "и"], ["je", "е"], ["ja", "я"], ["jo", "ё"], ["ju", "ю"],
  ["ss", "с"], ["ß", "с"], ["z", "ц"], ["x", "кс"], ["j", "й"], ["w", "в"], ["v", "ф"],
  ["ä", "е"], ["ö", "ё"], ["ü", "ю"], ["y", "и"], ["c", "к"],
];
/** The older practice of 1930s documents: Heinrich → Генрих, Neumann → Нейман, Stein → Штейн. */
const GERMAN_OLD: Scheme = [["ei", "ей"], ["eu", "ей"], ["äu", "ей"], ["st", "шт"], ["sp", "шп"], ...GERMAN];
/** English romanisations of Russian (Vyshinsky, Trotsky, Yenukidze, Tsukker). */
const ENGLISH: Scheme = [
  ["shch", "щ"], ["tch", "ч"], ["kh", "х"], ["zh", "ж"], ["ch", "ч"], ["sh", "ш"], ["ts", "ц"],
  ["ya", "я"], ["yu", "ю"], ["ye", "е"], ["yo", "ё"], ["ia", "я"], ["iu", "ю"], ["ph", "ф"],
  ["th", "т"], ["x", "кс"], ["j", "дж"], ["w", "в"], ["q", "к"], ["c", "к"], ["h", "х"],
];
/** Scholarly (ISO 9 / ALA-LC) and Polish or Czech spellings (Džucha, Grečeskaja, Wyszyński). */
const SLAVIC: Scheme = [
  ["šč", "щ"], ["szcz", "щ"], ["č", "ч"], ["ć", "ч"], ["cz", "ч"], ["š", "ш"], ["ś", "с"],
  ["sz", "ш"], ["ž", "ж"], ["ż", "ж"], ["ź", "з"], ["rz", "ж"], ["ch", "х"], ["ł", "л"],
  ["ja", "я"], ["ju", "ю"], ["je", "е"], ["jo", "ё"], ["ia", "я"], ["iu", "ю"], ["j", "й"],
  ["c", "ц"], ["w", "в"], ["y", "ы"], ["x", "кс"], ["h", "х"], ["ě", "е"], ["ň", "н"],
];

/** What every scheme shares. */
const COMMON: Record<string, string> = {
  a: "а", b: "б", d: "д", e: "е", f: "ф", g: "г", i: "и", k: "к", l: "л", m: "м", n: "н",
  o: "о", p: "п", r: "р", s: "с", t: "т", u: "у", v: "в", z: "з", é: "е", á: "а", ó: "о",
  í: "и", ú: "у", ä: "е", ö: "е", ü: "ю", ë: "е", ï: "и", à: "а", è: "е", ò: "о", ù: "у",
};

function read(word: string, scheme: Scheme, german: boolean): string {
  let out = "";
  for (let i = 0; i < word.length; ) {
    const rule = scheme.find(([latin]) => word.startsWith(latin, i));
    const ch = word[i]!;
    const next = word[i + 1];
    const prevIsVowel = i > 0 && VOWEL.includes(word[i - 1]!);
    if (rule) {
      out += rule[1];
      i += rule[0].length;
      continue;
    }
    if (german && ch === "s") out += next !== undefined && VOWEL.includes(next) ? "з" : "с";
    else if (german && ch === "h") out += next !== undefined && VOWEL.includes(next) ? "г" : "";
    else if (!german && ch === "y") out += prevIsVowel || i === 0 ? "й" : "ы";
    else out += COMMON[ch] ?? "";
    i++;
  }
  return out;
}

const SKELETON: Record<string, string> = {
  ё: "е", э: "е", ъ: "", ь: "", й: "и", ы: "и", я: "иа", ю: "иу", г: "х", і: "и", ї: "и", є: "е",
};

/**
 * A Cyrillic spelling without the distinctions romanisations blur.
 * @example cyrillicSkeleton("Цуккер") === "цукер"; cyrillicSkeleton("Троцкий") === "троцки"
 */
export function cyrillicSkeleton(cyrillic: string): string {
  let mapped = "";
  for (const ch of cyrillic.toLowerCase()) {
    if (/\p{Script=Cyrillic}/u.test(ch)) mapped += SKELETON[ch] ?? ch;
  }
  return mapped.replace(/(.)\1+/g, "$1");
}

/**
 * The transliteration keys of one word: its own skeleton if it is Cyrillic, otherwise the
 * skeletons of its German (modern and old), English and Slavic readings.
 * @example transliterationKeys("Zucker") // includes "цукер", as does transliterationKeys("Цуккер")
 */
export function transliterationKeys(word: string): string[] {
  const lower = lowerWord(word);
  if (isCyrillic(lower)) return [cyrillicSkeleton(lower)].filter((k) => k.length > 0);
  const readings = [
    read(lower, GERMAN, true),
    read(lower, GERMAN_OLD, true),
    read(lower, ENGLISH, false),
    read(lower, SLAVIC, false),
  ];
  return [...new Set(readings.map(cyrillicSkeleton))].filter((k) => k.length > 1);
}
