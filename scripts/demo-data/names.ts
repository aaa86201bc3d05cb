/**
 * Seed names → person-document names, and the URL slug.
 *
 * The seed primary form becomes the one primary name. Variants that a visitor might search for
 * (pseudonyms, party names, real names, other spellings) become names of their own. Mere
 * fragments of the primary form ("surname only", "initialed form", "given name only") are not
 * repeated, but their sources are added to the primary name, so no attestation is lost.
 */
import type { PersonName } from "../../src/domain/person-document";
import type { SeedPerson } from "./seed-types";
import { expandFileMentions, sourceId } from "./sources";

interface VariantRule {
  kind: PersonName["kind"];
  /** How the variant splits: a lone given name, "Given Family", or not at all. */
  parts: "given" | "given-family" | "none";
  note?: string;
}

/** Fragments of the primary form: their sources move to the primary name. */
const FRAGMENT_KINDS = new Set([
  "primary form",
  "primary form (pseudonym)",
  "surname only",
  "surname only (double surname)",
  "initialed form",
  "given name only",
  "hyphenated name",
  "title + surname",
]);

/** Keyed by the seed's variant kind; a kind missing here stops the converter. */
const VARIANT_RULES: Record<string, VariantRule> = {
  "spelling variant (given name only)": {
    kind: "spelling_variant",
    parts: "given",
    note: "Another spelling of the given name, used in one text.",
  },
  "alias (party codename used for publishing)": {
    kind: "party_name",
    parts: "given-family",
    // The text leaves open whether "a Hungarian Jew named Bloch" (Buber-Neumann's memoir) was the
    // same man: both were in Lublin in 1940. A possible identity, never a denial.
    note: "Party codename under which he worked on Communist Party publications. The same text mentions, separately, “a Hungarian Jew named Bloch” among the prisoners at the Bug bridge; both were in Lublin in 1940, and the text leaves open whether they were the same person.",
  },
  pseudonym: { kind: "pseudonym", parts: "none" },
  "pseudonym (taken in Moscow)": {
    kind: "pseudonym",
    parts: "given-family",
    note: "Pseudonym taken in Moscow; his NKVD file is kept under this name.",
  },
  "real name": {
    kind: "birth",
    parts: "given-family",
    note: "His real name; Walter Held was the name he used.",
  },
  "nickname (short form, in a 1920 British intelligence report)": {
    kind: "alias",
    parts: "none",
    note: "Short form used in a 1920 British intelligence report.",
  },
};

/** Seed primary kinds that say what the primary form is. */
const PRIMARY_KINDS: Record<string, PersonName["kind"]> = {
  "primary form (pseudonym)": "pseudonym",
};

const refs = (files: string[]): string[] => [...new Set(files.map(sourceId))].sort();

/** Names for one person; the primary first. */
export function buildNames(person: SeedPerson): PersonName[] {
  const { primary, given, family, variants } = person.names;
  const primarySources: string[] = [];
  let primaryKind: PersonName["kind"] = "other";
  const others: PersonName[] = [];

  for (const variant of variants) {
    if (FRAGMENT_KINDS.has(variant.kind)) {
      primarySources.push(...variant.sources);
      primaryKind = PRIMARY_KINDS[variant.kind] ?? primaryKind;
      continue;
    }
    const rule = VARIANT_RULES[variant.kind];
    if (!rule) throw new Error(`${person.id}: no rule for name kind "${variant.kind}"`);
    const [head, ...rest] = variant.name.split(" ");
    const parts =
      rule.parts === "given"
        ? { given: variant.name }
        : rule.parts === "given-family" && rest.length > 0
          ? { given: head!, family: rest.join(" ") }
          : {};
    const seedNote = variant.note ? `The text: ${expandFileMentions(variant.note)}.` : undefined;
    const note = [rule.note, seedNote].filter(Boolean).join(" ");
    others.push({
      kind: rule.kind,
      display: variant.name,
      ...parts,
      script: "Latn",
      ...(note ? { note } : {}),
      sources: refs(variant.sources),
    });
  }
  if (primarySources.length === 0) {
    throw new Error(`${person.id}: no source attests the primary name`);
  }
  const first: PersonName = {
    primary: true,
    kind: primaryKind,
    display: primary,
    ...(given ? { given } : {}),
    ...(family ? { family } : {}),
    script: "Latn",
    ...(primaryNote(primary, given, family) ? { note: primaryNote(primary, given, family) } : {}),
    sources: refs(primarySources),
  };
  return [first, ...others];
}

/** Says what the texts leave out, so nobody mistakes a surname for a full name. */
function primaryNote(display: string, given: string | null, family: string | null): string | undefined {
  if (!given && !family) return "The texts do not say which part is the family name.";
  if (!given && /^\p{Lu}\. /u.test(display)) return "The texts give only an initial and the family name.";
  if (!given) return "The texts give only the family name.";
  if (!family) return "The texts give only the given name.";
  return undefined;
}

const FOLDS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** @example slugify("Heinrich Süsskind") === "heinrich-suesskind"; slugify("P. Miletić") === "p-miletic" */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => FOLDS[c]!)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
