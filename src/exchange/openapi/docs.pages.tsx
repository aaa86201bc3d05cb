/**
 * /api/docs: the OpenAPI document rendered on the server as plain, accessible HTML. Every GET
 * operation has a "Try it" form that works without JavaScript (the server builds the URL and
 * redirects there); /js/api-docs.js shows the answer on the page instead.
 */
import { schemaAnchor, SchemaView } from "./schema-view";

type Json = Record<string, unknown>;

interface DocOperation {
  method: string;
  path: string;
  op: Json;
}

function operationsByTag(doc: Json): Map<string, DocOperation[]> {
  const byTag = new Map<string, DocOperation[]>();
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = (op.tags as string[])[0]!;
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)!.push({ method, path, op });
    }
  }
  return byTag;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");

function TryIt({ op, method, path }: DocOperation) {
  if (method !== "get") return null;
  const params = ((op.parameters ?? []) as Json[]).filter((p) => p.in !== "header");
  const id = op.operationId as string;
  return (
    <form class="api-try" method="get" action="/api/docs/try" data-path={path}>
      <input type="hidden" name="operation" value={id} />
      <fieldset>
        <legend>Try it</legend>
        {params.map((p) => (
          <div class="field">
            <label for={`${id}-${p.name as string}`}>
              {p.name as string} ({p.in as string}
              {p.required ? ", required" : ""})
            </label>
            <input id={`${id}-${p.name as string}`} name={`${p.in as string}.${p.name as string}`} required={p.required === true} />
          </div>
        ))}
        <button type="submit">Send GET</button>
      </fieldset>
      <pre class="api-try__result" aria-live="polite" hidden></pre>
    </form>
  );
}

function Operation(props: DocOperation) {
  const { op, method, path } = props;
  const params = (op.parameters ?? []) as Json[];
  const body = op.requestBody as { content: Record<string, { schema: Json }> } | undefined;
  return (
    <section class="api-op" id={op.operationId as string} aria-labelledby={`${op.operationId as string}-h`}>
      <h3 id={`${op.operationId as string}-h`}>
        <span class={`api-method api-method--${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
      </h3>
      <p>{op.summary as string}</p>
      {String(op.description ?? "").split("\n\n").map((p) => (p ? <p>{p}</p> : null))}
      {params.length ? (
        <>
          <h4>Parameters</h4>
          <ul>
            {params.map((p) => (
              <li>
                <code>{p.name as string}</code> ({p.in as string}
                {p.required ? ", required" : ""}): <SchemaView schema={p.schema as Json} />
                {p.description ? ` — ${p.description as string}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {body ? (
        <>
          <h4>Request body</h4>
          {Object.entries(body.content).map(([type, { schema }]) => (
            <div class="api-op__body">
              <code>{type}</code>: <SchemaView schema={schema} />
            </div>
          ))}
        </>
      ) : null}
      <h4>Responses</h4>
      <ul>
        {Object.entries(op.responses as Record<string, Json>).map(([status, r]) => {
          const content = r.content as Record<string, { schema: Json }> | undefined;
          return (
            <li>
              <strong>{status}</strong> {r.description as string}
              {content
                ? Object.entries(content).map(([type, { schema }]) => (
                    <>
                      {" "}
                      <code>{type}</code> <SchemaView schema={schema} />
                    </>
                  ))
                : null}
            </li>
          );
        })}
      </ul>
      <TryIt {...props} />
    </section>
  );
}

export function ApiDocsPage({ doc }: { doc: Json }) {
  const info = doc.info as Json;
  const byTag = operationsByTag(doc);
  const schemas = (doc.components as Json).schemas as Record<string, Json>;
  return (
    <article class="api-docs" lang="en">
      <h1>{info.title as string}</h1>
      <p>{info.summary as string}</p>
      <p>{info.description as string}</p>
      <p>
        Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1). Bulk data:{" "}
        <a href="/api/v1/export.jsonl">JSON Lines</a>, <a href="/api/v1/export.csv">CSV</a>,{" "}
        <a href="/api/v1/export.jsonld">JSON-LD</a>; harvesting: <a href="/oai?verb=Identify">OAI-PMH</a>.
      </p>
      <nav aria-label="API sections">
        <ul>
          {[...byTag.keys()].map((tag) => (
            <li><a href={`#tag-${slug(tag)}`}>{tag}</a></li>
          ))}
          <li><a href="#schemas">Schemas</a></li>
        </ul>
      </nav>
      {[...byTag.entries()].map(([tag, ops]) => (
        <section aria-labelledby={`tag-${slug(tag)}`}>
          <h2 id={`tag-${slug(tag)}`}>{tag}</h2>
          {ops.map((o) => <Operation {...o} />)}
        </section>
      ))}
      <section aria-labelledby="schemas">
        <h2 id="schemas">Schemas</h2>
        {Object.entries(schemas).map(([id, schema]) => (
          <section id={schemaAnchor(id)} aria-labelledby={`${schemaAnchor(id)}-h`}>
            <h3 id={`${schemaAnchor(id)}-h`}>{id}</h3>
            <SchemaView schema={schema} />
          </section>
        ))}
      </section>
      <script src="/js/api-docs.js" defer></script>
    </article>
  );
}
