/** schema.org/Person for a memorial page, so search engines and catalogues read it correctly. */
import { DEATH_EVENT_TYPES, firstEvent, primaryName, type PersonDocument } from "../lib/person-document";
import type { MemorialRow } from "./memorials.queries";

const EXTERNAL_URLS: Record<string, (value: string) => string> = {
  wikidata: (v) => `https://www.wikidata.org/wiki/${encodeURIComponent(v)}`,
  gnd: (v) => `https://d-nb.info/gnd/${encodeURIComponent(v)}`,
  viaf: (v) => `https://viaf.org/viaf/${encodeURIComponent(v)}`,
  yad_vashem: (v) => `https://collections.yadvashem.org/en/names/${encodeURIComponent(v)}`,
  arolsen: (v) => `https://collections.arolsen-archives.org/en/document/${encodeURIComponent(v)}`,
};

/** The web address of an external id, when its scheme has one. */
export function externalUrl(scheme: string, value: string, url?: string): string | undefined {
  return url ?? EXTERNAL_URLS[scheme]?.(value);
}

/** schema.org dates must be ISO 8601; anything less certain than a plain date is left out. */
function isoDate(edtf: string | undefined): string | undefined {
  return edtf && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(edtf) ? edtf : undefined;
}

export function personJsonLd(memorial: MemorialRow, doc: PersonDocument, url: string) {
  const name = primaryName(doc);
  const birth = firstEvent(doc, ["birth"]);
  const death = firstEvent(doc, DEATH_EVENT_TYPES);
  const sameAs = doc.external_ids.map((x) => externalUrl(x.scheme, x.value, x.url)).filter(Boolean);
  const place = (p: { name: string; modern_name?: string } | undefined) =>
    p ? { "@type": "Place", name: p.modern_name ? `${p.name} (${p.modern_name})` : p.name } : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": url,
    url,
    name: name.display,
    givenName: name.given,
    familyName: name.family,
    alternateName: doc.names.filter((n) => !n.primary).map((n) => n.display),
    gender: doc.sex === "female" ? "Female" : doc.sex === "male" ? "Male" : undefined,
    birthDate: isoDate(birth?.date?.edtf),
    birthPlace: place(birth?.place),
    deathDate: isoDate(death?.date?.edtf),
    deathPlace: place(death?.place),
    description: memorial.summary || undefined,
    sameAs: sameAs.length ? sameAs : undefined,
  };
}
