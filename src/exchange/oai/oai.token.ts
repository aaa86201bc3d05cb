/**
 * Resumption tokens: the list's arguments and the last record's (datestamp, id), base64url JSON
 * with a short HMAC-free checksum. Tokens do not expire; a tampered or foreign token is refused
 * (badResumptionToken) rather than answered with a wrong page.
 */
import { OaiError } from "./oai.arguments";

export interface ListState {
  verb: "ListIdentifiers" | "ListRecords";
  metadataPrefix: string;
  from: number | null;
  untilBefore: number | null;
  /** The set the list is restricted to (ListIdentifiers/ListRecords `set`), or null. */
  set: string | null;
  /** Records already sent (the token's cursor attribute). */
  cursor: number;
  after: [changedAt: number, memorialId: string];
}

function checksum(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

export function encodeToken(state: ListState): string {
  const json = JSON.stringify([state.verb, state.metadataPrefix, state.from, state.untilBefore, state.cursor, state.after, state.set]);
  const body = btoa(String.fromCharCode(...new TextEncoder().encode(json)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
  return `${body}.${checksum(body)}`;
}

export function decodeToken(token: string, verb: ListState["verb"]): ListState {
  const [body, sum] = token.split(".");
  try {
    if (!body || sum !== checksum(body)) throw new Error("checksum");
    const binary = atob(body.replace(/-/g, "+").replace(/_/g, "/"));
    // Tokens issued before sets existed have no seventh element: they list the whole repository.
    const [v, prefix, from, untilBefore, cursor, after, set = null] = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))),
    ) as [string, string, number | null, number | null, number, [number, string], string | null | undefined];
    if (v !== verb) throw new Error("verb");
    return { verb, metadataPrefix: prefix, from, untilBefore, set, cursor, after };
  } catch {
    throw new OaiError("badResumptionToken", "The resumption token is invalid or belongs to another request.");
  }
}
