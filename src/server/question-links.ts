/**
 * Where written questions live: the list page, a question's page, its API path and the
 * two Atom feeds (newly answered, newly overdue), each with the filters given.
 *
 * @module
 */

/** A path with the filters that are set as its query (in the order given). */
function withQuery(path: string, filter: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The list of written questions, filtered (`/vragen?ministry=…&status=overdue`). */
export const questionsPath = (filter: Record<string, string | undefined> = {}): string => withQuery('/vragen', filter);

/** The page of one set of questions, by its Zaak number (`/vragen/2024Z12345`). */
export const questionPath = (zaak: string): string => `/vragen/${encodeURIComponent(zaak)}`;

/** The API path of one set of questions. */
export const questionHref = (zaak: string): string => `/api/v1/questions/${encodeURIComponent(zaak)}`;

/** The Atom feed of newly answered questions (`answered`) or of questions newly overdue (`overdue`). */
export const questionsFeedPath = (kind: 'answered' | 'overdue', ministry?: string): string =>
  withQuery(kind === 'answered' ? '/feeds/vragen/beantwoord.atom' : '/feeds/vragen/over-de-termijn.atom', {
    ministry,
  });
