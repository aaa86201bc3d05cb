/** Validates XML against an XSD through the test-only XSD_VALIDATOR service (tests/xml/xsd-validator.ts). */
import { env } from "cloudflare:workers";
import type { XsdAnswer } from "./xsd-validator";

export async function xsdErrors(schema: string, xml: string): Promise<string[]> {
  const res = await env.XSD_VALIDATOR.fetch("https://xsd.validator/", { method: "POST", body: JSON.stringify({ schema, xml }) });
  const answer = (await res.json()) as XsdAnswer;
  return answer.valid ? [] : answer.errors;
}
