/**
 * Checks JSON-LD against schema.org's domains and ranges (tests/helpers/schemaorg-vocabulary.ts):
 * every node's type is a known class, every property is allowed on its node's type, and every
 * value has a type the property allows. Returns the problems as readable lines, empty when valid.
 */
import { CLASSES, PROPERTIES } from "./schemaorg-vocabulary";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonNode = { [key: string]: Json };

const KEYWORDS = new Set(["@context", "@id", "@type", "@graph"]);

/** The class and all its ancestors. */
function ancestors(type: string): Set<string> {
  const seen = new Set<string>();
  const walk = (t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const parent of CLASSES[t] ?? []) walk(parent);
  };
  walk(type);
  return seen;
}

const isA = (type: string, wanted: string[]) => wanted.some((w) => ancestors(type).has(w));

/** The data types a literal is: an ISO date is a Date and also Text, a web address a URL. */
function literalTypes(value: string | number | boolean): string[] {
  if (typeof value === "number") return ["Number"];
  if (typeof value === "boolean") return ["Boolean"];
  const types = ["Text"];
  if (/^https?:\/\/\S+$/.test(value)) types.push("URL");
  if (/^-?\d{4}(-\d{2}(-\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value.padEnd(10, "-01").slice(0, 10)))) types.push("Date");
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) types.push("DateTime");
  return types;
}

const isNode = (value: Json): value is JsonNode => typeof value === "object" && value !== null && !Array.isArray(value);

function typesOf(node: JsonNode): string[] {
  const type = node["@type"];
  return typeof type === "string" ? [type] : Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : [];
}

export function schemaOrgProblems(document: Json): string[] {
  const problems: string[] = [];
  const byId = new Map<string, JsonNode>();
  const collect = (value: Json) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isNode(value)) {
      if (typeof value["@id"] === "string" && value["@type"] !== undefined) byId.set(value["@id"], value);
      Object.values(value).forEach(collect);
    }
  };
  collect(document);

  const checkValue = (path: string, property: string, value: Json) => {
    const { range } = PROPERTIES[property]!;
    if (Array.isArray(value)) return value.forEach((v, i) => checkValue(`${path}[${i}]`, property, v));
    if (isNode(value)) {
      const reference = typeof value["@id"] === "string" && value["@type"] === undefined && Object.keys(value).length === 1;
      const target = reference ? byId.get(value["@id"] as string) : value;
      if (!target) {
        // A link to a node outside this document: only a class may stand in the range.
        if (!range.some((r) => r in CLASSES && !["Text", "URL", "Date", "DateTime", "Number"].includes(r))) {
          problems.push(`${path}: ${property} takes ${range.join(" or ")}, not a link`);
        }
        return;
      }
      const types = typesOf(target);
      if (!types.some((t) => isA(t, range))) problems.push(`${path}: ${property} takes ${range.join(" or ")}, not ${types.join("/") || "an untyped node"}`);
      if (!reference) checkNode(path, value);
      return;
    }
    if (value === null) return problems.push(`${path}: null`);
    const kinds = literalTypes(value);
    if (!kinds.some((k) => range.includes(k))) problems.push(`${path}: ${property} takes ${range.join(" or ")}, not ${JSON.stringify(value)}`);
  };

  const checkNode = (path: string, node: JsonNode) => {
    const types = typesOf(node);
    if (types.length === 0) problems.push(`${path}: a node without @type`);
    for (const t of types) if (!(t in CLASSES)) problems.push(`${path}: ${t} is not a class the check knows`);
    for (const [key, value] of Object.entries(node)) {
      if (KEYWORDS.has(key)) continue;
      const terms = PROPERTIES[key];
      if (!terms) {
        problems.push(`${path}.${key}: not a known schema.org property`);
        continue;
      }
      if (!types.some((t) => isA(t, terms.domain))) problems.push(`${path}.${key}: not defined for ${types.join("/")} (only ${terms.domain.join(", ")})`);
      checkValue(`${path}.${key}`, key, value);
    }
  };

  if (isNode(document) && Array.isArray(document["@graph"])) {
    document["@graph"].forEach((node, i) => (isNode(node) ? checkNode(`@graph[${i}]`, node) : problems.push(`@graph[${i}]: not a node`)));
  } else if (isNode(document)) {
    checkNode("$", document);
  } else {
    problems.push("not a JSON-LD node");
  }
  return problems;
}
