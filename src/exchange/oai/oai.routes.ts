/**
 * The OAI-PMH 2.0 provider at /oai (GET and POST), so memorial institutions and aggregators can
 * harvest published memorials as Dublin Core and learn of withdrawn ones as deleted records.
 * Protocol errors are answered with HTTP 200 and an <error> element, as the protocol requires.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { absoluteUrl, siteHost, siteOrigin } from "../../platform/http/site-url";
import { OaiError, readArguments, type OaiRequest } from "./oai.arguments";
import { getRecord, identify, listMetadataFormats, listRecords, listSets, type OaiContext } from "./oai.verbs";
import { envelope, errorXml } from "./oai.xml";

export const oaiRoutes = new Hono<AppEnv>();

async function answer(ctx: OaiContext, request: OaiRequest): Promise<string> {
  switch (request.verb) {
    case "Identify":
      return identify(ctx);
    case "ListMetadataFormats":
      return listMetadataFormats(ctx, request.args);
    case "ListSets":
      return listSets(ctx, request.args);
    case "GetRecord":
      return getRecord(ctx, request.args);
    case "ListIdentifiers":
    case "ListRecords":
      return listRecords(ctx, request);
  }
}

async function handle(c: Context<AppEnv>, params: URLSearchParams) {
  const ctx: OaiContext = { db: c.var.db, origin: siteOrigin(c.env), host: siteHost(c.env), adminEmail: c.env.MAIL_FROM };
  const baseUrl = absoluteUrl(c.env, "/oai");
  let xml: string;
  let request: OaiRequest | null = null;
  try {
    request = readArguments(params);
    xml = envelope(baseUrl, { verb: request.verb, ...request.args }, await answer(ctx, request));
  } catch (error) {
    if (!(error instanceof OaiError)) throw error;
    const echo = request && error.code !== "badArgument" ? { verb: request.verb, ...request.args } : null;
    xml = envelope(baseUrl, echo, errorXml(error.code, error.message));
  }
  c.header("Access-Control-Allow-Origin", "*");
  c.header("Cross-Origin-Resource-Policy", "cross-origin");
  return c.body(xml, 200, { "Content-Type": "text/xml; charset=utf-8" });
}

oaiRoutes.get("/oai", (c) => handle(c, new URL(c.req.url).searchParams));

oaiRoutes.post("/oai", async (c) => {
  const type = c.req.header("content-type") ?? "";
  const body = /^application\/x-www-form-urlencoded/i.test(type) ? await c.req.text() : "";
  return handle(c, new URLSearchParams(body));
});
