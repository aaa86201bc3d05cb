/**
 * A JSON Schema as nested, readable HTML: properties, types, constraints, links to components.
 * The outer element is a <div> shown inline (site.css), because it holds lists: a <span> may not.
 * Callers put it where flow content is allowed (li, div, section), never inside <p> or <span>.
 */
type Json = Record<string, unknown>;

const CONSTRAINTS = ["minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems", "pattern", "format", "default"];

export function schemaAnchor(id: string): string {
  return `schema-${id}`;
}

function refId(schema: Json): string | undefined {
  return typeof schema.$ref === "string" ? schema.$ref.replace("#/components/schemas/", "") : undefined;
}

function typeLabel(schema: Json): string {
  if (refId(schema)) return "";
  if (Array.isArray(schema.enum)) return "one of";
  if ("const" in schema) return `"${String(schema.const)}"`;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type as string | undefined);
  if (type === "array") return "list of";
  if (schema.anyOf || schema.oneOf) return "any of";
  return type ?? "any";
}

/** Type, constraints and enum values of one schema node; recurses into objects, lists and unions. */
export function SchemaView({ schema, depth = 0 }: { schema: Json; depth?: number }) {
  const id = refId(schema);
  const constraints = CONSTRAINTS.filter((k) => k in schema).map((k) => `${k}: ${JSON.stringify(schema[k])}`);
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const variants = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  const items = schema.items as Json | undefined;
  const extra = schema.additionalProperties;
  return (
    <div class="schema">
      {id ? <a href={`#${schemaAnchor(id)}`}>{id}</a> : <span class="schema__type">{typeLabel(schema)}</span>}
      {Array.isArray(schema.enum) ? " " : null}
      {Array.isArray(schema.enum) ? <code class="schema__enum">{schema.enum.map(String).join(" · ")}</code> : null}
      {constraints.length ? <span class="schema__constraints"> ({constraints.join(", ")})</span> : null}
      {typeof schema.description === "string" ? <span class="schema__description"> — {schema.description}</span> : null}
      {depth > 8 ? null : (
        <>
          {items ? <SchemaView schema={items} depth={depth + 1} /> : null}
          {variants ? (
            <ul>
              {variants.map((v) => (
                <li><SchemaView schema={v} depth={depth + 1} /></li>
              ))}
            </ul>
          ) : null}
          {Object.keys(properties).length ? (
            <ul>
              {Object.entries(properties).map(([name, child]) => (
                <li>
                  <code>{name}</code>
                  {required.has(name) ? <strong> required</strong> : null}: <SchemaView schema={child} depth={depth + 1} />
                </li>
              ))}
            </ul>
          ) : null}
          {extra && typeof extra === "object" ? (
            <ul>
              <li>
                <em>any key</em>: <SchemaView schema={extra as Json} depth={depth + 1} />
              </li>
            </ul>
          ) : null}
        </>
      )}
    </div>
  );
}
