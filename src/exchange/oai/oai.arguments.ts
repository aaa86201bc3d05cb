/**
 * OAI-PMH 2.0 arguments (protocol §3.1, §4): which verb takes which arguments, exclusive
 * resumption tokens, and UTC datestamps in day or second granularity (§3.3), from and until of
 * the same granularity. A violation is an OAI error, answered with HTTP 200 and an <error>.
 */
export type OaiErrorCode =
  | "badArgument"
  | "badResumptionToken"
  | "badVerb"
  | "cannotDisseminateFormat"
  | "idDoesNotExist"
  | "noRecordsMatch"
  | "noMetadataFormats"
  | "noSetHierarchy";

export class OaiError extends Error {
  constructor(
    readonly code: OaiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const VERBS = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ["identifier"] },
  ListSets: { required: [], optional: [], exclusive: "resumptionToken" },
  GetRecord: { required: ["identifier", "metadataPrefix"], optional: [] },
  ListIdentifiers: { required: ["metadataPrefix"], optional: ["from", "until", "set"], exclusive: "resumptionToken" },
  ListRecords: { required: ["metadataPrefix"], optional: ["from", "until", "set"], exclusive: "resumptionToken" },
} as const satisfies Record<string, { required: string[]; optional: string[]; exclusive?: string }>;
export type Verb = keyof typeof VERBS;

export interface OaiRequest {
  verb: Verb;
  args: Record<string, string>;
}

/** Validates the request's parameters (each at most once); throws OaiError badVerb/badArgument. */
export function readArguments(params: URLSearchParams): OaiRequest {
  const verbs = params.getAll("verb");
  if (verbs.length !== 1 || !Object.hasOwn(VERBS, verbs[0]!)) {
    throw new OaiError("badVerb", verbs.length > 1 ? "The verb argument is repeated." : "Illegal or missing verb.");
  }
  const verb = verbs[0] as Verb;
  const spec: { required: readonly string[]; optional: readonly string[]; exclusive?: string } = VERBS[verb];
  const args: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (key === "verb") continue;
    if (params.getAll(key).length > 1) throw new OaiError("badArgument", `The argument ${key} is repeated.`);
    if (!spec.required.includes(key) && !spec.optional.includes(key) && spec.exclusive !== key) {
      throw new OaiError("badArgument", `${verb} does not take the argument ${key}.`);
    }
    args[key] = params.get(key)!;
  }
  if (spec.exclusive && args[spec.exclusive] !== undefined) {
    if (Object.keys(args).length > 1) {
      throw new OaiError("badArgument", `${spec.exclusive} is an exclusive argument.`);
    }
    return { verb, args };
  }
  for (const key of spec.required) {
    if (!args[key]) throw new OaiError("badArgument", `${verb} needs the argument ${key}.`);
  }
  return { verb, args };
}

export interface DateRange {
  /** Inclusive lower bound, ms. */
  from: number | null;
  /** Exclusive upper bound, ms: the end of the day or second `until` names. */
  untilBefore: number | null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

function parseDatestamp(value: string, name: string): { ms: number; granularity: "day" | "second" } {
  const granularity = DAY.test(value) ? "day" : SECOND.test(value) ? "second" : null;
  const ms = Date.parse(granularity === "day" ? `${value}T00:00:00Z` : value);
  const roundTrip = Number.isFinite(ms) ? new Date(ms).toISOString().replace(".000Z", "Z") : "";
  const expected = granularity === "day" ? `${value}T00:00:00Z` : value;
  if (!granularity || roundTrip !== expected) {
    throw new OaiError("badArgument", `${name} must be a UTC date (YYYY-MM-DD) or time (YYYY-MM-DDThh:mm:ssZ).`);
  }
  return { ms, granularity };
}

export function readDateRange(args: Record<string, string>): DateRange {
  const from = args.from !== undefined ? parseDatestamp(args.from, "from") : null;
  const until = args.until !== undefined ? parseDatestamp(args.until, "until") : null;
  if (from && until && from.granularity !== until.granularity) {
    throw new OaiError("badArgument", "from and until must have the same granularity.");
  }
  if (from && until && from.ms > until.ms) throw new OaiError("badArgument", "from is later than until.");
  const untilBefore = until ? until.ms + (until.granularity === "day" ? 86_400_000 : 1000) : null;
  return { from: from?.ms ?? null, untilBefore };
}
