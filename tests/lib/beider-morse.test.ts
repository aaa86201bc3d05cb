import { describe, expect, it } from "vitest";
import {
  beiderMorse,
  type BeiderMorseOptions,
  beiderMorseTokens,
  guessBeiderMorseLanguages,
} from "../../src/domain/names/beider-morse";
import { parsePhonemeExpression, ruleMap } from "../../src/domain/names/beider-morse/rule";
import { RULE_TABLES } from "../../src/domain/names/beider-morse/rules.generated";
import reference from "./fixtures/beider-morse-commons-codec.json";

/**
 * The test vectors of Apache Commons Codec's Beider–Morse tests (PhoneticEngineTest,
 * PhoneticEngineRegressionTest, LanguageGuessingTest, BeiderMorseEncoderTest), for the name types
 * the archive keeps (generic and Ashkenazi; the Sephardic vectors do not apply), and the
 * encodings Commons Codec 1.15 itself gives for 562 names (fixtures/beider-morse-commons-codec.json).
 */

const ASH: BeiderMorseOptions = { nameType: "ashkenazi" };

describe("Beider–Morse: PhoneticEngineTest", () => {
  it.each<[string, string, BeiderMorseOptions]>([
    ["Renault", "rinD|rinDlt|rina|rinalt|rino|rinolt|rinu|rinult", { maxPhonemes: 10 }],
    ["Renault", "rYnDlt|rYnalt|rYnult|rinDlt|rinalt|rinolt|rinult", { ...ASH, maxPhonemes: 10 }],
    ["Renault", "rinDlt", { ...ASH, maxPhonemes: 1 }],
    ["SntJohn-Smith", "sntjonsmit", { ruleType: "exact", maxPhonemes: 10 }],
    ["d'ortley", "(ortlaj|ortlej)-(dortlaj|dortlej)", { ruleType: "exact", maxPhonemes: 10 }],
    [
      "van helsing",
      "(elSink|elsink|helSink|helsink|helzink|xelsink)-(banhelsink|fanhelsink|fanhelzink|vanhelsink|vanhelzink|vanjelsink)",
      { ruleType: "exact", concat: false, maxPhonemes: 10 },
    ],
    ["Judenburg", "iudnbYrk|iudnbirk|iudnburk|xudnbirk|xudnburk|zudnbirk|zudnburk", { maxPhonemes: 10 }],
    ["Judenburg", "iudnbYrk|iudnbirk|iudnburk|xudnbirk|xudnburk|zudnbirk|zudnburk", { maxPhonemes: Number.MAX_SAFE_INTEGER }],
    // Commons Codec's "invalid data": prefixes and words alone.
    ["bar", "bar|bor|var|vor", { ...ASH, concat: false, maxPhonemes: 10 }],
    ["da", "da|di", { ruleType: "exact", concat: false, maxPhonemes: 10 }],
  ])("%s encodes as %s (%o)", (name, expected, options) => {
    const encoded = beiderMorse(name, options);
    expect(encoded).toBe(expected);
    for (const word of encoded.split("-")) expect(word.split("|").length).toBeLessThanOrEqual(options.maxPhonemes ?? 20);
  });
});

describe("Beider–Morse: PhoneticEngineRegressionTest (as Solr and Lucene call it)", () => {
  it("agrees with the original version (CODEC-187, Stephen Morse's site)", () => {
    expect(beiderMorse("abram")).toBe("Ybram|Ybrom|abram|abran|abrom|abron|avram|avrom|obram|obran|obrom|obron|ovram|ovrom");
    expect(beiderMorse("Bendzin")).toBe("bndzn|bntsn|bnzn|vndzn|vntsn");
    expect(beiderMorse("abram", ASH)).toBe("Ybram|Ybrom|abram|abrom|avram|avrom|imbram|imbrom|obram|obrom|ombram|ombrom|ovram|ovrom");
    expect(beiderMorse("Halpern", ASH)).toBe("YlpYrn|Ylpirn|alpYrn|alpirn|olpYrn|olpirn|xalpirn|xolpirn");
  });

  const italianGreekSpanish = ["italian", "greek", "spanish"];
  for (const concat of [true, false]) {
    it(`Ashkenazi names, concat ${concat}`, () => {
      const approx = "YngYlo|Yngilo|angYlo|angilo|anilo|anxilo|anzilo|ongYlo|ongilo|onilo|onxilo|onzilo";
      expect(beiderMorse("Angelo", { ...ASH, concat })).toBe(approx);
      expect(beiderMorse("Angelo", { ...ASH, concat, ruleType: "exact" })).toBe("andZelo|angelo|anhelo|anxelo");
      expect(beiderMorse("D'Angelo", { ...ASH, concat, ruleType: "exact" })).toBe("dandZelo|dangelo|danhelo|danxelo");
      expect(beiderMorse("Angelo", { ...ASH, concat, ruleType: "exact", languages: italianGreekSpanish })).toBe("angelo|anxelo");
      expect(beiderMorse("1234", { ...ASH, concat, ruleType: "exact", languages: italianGreekSpanish })).toBe("");
      expect(beiderMorse("Angelo", { ...ASH, concat, ruleType: "approx" })).toBe(approx);
      expect(beiderMorse("D'Angelo", { ...ASH, concat, ruleType: "approx" })).toBe(
        "dYngYlo|dYngilo|dangYlo|dangilo|danilo|danxilo|danzilo|dongYlo|dongilo|donilo|donxilo|donzilo",
      );
      expect(beiderMorse("Angelo", { ...ASH, concat, languages: italianGreekSpanish })).toBe("angilo|anxilo|ongilo|onxilo");
      expect(beiderMorse("1234", { ...ASH, concat, languages: italianGreekSpanish })).toBe("");
    });

    it(`generic names, concat ${concat}`, () => {
      const approx = "YngYlo|Yngilo|agilo|angYlo|angilo|aniilo|anilo|anxilo|anzilo|ogilo|ongYlo|ongilo|oniilo|onilo|onxilo|onzilo";
      const exact = "anZelo|andZelo|angelo|anhelo|anjelo|anxelo";
      expect(beiderMorse("Angelo", { concat })).toBe(approx);
      expect(beiderMorse("Angelo", { concat, ruleType: "exact" })).toBe(exact);
      expect(beiderMorse("D'Angelo", { concat, ruleType: "exact" })).toBe(
        "(anZelo|andZelo|angelo|anhelo|anjelo|anxelo)-(danZelo|dandZelo|dangelo|danhelo|danjelo|danxelo)",
      );
      expect(beiderMorse("Angelo", { concat, ruleType: "exact", languages: italianGreekSpanish })).toBe("andZelo|angelo|anxelo");
      expect(beiderMorse("1234", { concat, ruleType: "exact", languages: italianGreekSpanish })).toBe("");
      expect(beiderMorse("Angelo", { concat, ruleType: "approx" })).toBe(approx);
      expect(beiderMorse("D'Angelo", { concat, ruleType: "approx" })).toBe(
        `(${approx})-(dYngYlo|dYngilo|dagilo|dangYlo|dangilo|daniilo|danilo|danxilo|danzilo|dogilo|dongYlo|dongilo|doniilo|donilo|donxilo|donzilo)`,
      );
      expect(beiderMorse("Angelo", { concat, languages: italianGreekSpanish })).toBe("angilo|anxilo|anzilo|ongilo|onxilo|onzilo");
      expect(beiderMorse("1234", { concat, languages: italianGreekSpanish })).toBe("");
    });
  }
});

describe("Beider–Morse: LanguageGuessingTest", () => {
  it.each([
    ["Renault", "french"], ["Mickiewicz", "polish"], ["Thompson", "english"], ["Nuñez", "spanish"],
    ["Carvalho", "portuguese"], ["Čapek", "czech"], ["Sjneijder", "dutch"], ["Klausewitz", "german"],
    ["Küçük", "turkish"], ["Giacometti", "italian"], ["Nagy", "hungarian"], ["Ceauşescu", "romanian"],
    ["Angelopoulos", "greeklatin"], ["Αγγελόπουλος", "greek"], ["Пушкин", "cyrillic"], ["כהן", "hebrew"],
    ["ácz", "any"], ["átz", "any"],
  ])("guesses that %s may be %s", (name, language) => {
    const guess = guessBeiderMorseLanguages(name);
    expect(guess.anyLanguage || guess.languages.includes(language)).toBe(true);
  });

  it("says when a spelling gives no hint, and keeps Commons Codec's reading of its tables", () => {
    expect(guessBeiderMorseLanguages("Klausewitz")).toEqual({ anyLanguage: false, languages: ["german"] });
    // ash_lang.txt lists "^vogel" for a language "german," that does not exist: nothing is left.
    expect(guessBeiderMorseLanguages("Vogelsang", "ashkenazi")).toEqual({ anyLanguage: true, languages: [] });
  });
});

describe("Beider–Morse: BeiderMorseEncoderTest", () => {
  it("encodes every single character without failing", () => {
    let encoded = 0;
    for (let code = 0; code < 0xffff; code++) {
      beiderMorse(String.fromCharCode(code));
      encoded++;
    }
    expect(encoded).toBe(0xffff);
  });

  it("gives every letter and every pair of letters an encoding, in either case", () => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    for (const a of letters) {
      expect(beiderMorse(a)).not.toBe("");
      expect(beiderMorse(a.toUpperCase())).not.toBe("");
      for (const b of letters) {
        expect(beiderMorse(a + b)).not.toBe("");
        expect(beiderMorse((a + b).toUpperCase())).not.toBe("");
      }
    }
  });

  it("encodes Hungarian -cz/-tz endings and Commons Codec's problem names", () => {
    for (const name of ["ácz", "átz", "Ignácz", "Ignátz", "Ignác"]) expect(beiderMorse(name)).not.toBe("");
    expect(beiderMorse("gna")).not.toBe("");
    expect(beiderMorse("MacGhilleseatheanaich")).not.toBe("");
  });

  it("reads any number of repeated d' once (testDQuoteRepeatLarge)", () => {
    const source = `${"d'".repeat(20_000)}aaa`;
    expect(beiderMorse(source, { maxInputLength: source.length })).toBe("(D|a|i|o)-(dD|da|di|do)");
  });

  it("stays within maxPhonemes on hostile input (testOOM)", () => {
    const phrase =
      "200697900'-->&#1913348150;</  bceaeef >aadaabcf\"aedfbff<!--'-->?>cae" +
      "cfaaa><?&#<!--</script>&lang&fc;aadeaf?>>&bdquo<    cc =\"abff\"    /></   afe  >" +
      "<script><!-- f(';<    cf aefbeef = \"bfabadcf\" ebbfeedd = fccabeb >";
    const encoded = beiderMorse(phrase, { ruleType: "exact", maxPhonemes: 10 });
    expect(encoded).not.toBe("");
    expect(encoded.split("|").length).toBeLessThanOrEqual(10);
  });

  it("encodes every prefix of long phrases (the speed checks)", () => {
    for (const phrase of ["ItstheendoftheworldasweknowitandIfeelfine", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"]) {
      for (let i = 1; i <= phrase.length; i++) expect(typeof beiderMorse(phrase.slice(0, i))).toBe("string");
    }
    const chars = "abcdefghou";
    let text = chars[0]!;
    for (let i = 0, j = 1; i < 40; i++, j = (j + 1) % chars.length) {
      expect(typeof beiderMorse(text)).toBe("string");
      text += chars[j];
    }
  });

  it("refuses input longer than maxInputLength, unknown languages and rule tables", () => {
    expect(() => beiderMorse("a".repeat(667))).toThrow(RangeError);
    expect(beiderMorse("a".repeat(666))).not.toBe("");
    expect(() => beiderMorse("Angelo", { languages: ["noSuchLanguage"] })).toThrow(RangeError);
    expect(() => ruleMap("gen_approx_noSuchLanguage")).toThrow(RangeError);
  });
});

describe("Beider–Morse: RuleTest", () => {
  it("adds the empty alternative of a trailing | once (CODEC-331)", () => {
    expect(parsePhonemeExpression("()")).toHaveLength(1);
    expect(parsePhonemeExpression("(())")).toHaveLength(1);
    expect(parsePhonemeExpression("(()|)")).toHaveLength(2);
    expect(parsePhonemeExpression("(|())")).toHaveLength(2);
    expect(parsePhonemeExpression("(|()|)")).toHaveLength(3);
    expect(parsePhonemeExpression("(t|[french])").map((p) => p.text)).toEqual(["t", ""]);
  });

  it("orders the alternatives of an encoding as Phoneme.COMPARATOR does", () => {
    for (const words of [
      ["rinD", "rinDlt", "rina", "rinalt", "rino", "rinolt", "rinu", "rinult"],
      ["dortlaj", "dortlej", "ortlaj", "ortlej", "ortlej-dortlaj"],
    ]) {
      expect([...words].reverse().sort()).toEqual(words);
    }
    expect(beiderMorse("Renault").split("|")).toEqual(["rinD", "rinDlt", "rina", "rinalt", "rino", "rinolt", "rinu", "rinult"]);
  });
});

describe("Beider–Morse: the vendored tables", () => {
  it("compile, every one of them (a few final tables are empty, as in Commons Codec)", () => {
    let rules = 0;
    for (const table of Object.keys(RULE_TABLES)) for (const list of ruleMap(table).values()) rules += list.length;
    expect(Object.keys(RULE_TABLES)).toHaveLength(96);
    expect(rules).toBeGreaterThan(3000);
  });

  it("give the encodings Commons Codec 1.15 gives", () => {
    const configurations: BeiderMorseOptions[] = [
      { nameType: "generic", ruleType: "approx" },
      { nameType: "generic", ruleType: "exact" },
      { nameType: "ashkenazi", ruleType: "approx" },
      { nameType: "ashkenazi", ruleType: "exact" },
    ];
    expect(reference.encodings.length).toBeGreaterThan(500);
    const mismatches: string[] = [];
    for (const [name, ...expected] of reference.encodings) {
      configurations.forEach((options, index) => {
        const actual = beiderMorse(name!, options);
        if (actual !== expected[index]) mismatches.push(`${name} ${JSON.stringify(options)}: ${actual} ≠ ${expected[index]}`);
      });
    }
    expect(mismatches).toEqual([]);
  });
});

describe("Beider–Morse tokens", () => {
  it("are every alternative of every word, without the empty one", () => {
    expect(beiderMorseTokens("(ortlaj|ortlej)-(dortlaj|dortlej)")).toEqual(["ortlaj", "ortlej", "dortlaj", "dortlej"]);
    expect(beiderMorseTokens("|al")).toEqual(["al"]);
    expect(beiderMorseTokens("")).toEqual([]);
  });
});
