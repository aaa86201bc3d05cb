/** The OAI-PMH response envelope (protocol §3.2) and record headers. */
import { isoDateTime, xmlEscape } from "../feeds/xml";

export const OAI_DC = {
  prefix: "oai_dc",
  schema: "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
  namespace: "http://www.openarchives.org/OAI/2.0/oai_dc/",
} as const;

/**
 * The whole response. `requestArgs` is null for badVerb/badArgument, whose <request> element
 * must carry no attributes.
 */
export function envelope(baseUrl: string, requestArgs: Record<string, string> | null, body: string, now = Date.now()): string {
  const attributes = requestArgs
    ? Object.entries(requestArgs)
        .map(([k, v]) => ` ${k}="${xmlEscape(v)}"`)
        .join("")
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
    `xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">` +
    `<responseDate>${isoDateTime(now)}</responseDate>` +
    `<request${attributes}>${xmlEscape(baseUrl)}</request>` +
    body +
    `</OAI-PMH>\n`
  );
}

export function errorXml(code: string, message: string): string {
  return `<error code="${code}">${xmlEscape(message)}</error>`;
}

export function headerXml(identifier: string, changedAt: number, deleted: boolean, sets: string[] = []): string {
  return (
    `<header${deleted ? ' status="deleted"' : ""}><identifier>${xmlEscape(identifier)}</identifier>` +
    `<datestamp>${isoDateTime(changedAt)}</datestamp>` +
    sets.map((spec) => `<setSpec>${xmlEscape(spec)}</setSpec>`).join("") +
    `</header>`
  );
}
