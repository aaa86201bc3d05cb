/**
 * Compares the schema.org extract the tests check JSON-LD against
 * (tests/helpers/schemaorg-vocabulary.ts) with schema.org's own vocabulary file, so the extract
 * can be trusted without keeping schema.org's whole file in the repository:
 *
 *   npm run check:schemaorg -- path/to/schemaorg-current-https.jsonld
 *
 * (the file of a release, from schema.org's downloads or data/releases/<n>/ in the schemaorg
 * repository). Every listed parent, domain and range must be schema.org's own; exits 1 if not.
 */
import { readFileSync } from "node:fs";
import { CLASSES, PROPERTIES, SCHEMA_ORG_RELEASE } from "../tests/helpers/schemaorg-vocabulary";

interface VocabularyNode {
  "@id": string;
  "@type": string | string[];
  "rdfs:subClassOf"?: { "@id": string } | Array<{ "@id": string }>;
  "schema:domainIncludes"?: { "@id": string } | Array<{ "@id": string }>;
  "schema:rangeIncludes"?: { "@id": string } | Array<{ "@id": string }>;
  "schema:supersededBy"?: unknown;
}

const path = process.argv[2];
if (!path) {
  console.error("usage: npm run check:schemaorg -- <schemaorg-current-https.jsonld>");
  process.exit(2);
}
const graph = (JSON.parse(readFileSync(path, "utf8")) as { "@graph": VocabularyNode[] })["@graph"];
const byId = new Map(graph.map((n) => [n["@id"].replace(/^schema:/, ""), n]));
const ids = (v: VocabularyNode[keyof VocabularyNode]) =>
  (Array.isArray(v) ? v : v ? [v] : []).map((x) => (x as { "@id": string })["@id"].replace(/^schema:/, ""));

const problems: string[] = [];
for (const [name, parents] of Object.entries(CLASSES)) {
  const node = byId.get(name);
  if (!node) problems.push(`class ${name}: not in the vocabulary`);
  else for (const p of parents) if (!ids(node["rdfs:subClassOf"]).includes(p)) problems.push(`class ${name}: ${p} is not its parent`);
}
for (const [name, terms] of Object.entries(PROPERTIES)) {
  const node = byId.get(name);
  if (!node || ![node["@type"]].flat().includes("rdf:Property")) {
    problems.push(`property ${name}: not in the vocabulary`);
    continue;
  }
  if (node["schema:supersededBy"]) problems.push(`property ${name}: superseded`);
  const domains = ids(node["schema:domainIncludes"]);
  const ranges = ids(node["schema:rangeIncludes"]);
  for (const d of terms.domain) if (!domains.includes(d)) problems.push(`property ${name}: ${d} is not in its domain (${domains.join(", ")})`);
  for (const r of terms.range) if (!ranges.includes(r)) problems.push(`property ${name}: ${r} is not in its range (${ranges.join(", ")})`);
}
console.log(`${Object.keys(CLASSES).length} classes, ${Object.keys(PROPERTIES).length} properties checked against ${path} (extract of release ${SCHEMA_ORG_RELEASE})`);
for (const p of problems) console.log(`  ${p}`);
console.log(problems.length ? `${problems.length} differences` : "the extract agrees with schema.org");
process.exit(problems.length ? 1 : 0);
