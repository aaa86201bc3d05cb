/**
 * Which languages a spelling may come from (Commons Codec's Lang): every language to begin with;
 * each matching line of the table either keeps only its languages or removes them. When nothing
 * is left the answer is "any language".
 */
import type { NameType } from "./engine";
import { ANY_LANGUAGE, type LanguageSet, languageSetOf, NO_LANGUAGES } from "./languages";
import { javaRegExp } from "./rule";
import { LANGUAGE_GUESSES, LANGUAGES } from "./rules.generated";

interface Guess {
  pattern: RegExp;
  languages: LanguageSet;
  accept: boolean;
}

const compiled = new Map<NameType, { all: LanguageSet; guesses: Guess[] }>();

function guessesFor(nameType: NameType) {
  const cached = compiled.get(nameType);
  if (cached) return cached;
  const table = nameType === "generic" ? "gen" : "ash";
  const entry = {
    all: languageSetOf(LANGUAGES[table]),
    guesses: LANGUAGE_GUESSES[table].map(([pattern, languages, accept]) => ({
      pattern: javaRegExp(pattern),
      languages: languageSetOf(languages.split("+")),
      accept,
    })),
  };
  compiled.set(nameType, entry);
  return entry;
}

export function guessLanguages(name: string, nameType: NameType): LanguageSet {
  const { all, guesses } = guessesFor(nameType);
  const text = name.toLowerCase();
  let languages = all;
  for (const guess of guesses) {
    if (!guess.pattern.test(text)) continue;
    languages = guess.accept ? languages & guess.languages : languages & ~guess.languages;
  }
  return languages === NO_LANGUAGES ? ANY_LANGUAGE : languages;
}
