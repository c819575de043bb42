/**
 * The server's one error: `HttpError(status, title, detail)`. The app's single
 * `onError` turns it into `application/problem+json` (RFC 9457) for the API and feeds,
 * and into a Dutch page for the web app. Anything else becomes a 500 without details.
 *
 * @module
 */

/** An HTTP failure meant for the client: `title` is short, `detail` says what to do. */
export class HttpError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  /** Extra problem members (e.g. the position of a query error). */
  readonly extra: Record<string, unknown>;
  /** Headers the response must carry (e.g. `WWW-Authenticate`, `Allow`). */
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    title: string,
    detail?: string,
    options: { extra?: Record<string, unknown>; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(detail ?? title, { cause: options.cause });
    this.name = 'HttpError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.extra = options.extra ?? {};
    this.headers = options.headers ?? {};
  }
}

/** An RFC 9457 problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  [member: string]: unknown;
}

/** The problem document for an error, for a request to `instance`. */
export function problemOf(error: HttpError, instance: string): Problem {
  const problem: Problem = { type: 'about:blank', title: error.title, status: error.status, ...error.extra };
  if (error.detail !== undefined) problem.detail = error.detail;
  problem.instance = instance;
  return problem;
}

/** A problem+json response. */
export function problemResponse(error: HttpError, instance: string): Response {
  return new Response(JSON.stringify(problemOf(error, instance)), {
    status: error.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', ...error.headers },
  });
}
