import type { CitationRecord } from "../citation-formats";
import { citationRecord, type CitationInput } from "../citation-record";
import type { EntryHistory } from "../../memorials/memorial-page.queries";

const slashDate = (at: number) => new Date(at).toISOString().slice(0, 10).replaceAll("-", "/");

/**
 * Highwire Press `citation_*` tags, which Zotero and Google Scholar read from the page: the same
 * authors, version and permanent link as the citation on it.
 */
export function CitationMeta({ record }: { record: CitationRecord }) {
  return (
    <>
      <meta name="citation_title" content={record.title} />
      {[...record.authors, ...(record.collective ? [record.collective] : [])].map((author) => (
        <meta name="citation_author" content={author} />
      ))}
      <meta name="citation_publication_date" content={slashDate(record.published)} />
      <meta name="citation_online_date" content={slashDate(record.published)} />
      <meta name="citation_publisher" content={record.archive} />
      <meta name="citation_public_url" content={record.url} />
      <meta name="citation_language" content={record.language} />
    </>
  );
}

/** The tags for a memorial's page, citing its current version; none for a memorial without one. */
export function currentCitationMeta(input: Omit<CitationInput, "authors" | "version"> & { history: EntryHistory }) {
  const { history, ...rest } = input;
  const version = history.versions[history.versions.length - 1];
  const authors = version ? history.authorsAt[version.number - 1] : undefined;
  return version && authors ? <CitationMeta record={citationRecord({ ...rest, authors, version })} /> : null;
}
