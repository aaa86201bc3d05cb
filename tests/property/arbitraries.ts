/** Generators shared by the property tests: EDTF dates of the forms the archive writes, names. */
import fc from "fast-check";

/** How many inputs each property tries; the figures in docs/quality.md are these times the properties. */
export const RUNS = 1_000;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const year = fc.integer({ min: 1700, max: 2030 });

/** A real calendar day. */
export const day = fc
  .record({ y: year, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));

/** The EDTF forms of domain.md that the date wording reads back (tests/lib/date-wording.test.ts). */
export const wordableEdtf = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.constantFrom("~", "?")).map(([y, q]) => `${y}${q}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  day.map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`),
  fc.tuple(year, year).map(([a, b]) => `${Math.min(a, b)}/${Math.max(a, b)}`),
  fc.integer({ min: 170, max: 202 }).map((decade) => `${decade}X`),
  fc.tuple(year, fc.integer({ min: 21, max: 24 })).map(([y, s]) => `${y}-${s}`),
);

/** Further valid EDTF: open and unknown ends, sets, lists, qualified parts. */
export const anyEdtf = fc.oneof(
  wordableEdtf,
  year.map((y) => `../${y}`),
  year.map((y) => `${y}/..`),
  year.map((y) => `/${y}`),
  fc.tuple(day, day).map(([a, b]) => {
    const [s, e] = [a, b].sort((x, z) => x.y - z.y || x.m - z.m || x.d - z.d);
    return `${s!.y}-${pad(s!.m)}-${pad(s!.d)}/${e!.y}-${pad(e!.m)}-${pad(e!.d)}`;
  }),
  fc.tuple(year, year).map(([a, b]) => `[${Math.min(a, b)}..${Math.max(a, b)}]`),
  fc.array(year, { minLength: 1, maxLength: 4 }).map((ys) => `{${ys.join(",")}}`),
  year.map((y) => `[..${y}]`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.constantFrom("~", "?", "%")).map(([y, m, q]) => `${y}-${pad(m)}${q}`),
);

/** Strings that look a little like dates, to find the parsers' edges. */
export const dateLike = fc.stringMatching(/^[0-9X.\/~?%{}\[\]\-, uU]{0,16}$/);

const GERMAN = "abcdefghijklmnopqrstuvwxyzäöüß".split("");
const RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя".split("");
export const germanWord = fc.array(fc.constantFrom(...GERMAN), { minLength: 1, maxLength: 12 }).map((l) => l.join(""));
export const russianWord = fc.array(fc.constantFrom(...RUSSIAN), { minLength: 1, maxLength: 12 }).map((l) => l.join(""));
/** Any text at all, including astral characters, combining marks and private-use glyphs. */
export const anyText = fc.string({ unit: "binary", maxLength: 40 });
