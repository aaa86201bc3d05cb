/** A published memorial as Dublin Core (oai_dc): simple, repeatable elements, no markup. */
import { xmlEscape } from "../feeds/xml";
import { primaryName } from "../../domain/person-document";
import { externalUrl } from "../../archive/memorials/json-ld";
import type { PublishedMemorial } from "../exports/export.queries";
import { DATA_LICENCE } from "../../domain/licence";
import { memorialUrl } from "../../platform/http/site-url";
import { versionUrl } from "../../archive/versions/version-links";

const el = (name: string, value: string | undefined, lang?: string) =>
  value ? `<dc:${name}${lang ? ` xml:lang="${xmlEscape(lang)}"` : ""}>${xmlEscape(value)}</dc:${name}>` : "";

function lifespan(row: PublishedMemorial): string | undefined {
  const { birthEdtf, deathEdtf } = row.memorial;
  if (!birthEdtf && !deathEdtf) return undefined;
  return `${birthEdtf ?? ".."}/${deathEdtf ?? ".."}`;
}

export function oaiDc(row: PublishedMemorial, origin: string): string {
  const doc = row.document;
  const name = primaryName(doc);
  const url = memorialUrl(origin, row.memorial.slug);
  const places = [...new Set(doc.events.flatMap((e) => (e.place ? [e.place.modern_name ? `${e.place.name} (${e.place.modern_name})` : e.place.name] : [])))];
  const parts = [
    el("title", name.display, name.lang),
    ...doc.names.filter((n) => !n.primary).map((n) => el("title", n.display, n.lang)),
    el("creator", "Zeugnis contributors"),
    el("publisher", "Zeugnis"),
    ...doc.events.length ? [el("subject", "Victims of political persecution")] : [],
    ...(doc.persecuted_by ?? []).map((p) => el("subject", `persecuted by: ${p}`)),
    ...(doc.nationalities ?? []).map((n) => el("subject", n)),
    ...(doc.organisations ?? []).map((o) => el("subject", o)),
    el("description", row.memorial.summary || undefined, row.memorial.summaryLang ?? undefined),
    el("date", new Date(row.changedAt).toISOString().slice(0, 10)),
    el("type", "Text"),
    el("format", "text/html"),
    el("identifier", url),
    el("identifier", row.memorial.id),
    // The permanent address of the version this record describes (docs/versions.md).
    el("identifier", versionUrl(origin, row.memorial.id, row.version)),
    ...Object.keys(doc.biography ?? {}).map((lang) => el("language", lang)),
    ...doc.sources.map((s) => el("source", s.citation)),
    ...doc.relations.map((r) => el("relation", r.memorial_id ? memorialUrl(origin, r.memorial_id) : undefined)),
    ...doc.external_ids.map((x) => el("relation", externalUrl(x.scheme, x.value, x.url))),
    el("coverage", lifespan(row)),
    ...places.map((p) => el("coverage", p)),
    el("rights", DATA_LICENCE.url),
  ];
  return (
    `<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">` +
    parts.join("") +
    `</oai_dc:dc>`
  );
}
