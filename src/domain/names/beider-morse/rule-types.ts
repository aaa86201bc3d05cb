/** The shapes of the generated rule tables (rules.generated.ts). */

/** pattern, left context, right context, phoneme expression — as written in Commons Codec's tables. */
export type RuleLine = readonly [pattern: string, left: string, right: string, phoneme: string];

/** A table in order: runs of its own rules, and the name of a table it includes at that point. */
export type RuleTable = ReadonlyArray<string | readonly RuleLine[]>;

/** A language-guessing line: regular expression, languages joined by "+", accept (or reject) on a match. */
export type LanguageGuessLine = readonly [pattern: string, languages: string, accept: boolean];
