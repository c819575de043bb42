/**
 * The error responses every API route documents, and the JSON media type helper.
 *
 * @module
 */
import type { z } from '@hono/zod-openapi';
import { Problem } from './schemas.ts';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

/** 400, 404, 429 and 500, as problem+json. */
export const ERRORS = {
  400: problem('The request is not valid (a parameter, or the query language).'),
  404: problem('There is no such paper or dossier in the archive.'),
  429: problem(
    'Too many requests from this address (see RateLimit-Policy and RateLimit); try again after Retry-After seconds.',
  ),
  500: problem('Something went wrong on the server.'),
};

/** A 200 JSON response of `schema`. */
export function ok<T extends z.ZodType>(schema: T, description: string) {
  return { 200: { description, content: { 'application/json': { schema } } } };
}
