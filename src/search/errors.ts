/**
 * The one error of the search layer: a query that cannot be parsed.
 *
 * @module
 */

/** A query that cannot be parsed; `position` is the offset in the query where it went wrong. */
export class SearchQueryError extends Error {
  readonly position: number;
  constructor(message: string, position: number) {
    super(message);
    this.name = 'SearchQueryError';
    this.position = position;
  }
}
