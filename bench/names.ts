/**
 * Name and place pools for generated memorials: German, Austrian, Polish, Russian and Jewish
 * names with the spellings the sources show (umlauts, ß, Polish letters, Cyrillic forms, German
 * and English romanisations). Surnames follow a Zipf-like distribution over a base list plus a
 * long tail of compounds, so that common names are common and most are rare, as in real records.
 */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
    /** Index with probability ∝ 1/(i+1): a few values very common, most rare. */
    zipf: <T>(list: readonly T[]) => list[Math.min(list.length - 1, Math.floor(Math.exp(next() * Math.log(list.length + 1)) - 1))]!,
    /** Index with probability ∝ 1/√(i+1): flatter, like given names of one generation. */
    sqrtZipf: <T>(list: readonly T[]) => list[Math.min(list.length - 1, Math.floor(((next() * (2 * Math.sqrt(list.length + 1) - 2) + 2) / 2) ** 2 - 1))]!,
  };
}
export type Rng = ReturnType<typeof rng>;

export const GIVEN_MALE = ["Max", "Hans", "Heinz", "Hermann", "Fritz", "Franz", "Walter", "Kurt", "Karl", "Otto", "Paul", "Ernst", "Erich", "Willi", "Wilhelm", "Josef", "Johann", "Georg", "Heinrich", "Friedrich", "Alfred", "Rudolf", "Leo", "Emil", "Arnold", "Bruno", "Gustav", "Moritz", "Jakob", "Samuel", "Isaak", "Salomon", "Abraham", "David", "Stanisław", "Władysław", "Józef", "Tadeusz", "Witold", "Łukasz", "Jerzy", "Boris", "Iwan", "Michail", "Grigori", "Nikolai", "Dmitri", "Jewgeni", "Bohumír", "Béla", "Jenő", "Mátyás"];
export const GIVEN_FEMALE = ["Margarete", "Anna", "Erna", "Gertrud", "Frieda", "Käthe", "Hilde", "Elsa", "Martha", "Rosa", "Clara", "Lotte", "Edith", "Irma", "Helene", "Else", "Paula", "Ida", "Berta", "Johanna", "Sara", "Rahel", "Rebekka", "Lea", "Zofia", "Halina", "Jadwiga", "Łucja", "Agnessa", "Irina", "Olga", "Tatjana", "Babette", "Ilse"];

export const SURNAMES = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Zucker", "Thälmann", "Süßkind", "Münzenberg", "Remmele", "Eberlein", "Koritschoner", "Landauer", "Buber", "Noether", "Platten", "Baltes", "Hirsch", "Kupferstein", "Rosenberg", "Goldstein", "Silberstein", "Mandelbaum", "Lewin", "Cohn", "Katz", "Levi", "Wandurski", "Kostrzewa", "Warski", "Lenski", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowak", "Šmeral", "Rákosi", "Varga", "Kun"];

const PREFIXES = ["Baum", "Berg", "Blum", "Eisen", "Feld", "Gold", "Gross", "Grün", "Hof", "Kauf", "Lang", "Lich", "Lind", "Mandel", "Neu", "Oster", "Rosen", "Roth", "Schön", "Silber", "Stein", "Wald", "Weiss", "Wein", "Zimmer", "Kirsch", "Apfel", "Löwen", "Adler", "Falken", "Bären", "Wolfs", "Sonnen", "Morgen", "Abend", "Glück", "Frei", "Hirsch", "Fried", "Kalt"];
const SUFFIXES = ["mann", "berg", "feld", "stein", "baum", "thal", "haus", "heim", "wald", "bach", "blatt", "kind", "reich", "schmidt", "ner", "ler", "er", "hofer", "gruber", "huber"];
const SLAVIC_STEMS = ["Kowal", "Nowic", "Lewand", "Zawad", "Sobol", "Wierzb", "Dobr", "Grab", "Jasin", "Kamin", "Lipin", "Malin", "Olsz", "Pietr", "Rudn", "Sadow", "Tomasz", "Wolin", "Zelen", "Bielin"];
const SLAVIC_ENDINGS = ["ski", "sky", "ow", "ewicz", "owicz", "czyk", "iak", "enko"];

/** Russian names as Russian files write them, with an English and a German romanisation. */
export const RUSSIAN: Array<[cyrillic: string, english: string, german: string]> = [
  ["Иванов", "Ivanov", "Iwanow"], ["Смирнов", "Smirnov", "Smirnow"], ["Кузнецов", "Kuznetsov", "Kusnezow"],
  ["Попов", "Popov", "Popow"], ["Васильев", "Vasilyev", "Wassiljew"], ["Петров", "Petrov", "Petrow"],
  ["Соколов", "Sokolov", "Sokolow"], ["Михайлов", "Mikhaylov", "Michailow"], ["Новиков", "Novikov", "Nowikow"],
  ["Фёдоров", "Fyodorov", "Fjodorow"], ["Морозов", "Morozov", "Morosow"], ["Волков", "Volkov", "Wolkow"],
  ["Виноградов", "Vinogradov", "Winogradow"], ["Вышинский", "Vyshinsky", "Wyschinski"], ["Троцкий", "Trotsky", "Trotzki"],
  ["Кривицкий", "Krivitsky", "Kriwitzki"], ["Мануильский", "Manuilsky", "Manuilski"], ["Енукидзе", "Yenukidze", "Jenukidse"],
  ["Зиновьев", "Zinoviev", "Sinowjew"], ["Каменев", "Kamenev", "Kamenew"], ["Радек", "Radek", "Radek"],
  ["Пятаков", "Pyatakov", "Pjatakow"], ["Бухарин", "Bukharin", "Bucharin"], ["Рыков", "Rykov", "Rykow"],
  ["Тухачевский", "Tukhachevsky", "Tuchatschewski"], ["Жуков", "Zhukov", "Schukow"], ["Щербаков", "Shcherbakov", "Schtscherbakow"],
  ["Чернов", "Chernov", "Tschernow"], ["Яковлев", "Yakovlev", "Jakowlew"], ["Юдин", "Yudin", "Judin"],
];

/** Latin → Russian spelling of a German or Polish name, as a Soviet clerk might have written it. */
const TO_CYRILLIC: Array<[string, string]> = [
  ["tsch", "ч"], ["sch", "ш"], ["sz", "ш"], ["cz", "ч"], ["ch", "х"], ["ck", "кк"], ["tz", "ц"], ["ph", "ф"], ["th", "т"],
  ["ei", "ей"], ["eu", "ой"], ["ie", "и"], ["ä", "е"], ["ö", "ё"], ["ü", "ю"], ["ß", "сс"], ["ł", "л"], ["ś", "с"],
  ["ż", "ж"], ["ź", "з"], ["ń", "нь"], ["ó", "у"], ["ą", "он"], ["ę", "ен"], ["w", "в"], ["v", "ф"], ["z", "ц"],
  ["j", "й"], ["y", "ы"], ["h", "г"], ["c", "ц"], ["a", "а"], ["b", "б"], ["d", "д"], ["e", "е"], ["f", "ф"], ["g", "г"],
  ["i", "и"], ["k", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"], ["p", "п"], ["r", "р"], ["s", "с"], ["t", "т"],
  ["u", "у"], ["x", "кс"], ["š", "ш"], ["á", "а"], ["é", "е"], ["í", "и"], ["ő", "ё"],
];
export function russianSpelling(latin: string): string {
  const lower = latin.toLowerCase();
  let out = "";
  for (let i = 0; i < lower.length; ) {
    const rule = TO_CYRILLIC.find(([l]) => lower.startsWith(l, i));
    out += rule ? rule[1] : "";
    i += rule ? rule[0].length : 1;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const compounds = PREFIXES.flatMap((p) => SUFFIXES.map((s) => p + s));
const slavic = SLAVIC_STEMS.flatMap((s) => SLAVIC_ENDINGS.map((e) => s + e));

// The long tail: tens of thousands of rare surnames built from German-sounding syllables.
const ONSETS = ["B", "Br", "D", "Dr", "F", "Fr", "G", "Gr", "H", "K", "Kl", "Kr", "L", "M", "N", "P", "R", "S", "Sch", "Schw", "St", "T", "W", "Z"];
const VOWELS = ["a", "e", "i", "o", "u", "ä", "ö", "ü", "ei", "au"];
const CODAS = ["l", "ll", "n", "nd", "ng", "r", "rt", "rn", "s", "st", "tt", "ch", "ck", "tz", "m", "lm", "lb"];
const TAILS = ["er", "ler", "ner", "mann", "inger", "hofer", "bach", "berg", "stein", "feld", "hardt", "wald", "ke", "ig", "el", "en", "ow", "itz", "ski", "schek"];
function tailName(r: Rng): string {
  return r.pick(ONSETS) + r.pick(VOWELS) + r.pick(CODAS) + r.pick(TAILS);
}

export interface GeneratedName {
  given: string;
  family: string;
  russian?: { cyrillic: string; english: string; german: string };
}

/**
 * Shares chosen so that the commonest surname (Müller) is about 1% of all people, as in
 * German records, and most surnames are rare.
 */
export function pickName(r: Rng, female: boolean): GeneratedName {
  const given = female ? r.sqrtZipf(GIVEN_FEMALE) : r.sqrtZipf(GIVEN_MALE);
  const roll = r.next();
  if (roll < 0.03) {
    const [cyrillic, english, german] = r.zipf(RUSSIAN);
    return { given, family: r.chance(0.5) ? english : german, russian: { cyrillic, english, german } };
  }
  if (roll < 0.09) return { given, family: r.zipf(SURNAMES) };
  if (roll < 0.3) return { given, family: r.pick(compounds) };
  if (roll < 0.4) return { given, family: r.pick(slavic) };
  return { given, family: tailName(r) };
}

export const PLACES = {
  birth: [["Berlin", "DE"], ["Hamburg", "DE"], ["München", "DE"], ["Köln", "DE"], ["Leipzig", "DE"], ["Dresden", "DE"], ["Breslau", "PL", "Wrocław"], ["Königsberg", "RU", "Kaliningrad"], ["Wien", "AT"], ["Graz", "AT"], ["Linz", "AT"], ["Prag", "CZ", "Praha"], ["Lodz", "PL", "Łódź"], ["Warschau", "PL", "Warszawa"], ["Krakau", "PL", "Kraków"], ["Budapest", "HU"], ["Czernowitz", "UA", "Chernivtsi"], ["Lemberg", "UA", "Lviv"], ["Stettin", "PL", "Szczecin"], ["Danzig", "PL", "Gdańsk"]],
  soviet: [["Moscow", "RU"], ["Leningrad", "RU", "Saint Petersburg"], ["Kharkiv", "UA"], ["Kiev", "UA", "Kyiv"], ["Engels", "RU"], ["Gorky", "RU", "Nizhny Novgorod"], ["Stalinsk", "RU", "Novokuznetsk"], ["Sverdlovsk", "RU", "Yekaterinburg"], ["Odessa", "UA", "Odesa"], ["Saratov", "RU"]],
  camp: [["Karaganda", "KZ"], ["Vorkuta", "RU"], ["Kolyma", "RU"], ["Norilsk", "RU"], ["Solovki", "RU"], ["Butyrka prison, Moscow", "RU"], ["Butovo", "RU"], ["Kommunarka", "RU"]],
  nazi: [["Ravensbrück", "DE"], ["Sachsenhausen", "DE"], ["Auschwitz", "PL", "Oświęcim"], ["Dachau", "DE"], ["Buchenwald", "DE"], ["Lublin", "PL"], ["Warsaw Ghetto", "PL", "Warsaw"]],
} as const;

export const NATIONALITIES = ["German", "Austrian", "Polish", "Hungarian", "Czech", "German communist", "Jewish", "Volga German"];
export const ORGANISATIONS = ["KPD", "KPÖ", "SPD", "Comintern", "Schutzbund", "Rote Hilfe", "KPP", "Roter Frontkämpferbund", "Profintern"];
