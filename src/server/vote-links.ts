/**
 * Where the votes live: the parties' statistics, a party's votes (page and API) and a
 * paper's decisions in the API, each with the filters given.
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

/** The parties' statistics for a period (`/partijen?van=…&tot=…&coalitie=…`). */
export const partiesPath = (filter: { van?: string; tot?: string; coalitie?: string } = {}): string =>
  withQuery('/partijen', filter);

/** How one party voted (`/partijen/VVD?van=…`). */
export const partyPath = (party: string, filter: { van?: string; tot?: string; offset?: string } = {}): string =>
  withQuery(`/partijen/${encodeURIComponent(party)}`, filter);

/** The API path of a party's votes. */
export const partyVotesHref = (party: string): string => `/api/v1/parties/${encodeURIComponent(party)}/votes`;

/** The API path of a paper's decisions. */
export const paperVotesHref = (id: string): string => `/api/v1/documents/${encodeURIComponent(id)}/votes`;
