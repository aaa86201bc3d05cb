/**
 * The five seed texts as person-document sources. Ids are short and stable: `f0` … `f4` for
 * files 000 … 004. Author, title and publication come from `meta.seed_files`; the converter
 * checks that each author and title still appears there, so a changed seed cannot drift silently.
 */
import type { Source } from "../../src/domain/person-document";
import type { SeedCitation } from "./seed-types";

interface SeedText {
  kind: Source["kind"];
  author?: string;
  title: string;
  year?: string;
  lang: string;
  citation: string;
  /** Short form used at the end of biographies: "(Sources: de Jong 2021; Rogovin.)" */
  short: string;
  /** The same for German biographies, where it differs. */
  shortDe?: string;
  note?: string;
}

const SEED_TEXTS: Record<string, SeedText> = {
  "000": {
    // Jacobin is a magazine: what it says is journalism, not an archival finding.
    kind: "press",
    author: "Alex de Jong",
    title: "Stalin Handed Hundreds of German and Austrian Communists Over to Hitler",
    year: "2021",
    lang: "en",
    citation:
      "Alex de Jong, “Stalin Handed Hundreds of German and Austrian Communists Over to Hitler”, " +
      "Jacobin, 2021; also published by ESSF (Europe Solidaire Sans Frontières), 2021. In English.",
    short: "de Jong 2021",
  },
  "001": {
    kind: "article",
    title: "Gestapo and NKVD: A History of Chekist-Nazi Cooperation",
    lang: "en",
    citation:
      "“Gestapo and NKVD: A History of Chekist-Nazi Cooperation”, article including an interview with " +
      "the historian Wilhelm Mensing. In English.",
    // Not "Mensing interview": the article tells some stories in other voices (Max Zucker's is
    // credited to Dmitry Volcek), so the short form names the article only.
    short: "“Gestapo and NKVD”",
    shortDe: "„Gestapo and NKVD“",
    note: "The copy the archive holds names no author, outlet or date of publication.",
  },
  "002": {
    // A lecture published on a party's website.
    kind: "press",
    author: "Katja Rippert",
    title: "The Stalinist terror in the Communist International and its impact",
    year: "2025",
    lang: "en",
    citation:
      "Katja Rippert, “The Stalinist terror in the Communist International and its impact”, " +
      "lecture at the 2025 Summer School, published by the World Socialist Web Site (WSWS), 2025. In English.",
    short: "Rippert 2025",
  },
  "003": {
    kind: "book",
    author: "Vadim Rogovin",
    title: "Terror against Foreign Communists",
    lang: "en",
    citation:
      "Vadim Rogovin, “Terror against Foreign Communists”, chapter in Stalin's Terror of 1937–1938. " +
      "English edition.",
    short: "Rogovin",
  },
  "004": {
    kind: "article",
    author: "Bernhard H. Bayerlein",
    title: "Das geheime Winogradow-Treffen. Die Sowjetunion und die Machtübernahme Hitlers",
    lang: "de",
    citation:
      "Bernhard H. Bayerlein, „Das geheime Winogradow-Treffen. Die Sowjetunion und die " +
      "Machtübernahme Hitlers“. In German.",
    short: "Bayerlein",
    note: "Read as text extracted from a PDF.",
  },
};

/** "001_d450419428de0a45.txt" → "001" */
const fileNumber = (file: string): string => {
  const match = /^(\d{3})_[0-9a-f]+\.txt$/.exec(file);
  if (!match) throw new Error(`Unexpected seed file name: ${file}`);
  return match[1]!;
};

/** "001_d450419428de0a45.txt" → "f1" */
export const sourceId = (file: string): string => `f${Number(fileNumber(file))}`;

const seedText = (file: string): SeedText => {
  const text = SEED_TEXTS[fileNumber(file)];
  if (!text) throw new Error(`No citation is defined for seed file ${file}`);
  return text;
};

export const shortCitation = (file: string, lang: "en" | "de" = "en"): string => {
  const text = seedText(file);
  return lang === "de" ? (text.shortDe ?? text.short) : text.short;
};

/** Fails when meta.seed_files no longer names the author and title the citations use. */
export function checkSeedFiles(seedFiles: Record<string, string>): void {
  for (const [file, description] of Object.entries(seedFiles)) {
    const text = seedText(file);
    for (const part of [text.author, text.title]) {
      if (part && !description.includes(part)) {
        throw new Error(`meta.seed_files["${file}"] no longer mentions "${part}": update sources.ts`);
      }
    }
  }
}

/** Seed shorthand "F2" in a note → "Rippert 2025". */
export function expandFileMentions(text: string, ownFile?: string): string {
  const own = ownFile ? fileNumber(ownFile) : undefined;
  return text.replace(/\bF([0-4])\b/g, (_, n: string) =>
    `00${n}` === own ? "this text" : SEED_TEXTS[`00${n}`]!.short,
  );
}

const CITATION_LABELS: Record<string, string> = {
  literature: "cites",
  web: "cites",
  website: "cites the website",
  archival: "cites the archive file",
  "photo credit": "gives the photo credit",
};

/**
 * Seed "attribution" citations: the text credits a person's story to someone other than its
 * author. The credit goes into the source's note and into the biography's short citation; an
 * attribution missing here stops the converter.
 */
const ATTRIBUTIONS: Record<string, { note: string; short: Record<"en" | "de", string> }> = {
  "Quoted via Dmitry Volcek, editor-in-chief (outlet name missing in the text)": {
    note: "The text credits this story to Dmitry Volcek, editor-in-chief; his outlet is not named.",
    short: { en: "as told there by Dmitry Volcek", de: "dort nach Dmitry Volcek" },
  },
};

function attributionOf(citation: SeedCitation) {
  const attribution = ATTRIBUTIONS[citation.citation];
  if (!attribution) throw new Error(`No wording for the attribution "${citation.citation}" in sources.ts`);
  return attribution;
}

/**
 * The short form at the end of a biography; a story the text credits to someone else says so:
 * "“Gestapo and NKVD”, as told there by Dmitry Volcek".
 */
export function biographyCitation(file: string, citations: SeedCitation[], lang: "en" | "de"): string {
  const credits = citations
    .filter((c) => c.cited_in === file && c.kind === "attribution")
    .map((c) => attributionOf(c).short[lang]);
  return [shortCitation(file, lang), ...credits].join(", ");
}

/**
 * One source per seed text the person cites. Works that text cites for this person (memoirs,
 * archive files, photo credits) go into the note: the archive knows them only at second hand.
 * `personNote` says what the text holds where it does not hold a fact as first read
 * (corrections.ts).
 */
export function buildSource(file: string, citations: SeedCitation[], personNote?: string): Source {
  const text = seedText(file);
  const byLabel = new Map<string, string[]>();
  const credits: string[] = [];
  for (const c of citations.filter((c) => c.cited_in === file)) {
    if (c.kind === "attribution") {
      credits.push(attributionOf(c).note);
      continue;
    }
    const label = CITATION_LABELS[c.kind];
    if (!label) throw new Error(`Unknown citation kind "${c.kind}" in ${file}`);
    byLabel.set(label, [...(byLabel.get(label) ?? []), expandFileMentions(c.citation, file)]);
  }
  const cited = [...byLabel].map(
    ([label, items], i) => `${i === 0 ? "For this person the text" : "It also"} ${label}: ${items.join("; ")}.`,
  );
  const notes = [text.note, ...cited, ...credits, personNote].filter((n): n is string => n !== undefined);
  return {
    id: sourceId(file),
    kind: text.kind,
    citation: text.citation,
    title: text.title,
    ...(text.author ? { author: text.author } : {}),
    ...(text.year ? { year: text.year } : {}),
    lang: text.lang,
    ...(notes.length ? { note: notes.join(" ") } : {}),
  };
}
