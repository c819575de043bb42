/**
 * Facet clicks as query text: a facet value becomes a filter (`type:motie`,
 * `portfolio:"Sociale Zaken en Werkgelegenheid"`) added to the query, or taken out
 * again, so the whole search always stays in the URL.
 *
 * @module
 */

/** The query-language field of each facet. */
export const FACET_FIELDS = {
  type: 'type',
  year: 'year',
  dossier: 'dossier',
  topic: 'topic',
  sender: 'sender',
  portfolio: 'portfolio',
  outcome: 'outcome',
} as const;

/** A facet name. */
export type FacetName = keyof typeof FACET_FIELDS;

/** `field:value`, quoted when the value holds anything but word characters. */
export function filterToken(field: string, value: string): string {
  const clean = value.replaceAll('"', '');
  return /^[\p{L}\p{N}._-]+$/u.test(clean) ? `${field}:${clean}` : `${field}:"${clean}"`;
}

/** Whether the query already holds exactly this filter (outside phrases). */
export function hasFilter(query: string, field: string, value: string): boolean {
  const token = filterToken(field, value);
  return ` ${query} `.includes(` ${token} `);
}

/** The query with the filter added. */
export function addFilter(query: string, field: string, value: string): string {
  return hasFilter(query, field, value) ? query : `${query.trim()} ${filterToken(field, value)}`.trim();
}

/** The query without the filter. */
export function removeFilter(query: string, field: string, value: string): string {
  const token = filterToken(field, value);
  return ` ${query} `.replace(` ${token} `, ' ').replace(/\s+/g, ' ').trim();
}
