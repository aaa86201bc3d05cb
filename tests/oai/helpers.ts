import { request } from "../helpers/app";

export async function oai(query: string): Promise<string> {
  const res = await request(`/oai?${query}`);
  if (res.status !== 200) throw new Error(`/oai answered ${res.status}`);
  if (!res.headers.get("content-type")?.startsWith("text/xml")) throw new Error("not XML");
  return res.text();
}

/** The error code of an OAI answer, or null when it has none. */
export function errorCode(xml: string): string | null {
  return /<error code="(\w+)">/.exec(xml)?.[1] ?? null;
}

export function all(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, "g"))].map((m) => m[1]!);
}

export function requestElement(xml: string): string {
  return /<request[^>]*>[^<]*<\/request>/.exec(xml)![0];
}

export const DATESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
