/** The six OAI-PMH verbs over published and withdrawn memorials. */
import type { Database } from "../../platform/db/client";
import { isoDateTime, xmlEscape } from "../feeds/xml";
import { publishedByIds, type PublishedMemorial } from "../exports/export.queries";
import { OaiError, readDateRange, type OaiRequest } from "./oai.arguments";
import { oaiDc } from "./oai-dc";
import { allSets, countHeaders, earliestDatestamp, findHeader, listHeaders, OAI_PAGE_SIZE, setExists, setsOf, type OaiHeaderRow } from "./oai.queries";
import { isSetSpec, setName } from "../../archive/memorials/memorial-sets";
import { decodeToken, encodeToken, type ListState } from "./oai.token";
import { MEMORIAL_XML, memorialXml } from "./memorial-xml";
import { headerXml, OAI_DC } from "./oai.xml";

export interface OaiContext {
  db: Database;
  origin: string;
  host: string;
  adminEmail: string;
}

const identifierOf = (ctx: OaiContext, memorialId: string) => `oai:${ctx.host}:${memorialId}`;

function memorialIdOf(ctx: OaiContext, identifier: string): string | null {
  const prefix = `oai:${ctx.host}:`;
  return identifier.startsWith(prefix) ? identifier.slice(prefix.length) : null;
}

interface MetadataFormat {
  schema: (ctx: OaiContext) => string;
  namespace: string;
  render: (row: PublishedMemorial, origin: string) => string;
}

/** oai_dc for every harvester; zeugnis keeps every fact (docs/open-data.md). */
const FORMATS: Record<string, MetadataFormat> = {
  [OAI_DC.prefix]: { schema: () => OAI_DC.schema, namespace: OAI_DC.namespace, render: oaiDc },
  [MEMORIAL_XML.prefix]: { schema: (ctx) => `${ctx.origin}${MEMORIAL_XML.schemaPath}`, namespace: MEMORIAL_XML.namespace, render: memorialXml },
};

function requireFormat(prefix: string): MetadataFormat {
  const format = Object.hasOwn(FORMATS, prefix) ? FORMATS[prefix] : undefined;
  if (!format) throw new OaiError("cannotDisseminateFormat", `The metadata formats are ${Object.keys(FORMATS).join(" and ")}.`);
  return format;
}

export async function identify(ctx: OaiContext): Promise<string> {
  const earliest = await earliestDatestamp(ctx.db);
  return (
    `<Identify><repositoryName>Zeugnis</repositoryName><baseURL>${xmlEscape(`${ctx.origin}/oai`)}</baseURL>` +
    `<protocolVersion>2.0</protocolVersion><adminEmail>${xmlEscape(ctx.adminEmail)}</adminEmail>` +
    `<earliestDatestamp>${isoDateTime(earliest)}</earliestDatestamp><deletedRecord>persistent</deletedRecord>` +
    `<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>` +
    `<description><oai-identifier xmlns="http://www.openarchives.org/OAI/2.0/oai-identifier" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd">` +
    `<scheme>oai</scheme><repositoryIdentifier>${xmlEscape(ctx.host)}</repositoryIdentifier><delimiter>:</delimiter>` +
    `<sampleIdentifier>oai:${xmlEscape(ctx.host)}:mem_0123456789abcdef</sampleIdentifier></oai-identifier></description></Identify>`
  );
}

async function headerFor(ctx: OaiContext, identifier: string): Promise<OaiHeaderRow> {
  const id = memorialIdOf(ctx, identifier);
  const header = id ? await findHeader(ctx.db, id) : null;
  if (!header) throw new OaiError("idDoesNotExist", "No record has this identifier.");
  return header;
}

export async function listMetadataFormats(ctx: OaiContext, args: Record<string, string>): Promise<string> {
  if (args.identifier !== undefined) await headerFor(ctx, args.identifier);
  const formats = Object.entries(FORMATS).map(
    ([prefix, f]) =>
      `<metadataFormat><metadataPrefix>${prefix}</metadataPrefix><schema>${xmlEscape(f.schema(ctx))}</schema>` +
      `<metadataNamespace>${f.namespace}</metadataNamespace></metadataFormat>`,
  );
  return `<ListMetadataFormats>${formats.join("")}</ListMetadataFormats>`;
}

/** The records of `headers`; with a format, each live one carries its metadata in that format. */
async function recordsXml(ctx: OaiContext, headers: OaiHeaderRow[], format: MetadataFormat | null): Promise<string[]> {
  const withMetadata = format !== null;
  const live = withMetadata ? await publishedByIds(ctx.db, headers.filter((h) => !h.deleted).map((h) => h.memorialId)) : [];
  const byId = new Map(live.map((m) => [m.memorial.id, m]));
  const sets = await setsOf(ctx.db, headers.map((h) => h.memorialId));
  return headers.map((h) => {
    const row = byId.get(h.memorialId);
    // A memorial withdrawn between the two reads is a deleted record, never a stale one.
    const deleted = h.deleted || (withMetadata && !row);
    const header = headerXml(identifierOf(ctx, h.memorialId), h.changedAt, deleted, sets.get(h.memorialId) ?? []);
    if (!withMetadata) return header;
    return `<record>${header}${deleted || !row ? "" : `<metadata>${format.render(row, ctx.origin)}</metadata>`}</record>`;
  });
}

/** Every set that ever had a member, with its name; no resumption token (a few dozen sets). */
export async function listSets(ctx: OaiContext, args: Record<string, string>): Promise<string> {
  if (args.resumptionToken !== undefined) throw new OaiError("badResumptionToken", "ListSets issues no tokens.");
  const sets = await allSets(ctx.db);
  if (sets.length === 0) throw new OaiError("noSetHierarchy", "No record is in a set yet.");
  const items = sets.map((spec) => `<set><setSpec>${xmlEscape(spec)}</setSpec><setName>${xmlEscape(setName(spec))}</setName></set>`);
  return `<ListSets>${items.join("")}</ListSets>`;
}

export async function getRecord(ctx: OaiContext, args: Record<string, string>): Promise<string> {
  const header = await headerFor(ctx, args.identifier!);
  const format = requireFormat(args.metadataPrefix!);
  const [record] = await recordsXml(ctx, [header], format);
  return `<GetRecord>${record}</GetRecord>`;
}

export async function listRecords(ctx: OaiContext, request: OaiRequest): Promise<string> {
  const verb = request.verb as ListState["verb"];
  const { args } = request;
  let state: ListState;
  if (args.resumptionToken !== undefined) {
    state = decodeToken(args.resumptionToken, verb);
  } else {
    requireFormat(args.metadataPrefix!);
    const range = readDateRange(args);
    const set = args.set ?? null;
    if (set !== null && !isSetSpec(set)) throw new OaiError("badArgument", "set is not a set spec (see ListSets).");
    if (set !== null && !(await setExists(ctx.db, set))) throw new OaiError("noRecordsMatch", "No records are in this set.");
    state = { verb, metadataPrefix: args.metadataPrefix!, ...range, set, cursor: 0, after: [-1, ""] };
  }
  const page = await listHeaders(ctx.db, state, state.after[0] < 0 ? null : state.after, OAI_PAGE_SIZE + 1);
  if (page.length === 0) {
    if (args.resumptionToken !== undefined) throw new OaiError("badResumptionToken", "Nothing follows this token any more.");
    throw new OaiError("noRecordsMatch", "No records match the arguments.");
  }
  const items = page.slice(0, OAI_PAGE_SIZE);
  const records = await recordsXml(ctx, items, verb === "ListRecords" ? requireFormat(state.metadataPrefix) : null);
  const resumed = args.resumptionToken !== undefined;
  let token = "";
  if (page.length > OAI_PAGE_SIZE || resumed) {
    const total = await countHeaders(ctx.db, state);
    const last = items[items.length - 1]!;
    const next = page.length > OAI_PAGE_SIZE
      ? encodeToken({ ...state, cursor: state.cursor + items.length, after: [last.changedAt, last.memorialId] })
      : "";
    token = `<resumptionToken completeListSize="${total}" cursor="${state.cursor}">${next}</resumptionToken>`;
  }
  return `<${verb}>${records.join("")}${token}</${verb}>`;
}
