/**
 * The SRU requests of the officielebekendmakingen connector: the CQL query for a scope
 * (Kamerstukken, optionally one dossier, one document type, a date range) and a
 * position in it, and the search URL.
 *
 * @module
 */

/** Which Kamerstukken a sync covers. */
export interface ObScope {
  /** Published on or after (`dt.date`), `YYYY-MM-DD`. */
  since: string | null;
  /** Published on or before (`dt.date`), `YYYY-MM-DD`. */
  until: string | null;
  /** One dossier as in ids: `36600`, `21501-32`, `36200-VII`. */
  dossier: string | null;
  /** One document type as officielebekendmakingen names it (`w.subrubriek`): `Motie`. */
  type: string | null;
}

/** Where in the scope a request starts. */
export interface ObWindow {
  /** Only records changed on or after this date (`dt.modified`): an incremental pass. */
  modifiedFrom: string | null;
  /** Only records whose identifier sorts after this one: past the service's paging limit. */
  after: string | null;
}

/**
 * The CQL query for a scope and window. Records are sorted by identifier so that the
 * order is stable while new papers arrive and so that paging can continue by key.
 *
 * @example
 * buildCql({ since: '2024-01-01', until: null, dossier: '36600', type: null }, { modifiedFrom: null, after: null });
 * // 'c.product-area==officielepublicaties AND dt.type=Kamerstuk AND dt.date>=2024-01-01
 * //  AND w.dossiernummer==36600 sortBy dt.identifier/sort.ascending'
 */
export function buildCql(scope: ObScope, window: ObWindow): string {
  const clauses = ['c.product-area==officielepublicaties', 'dt.type=Kamerstuk'];
  if (scope.since) clauses.push(`dt.date>=${scope.since}`);
  if (scope.until) clauses.push(`dt.date<=${scope.until}`);
  if (window.modifiedFrom) clauses.push(`dt.modified>=${window.modifiedFrom}`);
  if (scope.dossier) {
    clauses.push(`w.dossiernummer==${/^\d+$/.test(scope.dossier) ? scope.dossier : quote(scope.dossier)}`);
  }
  if (scope.type) clauses.push(`w.subrubriek=${quote(scope.type)}`);
  if (window.after) clauses.push(`dt.identifier>${quote(window.after)}`);
  return `${clauses.join(' AND ')} sortBy dt.identifier/sort.ascending`;
}

/** The searchRetrieve URL of the SRU endpoint for a query and page. */
export function sruUrl(endpoint: string, cql: string, startRecord: number, maximumRecords: number): string {
  const parameters = [
    ['operation', 'searchRetrieve'],
    ['version', '2.0'],
    ['recordSchema', 'gzd'],
    ['query', cql],
    ['startRecord', String(startRecord)],
    ['maximumRecords', String(maximumRecords)],
    ['httpAccept', 'application/xml'],
  ];
  const query = parameters.map(([name, value]) => `${name}=${encodeURIComponent(value as string)}`).join('&');
  return `${endpoint}?${query}`;
}

/** A CQL string literal. */
function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}
