/**
 * Daitch–Mokotoff Soundex, the phonetic code of Jewish and Eastern European genealogy
 * (Gary Mokotoff and Randy Daitch, 1985; rules as published by Avotaynu and JewishGen and as
 * implemented by Apache Commons Codec). A name can have several codes because some letters are
 * ambiguous (C = "ts" or "k", RZ = "zh" or "r"+"z"); two names match when their code sets meet.
 *
 * Two departures from the published rules (issue 21): RS is always R + S, and ř, č and th before
 * s are spelled out before coding (Dvořák = Dworzak, Rothschild = Rotshild).
 *
 * talisman's implementation codes doubled letters twice (Müller → 688900 instead of 689000)
 * and misses the Romanian ţ branch; this one follows the published rules (tests/lib/phonetic.test.ts).
 */

import { spellOutForPhonetics } from "./name-fold";

/** [pattern, at the start of a name, before a vowel, elsewhere]; "|" separates alternatives. */
type Rule = readonly [string, string, string, string];

const RULES: readonly Rule[] = [
  ["schtsch", "2", "4", "4"], ["schtsh", "2", "4", "4"], ["schtch", "2", "4", "4"],
  ["shtch", "2", "4", "4"], ["shtsh", "2", "4", "4"], ["stsch", "2", "4", "4"],
  ["ttsch", "4", "4", "4"], ["zhdzh", "2", "4", "4"],
  ["shch", "2", "4", "4"], ["scht", "2", "43", "43"], ["schd", "2", "43", "43"],
  ["stch", "2", "4", "4"], ["strz", "2", "4", "4"], ["strs", "2", "4", "4"],
  ["stsh", "2", "4", "4"], ["szcz", "2", "4", "4"], ["szcs", "2", "4", "4"],
  ["ttch", "4", "4", "4"], ["tsch", "4", "4", "4"], ["ttsz", "4", "4", "4"],
  ["zdzh", "2", "4", "4"], ["zsch", "4", "4", "4"],
  ["chs", "5", "54", "54"], ["csz", "4", "4", "4"], ["czs", "4", "4", "4"],
  ["drz", "4", "4", "4"], ["drs", "4", "4", "4"], ["dsh", "4", "4", "4"],
  ["dsz", "4", "4", "4"], ["dzh", "4", "4", "4"], ["dzs", "4", "4", "4"],
  ["sch", "4", "4", "4"], ["sht", "2", "43", "43"], ["szt", "2", "43", "43"],
  ["shd", "2", "43", "43"], ["szd", "2", "43", "43"], ["tch", "4", "4", "4"],
  ["trz", "4", "4", "4"], ["trs", "4", "4", "4"], ["tsh", "4", "4", "4"],
  ["tts", "4", "4", "4"], ["ttz", "4", "4", "4"], ["tzs", "4", "4", "4"],
  ["tsz", "4", "4", "4"], ["zdz", "2", "4", "4"], ["zhd", "2", "43", "43"],
  ["zsh", "4", "4", "4"],
  ["ai", "0", "1", ""], ["aj", "0", "1", ""], ["ay", "0", "1", ""], ["au", "0", "7", ""],
  ["cz", "4", "4", "4"], ["cs", "4", "4", "4"], ["ds", "4", "4", "4"], ["dz", "4", "4", "4"],
  ["dt", "3", "3", "3"], ["ei", "0", "1", ""], ["ej", "0", "1", ""], ["ey", "0", "1", ""],
  ["eu", "1", "1", ""], ["fb", "7", "7", "7"], ["ia", "1", "", ""], ["ie", "1", "", ""],
  ["io", "1", "", ""], ["iu", "1", "", ""], ["ks", "5", "54", "54"], ["kh", "5", "5", "5"],
  ["mn", "66", "66", "66"], ["nm", "66", "66", "66"], ["oi", "0", "1", ""], ["oj", "0", "1", ""],
  ["oy", "0", "1", ""], ["pf", "7", "7", "7"], ["ph", "7", "7", "7"], ["sh", "4", "4", "4"],
  ["sc", "2", "4", "4"], ["st", "2", "43", "43"], ["sd", "2", "43", "43"], ["sz", "4", "4", "4"],
  ["th", "3", "3", "3"], ["ts", "4", "4", "4"], ["tc", "4", "4", "4"], ["tz", "4", "4", "4"],
  ["ui", "0", "1", ""], ["uj", "0", "1", ""], ["uy", "0", "1", ""], ["ue", "0", "", ""],
  ["zd", "2", "43", "43"], ["zh", "4", "4", "4"], ["zs", "4", "4", "4"],
  // Ambiguous letters: every alternative becomes its own branch.
  ["ch", "5|4", "5|4", "5|4"], ["ck", "5|45", "5|45", "5|45"],
  // The published table also codes RS as "94 or 4"; the "4" branch (RS read as the Polish RZ) is
  // left out (issue 21): in German and Yiddish names RS is R + S, and the branch made Hirsch
  // (540000) sound like Haas, Katz and Koch. RZ keeps both readings (Przemysl = Pshemeshil).
  ["rz", "94|4", "94|4", "94|4"], ["c", "4|5", "4|5", "4|5"], ["j", "1|4", "|4", "|4"],
  ["ţ", "3|4", "3|4", "3|4"], ["ę", "|6", "|6", "|6"], ["ą", "|6", "|6", "|6"],
  ["a", "0", "", ""], ["e", "0", "", ""], ["i", "0", "", ""], ["o", "0", "", ""], ["u", "0", "", ""],
  ["b", "7", "7", "7"], ["d", "3", "3", "3"], ["f", "7", "7", "7"], ["g", "5", "5", "5"],
  ["h", "5", "5", ""], ["k", "5", "5", "5"], ["l", "8", "8", "8"], ["m", "6", "6", "6"],
  ["n", "6", "6", "6"], ["p", "7", "7", "7"], ["q", "5", "5", "5"], ["r", "9", "9", "9"],
  ["s", "4", "4", "4"], ["t", "3", "3", "3"], ["v", "7", "7", "7"], ["w", "7", "7", "7"],
  ["x", "5", "54", "54"], ["y", "1", "", ""], ["z", "4", "4", "4"],
];

/** Rules by first letter, longest pattern first. */
const RULES_BY_LETTER = new Map<string, Rule[]>();
for (const rule of [...RULES].sort((a, b) => b[0].length - a[0].length)) {
  const list = RULES_BY_LETTER.get(rule[0][0]!) ?? [];
  list.push(rule);
  RULES_BY_LETTER.set(rule[0][0]!, list);
}

const VOWELS = new Set(["a", "e", "i", "o", "u"]);
const CODE_LENGTH = 6;
/** A name with many ambiguous letters could branch into hundreds of codes; real names stay far below. */
const MAX_BRANCHES = 32;

interface Branch {
  code: string;
  last: string | null;
}

/**
 * Lowercase letters only; ř, č and th before s are spelled out first (src/domain/names/name-fold.ts), the
 * accents DM has no rules for are dropped (ţ, ę, ą keep theirs).
 */
function prepare(name: string): string {
  return spellOutForPhonetics(name.toLowerCase())
    .replace(/ß/g, "s")
    .replace(/ț/g, "ţ")
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(/t\u0327/g, "ţ")
    .replace(/e\u0328/g, "ę")
    .replace(/a\u0328/g, "ą")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-zţęą]/g, "");
}

/**
 * All Daitch–Mokotoff codes of a name, sorted.
 * @example daitchMokotoff("Peters") // ["734000", "739400"]
 */
export function daitchMokotoff(name: string): string[] {
  const input = prepare(name);
  let branches: Branch[] = [{ code: "", last: null }];
  let previousChar = "";
  for (let index = 0; index < input.length; ) {
    const rule = RULES_BY_LETTER.get(input[index]!)?.find((r) => input.startsWith(r[0], index));
    if (!rule) {
      index++;
      continue;
    }
    const next = input[index + rule[0].length];
    const column = index === 0 ? rule[1] : next !== undefined && VOWELS.has(next) ? rule[2] : rule[3];
    const alternatives = column.split("|");
    // "mn"/"nm" across two rules keep both codes (Commons Codec's rule).
    const force = (previousChar === "m" && rule[0][0] === "n") || (previousChar === "n" && rule[0][0] === "m");
    const nextBranches: Branch[] = [];
    for (const branch of branches) {
      for (const replacement of alternatives) {
        const append = branch.last === null || !branch.last.endsWith(replacement) || force;
        const code = append && branch.code.length < CODE_LENGTH ? (branch.code + replacement).slice(0, CODE_LENGTH) : branch.code;
        nextBranches.push({ code, last: replacement });
      }
    }
    branches = dedupe(nextBranches).slice(0, MAX_BRANCHES);
    previousChar = rule[0][rule[0].length - 1]!;
    index += rule[0].length;
  }
  return [...new Set(branches.map((b) => b.code.padEnd(CODE_LENGTH, "0")))].sort();
}

function dedupe(branches: Branch[]): Branch[] {
  const seen = new Set<string>();
  return branches.filter((b) => {
    const key = `${b.code}\u0000${b.last}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
