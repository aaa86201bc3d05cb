/** The facts every form of a version's citation is made of: the plain text, the downloads, the meta tags. */
import { primaryName, type PersonDocument } from "../../domain/person-document";
import type { Locale, Translate } from "../../platform/i18n";
import type { CitationRecord } from "./citation-formats";
import { authorship, type Authorship } from "./credit";
import { versionUrl } from "./version-links";
import type { VersionRow } from "./versions.queries";

export interface CitationInput {
  memorialId: string;
  document: PersonDocument;
  /** Who is credited for the text as it stood at this version (credit.ts). */
  authors: Authorship;
  version: { number: number; publishedAt: number };
  origin: string;
  accessed: Date;
  t: Translate;
  locale: Locale;
}

/** Version `number` of these versions, credited by the rule. */
export const versionCitationInput = (versions: VersionRow[], number: number) => ({
  authors: authorship(versions, number),
  version: versions[number - 1]!,
});

export function citationRecord(input: CitationInput): CitationRecord {
  const { named, othersUnnamed } = input.authors;
  return {
    memorialId: input.memorialId,
    title: primaryName(input.document).display,
    authors: named,
    collective: named.length === 0 || othersUnnamed ? input.t("memorials:cite.contributors") : null,
    archive: input.t("memorials:cite.archive"),
    version: input.version.number,
    published: input.version.publishedAt,
    url: versionUrl(input.origin, input.memorialId, input.version.number),
    accessed: input.accessed,
    language: input.locale,
  };
}
