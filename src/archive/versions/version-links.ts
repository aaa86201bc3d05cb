/** The addresses of versions, their history and their citations: one place, because citations keep them for good. */
import { memorialUrl } from "../../platform/http/site-url";

export const CITATION_FORMATS = {
  bibtex: { file: "bib", mime: "application/x-bibtex; charset=utf-8", label: "BibTeX" },
  ris: { file: "ris", mime: "application/x-research-info-systems; charset=utf-8", label: "RIS" },
  "csl-json": { file: "json", mime: "application/vnd.citationstyles.csl+json; charset=utf-8", label: "CSL-JSON" },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

const key = (id: string) => encodeURIComponent(id);

/** `/memorials/{slug}/history` */
export const historyPath = (slug: string) => `/memorials/${key(slug)}/history`;

/** `/memorials/{id}/v/{n}` */
export const versionPath = (memorialId: string, n: number) => `/memorials/${key(memorialId)}/v/${n}`;

/** The permanent address of version `n`, e.g. https://zeugnis.example/memorials/mem_…/v/3. */
export const versionUrl = (origin: string, memorialId: string, n: number) => memorialUrl(origin, `${key(memorialId)}/v/${n}`);

/** `/memorials/{id}/v/{n}/cite.bib` and its siblings. */
export const citationPath = (memorialId: string, n: number, format: CitationFormat) =>
  `${versionPath(memorialId, n)}/cite.${CITATION_FORMATS[format].file}`;

export function citationDownloads(memorialId: string, n: number) {
  return (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({
    label: CITATION_FORMATS[format].label,
    href: citationPath(memorialId, n, format),
  }));
}

/** `/memorials/{key}/compare?from=&to=` */
export const comparePath = (memorialId: string, from: number, to: number) => `/memorials/${key(memorialId)}/compare?from=${from}&to=${to}`;
