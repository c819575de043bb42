/**
 * The REST API under `/api/v1`, and its OpenAPI 3 document at `/api/openapi.json`,
 * generated from the same zod schemas that validate the requests.
 *
 * @module
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { registerDocumentRoutes } from './documents.ts';
import { registerDossierRoutes } from './dossiers.ts';
import { registerQuestionRoutes } from './questions.ts';
import { registerRecordRoutes } from './record.ts';
import { registerSearchRoute } from './search.ts';
import { registerVoteRoutes } from './votes.ts';
import { registerWatchRoutes } from './watches.ts';

export { DEFAULT_MAX_UPLOAD } from './documents.ts';

/** A zod issue list as one sentence: `limit: Too big: expected number to be <=100`. */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** The `/api/v1` routes. Validation failures become 400 problems naming each bad parameter. */
export function createApi(deps: ServerDeps): OpenAPIHono {
  const api = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw new HttpError(400, 'Bad Request', describeIssues(result.error.issues));
    },
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The GRIFFIE_API_TOKEN the server was started with.',
  });
  registerSearchRoute(api, deps);
  registerDocumentRoutes(api, deps);
  registerDossierRoutes(api, deps);
  registerRecordRoutes(api, deps);
  registerQuestionRoutes(api, deps);
  registerVoteRoutes(api, deps);
  registerWatchRoutes(api, deps);
  return api;
}

/** The OpenAPI 3 document of an API made by `createApi`. */
export function openApiDocument(api: OpenAPIHono, version: string) {
  return api.getOpenAPIDocument({
    openapi: '3.0.3',
    info: {
      title: 'Griffie API',
      version,
      description:
        'Dutch parliamentary papers as structured, linked data: search (Dutch-aware), papers, references, ' +
        'citations and dossiers. Read routes are public (GET, CORS); writing needs a bearer token. ' +
        'Errors are application/problem+json (RFC 9457). Responses carry ETag and Last-Modified: ' +
        'send If-None-Match or If-Modified-Since to get a 304 when nothing changed.',
      license: { name: 'EUPL-1.2' },
    },
    servers: [{ url: '/api/v1' }],
  });
}
