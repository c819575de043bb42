/**
 * Papers as CSV for a spreadsheet (`griffie export --format csv`): a header row, then a
 * row a paper with the fields a reader sorts and filters on. RFC 4180: fields separated
 * by commas, records by CRLF, a field holding a comma, a quote or a line break quoted
 * with its quotes doubled. A field a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so that a hostile
 * title stays text. UTF-8, without a byte order mark.
 *
 * @module
 */
import { type Document, dossierKey } from '../model/index.ts';
import { documentKey } from '../store/index.ts';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'type',
  'date',
  'title',
  'subject',
  'dossiers',
  'number',
  'chamber',
  'parliamentary_year',
  'sender_role',
  'sender_portfolio',
  'sender_name',
  'citation',
  'topics',
  'url',
  'withdrawn',
] as const;

const OFFICIAL = 'https://zoek.officielebekendmakingen.nl';
/** Ids officielebekendmakingen publishes under `/{id}.html` (as the web app links them). */
const OFFICIAL_ID = /^(?:kst|h|ah|kv|stb|stcrt|blg|trb|gmb|prb|wsb|bgr)-/;

/** The official page of a paper: by its id on officielebekendmakingen, else the web address it came from. */
function officialPage(doc: Document): string {
  if (doc.id && OFFICIAL_ID.test(doc.id)) return `${OFFICIAL}/${encodeURIComponent(doc.id)}.html`;
  const url = doc.source.url;
  return url && /^https?:\/\//.test(url) ? url : '';
}

/**
 * One field, quoted when it must be.
 *
 * @example
 * csvField('Brief, "nieuw"'); // '"Brief, ""nieuw"""'
 * csvField('=HYPERLINK("x")'); // `"'=HYPERLINK(""x"")"`
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function record(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The header row. */
export function csvHeader(): string {
  return record(CSV_COLUMNS);
}

/** The row of one paper. */
export function csvRow(doc: Document): string {
  return record([
    doc.id ?? documentKey(doc),
    doc.type,
    doc.date ?? '',
    doc.title,
    doc.subject ?? '',
    doc.dossiers.map(dossierKey).join('; '),
    doc.number ?? '',
    doc.chamber ?? '',
    doc.parliamentaryYear ?? '',
    doc.sender?.role ?? '',
    doc.sender?.portfolio ?? '',
    doc.sender?.name ?? '',
    doc.citation ?? '',
    (doc.topics ?? []).join('; '),
    officialPage(doc),
    doc.withdrawn === true ? 'true' : 'false',
  ]);
}
