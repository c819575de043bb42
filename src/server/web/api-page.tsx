/**
 * `/api`: the REST API described for people, from the same OpenAPI document the
 * machines read at `/api/openapi.json` (so it cannot drift). In English, as API docs are.
 *
 * @module
 */

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string; default?: unknown; enum?: unknown[] };
}

interface Operation {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  security?: unknown[];
  responses?: Record<string, { description?: string }>;
}

/** The part of an OpenAPI document the page reads. */
export interface OpenApiLike {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation> | undefined>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The API page's content. */
export function ApiPage(props: { doc: OpenApiLike }) {
  const { doc } = props;
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item?.[m]).map((method) => ({ path, method, op: item![method]! })),
  );
  return (
    <article lang="en">
      <h1>
        {doc.info.title} <span class="muted">v{doc.info.version}</span>
      </h1>
      <p>{doc.info.description}</p>
      <p>
        Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3). Base path <code>/api/v1</code>.
        Example: <code>curl 'http://127.0.0.1:8080/api/v1/search?q=radicalisering'</code>
      </p>
      <p>
        Atom feeds: <code>/feeds/search.atom?q=…</code>, <code>/feeds/dossier/32824.atom</code>,{' '}
        <code>/feeds/type/motie.atom</code>, <code>/feeds/sender.atom?portfolio=…</code>.
      </p>
      {operations.map(({ path, method, op }) => (
        <section class="endpoint card">
          <h2>
            <span class="method">{method.toUpperCase()}</span> <code class="path">/api/v1{path}</code>
          </h2>
          <p>
            <strong>{op.summary}</strong>
            {op.security && op.security.length > 0 ? ' (needs a bearer token)' : ''}
          </p>
          {op.description ? <p>{op.description}</p> : null}
          {op.parameters && op.parameters.length > 0 ? (
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  <th scope="col">In</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr>
                    <td>
                      <code>{p.name}</code>
                      {p.required ? ' (required)' : ''}
                    </td>
                    <td>{p.in}</td>
                    <td>
                      {p.description ?? ''}
                      {p.schema?.enum ? ` One of: ${p.schema.enum.join(', ')}.` : ''}
                      {p.schema?.default !== undefined ? ` Default: ${String(p.schema.default)}.` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <p class="meta">
            Responses:{' '}
            {Object.entries(op.responses ?? {})
              .map(([status, r]) => `${status} ${r.description ?? ''}`.trim())
              .join(' · ')}
          </p>
        </section>
      ))}
    </article>
  );
}
