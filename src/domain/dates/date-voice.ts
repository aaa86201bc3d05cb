import type { Source } from "../person-document";

/**
 * Whose words a date's wording is: the family's (a family account, or only family memory cited),
 * a source's (a document or publication cited), or, with nothing to say whose, simply the words
 * given. A family typing "about 1895" is not "the source".
 */
export type DateVoice = "family" | "source" | "given";

/** @example voiceOf({ certainty: "family_account", sources: [] }, doc.sources) // "family" */
export function voiceOf(
  item: { certainty?: string; sources?: string[] },
  sources: ReadonlyArray<Pick<Source, "id" | "kind">>,
): DateVoice {
  if (item.certainty === "family_account") return "family";
  const cited = (item.sources ?? []).map((id) => sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  if (cited.length === 0) return "given";
  return cited.every((s) => s.kind === "oral_family") ? "family" : "source";
}
