/**
 * A validator of the document shape (`src/model/document.ts`, `shared/spec/document.md`)
 * for tests: every field present with the right type, `date` null or a real ISO date,
 * `footnoteRefs` only markers that exist in `footnotes`, and so on. Returns the list of
 * problems instead of throwing, so a failing property test can show them all.
 *
 * @module
 */
import { PAPER_TYPES } from '../../src/model/index.ts';

const KINDS = ['kamerstuk', 'handelingen', 'aanhangsel', 'kamervragen', 'staatsblad', 'staatscourant', 'other'];
const CHAMBERS = ['tweede-kamer', 'eerste-kamer', 'verenigde-vergadering'];
const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'quote', 'table', 'question', 'answer', 'text'];
const REFERENCE_KINDS = [
  'kamerstuk',
  'dossier',
  'handelingen',
  'aanhangsel',
  'kamervragen',
  'staatsblad',
  'staatscourant',
  'ecli',
  'bwb',
  'motie',
  'eu',
  'tk-document',
  'tk-zaak',
];
const FORMATS = ['text', 'pdf', 'xml', 'html', 'odata', 'syncfeed'];
const TOP_LEVEL = [
  'id',
  'kind',
  'chamber',
  'dossiers',
  'number',
  'type',
  'typeLine',
  'title',
  'subject',
  'sender',
  'addressee',
  'place',
  'date',
  'parliamentaryYear',
  'citation',
  'signatories',
  'blocks',
  'footnotes',
  'references',
  'requests',
  'commitments',
  'entities',
  'source',
  'warnings',
];

/** Fields a document has only when a source gives them. */
const OPTIONAL = ['external', 'withdrawn', 'topics'];

type Obj = Record<string, unknown>;

/** Whether `value` is a real calendar date written `yyyy-mm-dd`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

class Checker {
  readonly problems: string[] = [];

  fail(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  object(value: unknown, path: string): value is Obj {
    const ok = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!ok) this.fail(path, `expected an object, got ${describe(value)}`);
    return ok;
  }

  string(value: unknown, path: string, { nullable = false, nonEmpty = false } = {}): void {
    if (value === null && nullable) return;
    if (typeof value !== 'string')
      this.fail(path, `expected a string${nullable ? ' or null' : ''}, got ${describe(value)}`);
    else if (nonEmpty && value.trim() === '') this.fail(path, 'expected a non-empty string');
  }

  optionalString(value: unknown, path: string): void {
    if (value !== undefined) this.string(value, path);
  }

  oneOf(value: unknown, allowed: readonly string[], path: string, nullable = false): void {
    if (value === null && nullable) return;
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.fail(path, `expected one of ${allowed.join(', ')}${nullable ? ' or null' : ''}, got ${describe(value)}`);
    }
  }

  array(value: unknown, path: string, each: (item: unknown, path: string) => void): void {
    if (!Array.isArray(value)) {
      this.fail(path, `expected an array, got ${describe(value)}`);
      return;
    }
    value.forEach((item, i) => {
      each(item, `${path}[${i}]`);
    });
  }

  isoDate(value: unknown, path: string): void {
    if (value === null) return;
    if (typeof value !== 'string' || !isIsoDate(value))
      this.fail(path, `expected null or an ISO date, got ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined (missing)';
  const json = JSON.stringify(value);
  return json && json.length > 60 ? `${json.slice(0, 60)}…` : String(json);
}

/**
 * Check a parsed document against the model; returns the problems (empty when valid).
 *
 * @example
 * assert.deepEqual(validateDocument(parseInput(bytes)), []);
 */
export function validateDocument(doc: unknown): string[] {
  const c = new Checker();
  if (!c.object(doc, 'document')) return c.problems;
  for (const key of Object.keys(doc))
    if (!TOP_LEVEL.includes(key) && !OPTIONAL.includes(key)) c.fail(key, 'is not a field of the model');
  for (const key of TOP_LEVEL) if (!(key in doc)) c.fail(key, 'is missing');

  c.string(doc.id, 'id', { nullable: true, nonEmpty: true });
  c.oneOf(doc.kind, KINDS, 'kind');
  c.oneOf(doc.chamber, CHAMBERS, 'chamber', true);
  c.array(doc.dossiers, 'dossiers', (d, p) => {
    if (!c.object(d, p)) return;
    if (typeof d.number !== 'string' || !/^\d+(?:-\d+)?$/.test(d.number)) {
      c.fail(`${p}.number`, `expected digits (with a dash-joined sub-number), got ${describe(d.number)}`);
    }
    if (d.suffix !== undefined && (typeof d.suffix !== 'string' || !/^[0-9A-Za-z]+$/.test(d.suffix))) {
      c.fail(`${p}.suffix`, `expected letters and digits without spaces, got ${describe(d.suffix)}`);
    }
    c.string(d.title, `${p}.title`, { nullable: true });
  });
  c.string(doc.number, 'number', { nullable: true, nonEmpty: true });
  c.oneOf(doc.type, PAPER_TYPES, 'type');
  for (const key of ['typeLine', 'subject', 'addressee', 'place', 'citation'])
    c.string(doc[key], key, { nullable: true });
  c.string(doc.title, 'title');
  if (doc.sender !== null && c.object(doc.sender, 'sender')) {
    c.string(doc.sender.role, 'sender.role', { nonEmpty: true });
    c.string(doc.sender.portfolio, 'sender.portfolio', { nullable: true });
    c.string(doc.sender.name, 'sender.name', { nullable: true });
  }
  c.isoDate(doc.date, 'date');
  if (doc.parliamentaryYear !== null) {
    const m = typeof doc.parliamentaryYear === 'string' ? /^(\d{4})-(\d{4})$/.exec(doc.parliamentaryYear) : null;
    if (!m || Number(m[2]) !== Number(m[1]) + 1) {
      c.fail(
        'parliamentaryYear',
        `expected null or "yyyy-yyyy" (consecutive years), got ${describe(doc.parliamentaryYear)}`,
      );
    }
  }
  c.array(doc.signatories, 'signatories', (s, p) => {
    if (!c.object(s, p)) return;
    c.string(s.name, `${p}.name`, { nonEmpty: true });
    c.string(s.role, `${p}.role`, { nullable: true });
  });
  const markers = new Set<string>();
  c.array(doc.footnotes, 'footnotes', (f, p) => {
    if (!c.object(f, p)) return;
    c.string(f.marker, `${p}.marker`, { nonEmpty: true });
    c.string(f.text, `${p}.text`);
    if (typeof f.marker === 'string') markers.add(f.marker);
  });
  c.array(doc.blocks, 'blocks', (b, p) => {
    if (!c.object(b, p)) return;
    c.oneOf(b.kind, BLOCK_KINDS, `${p}.kind`);
    c.string(b.text, `${p}.text`);
    if (b.footnoteRefs !== undefined) {
      c.array(b.footnoteRefs, `${p}.footnoteRefs`, (r, rp) => {
        if (typeof r !== 'string' || !markers.has(r))
          c.fail(rp, `cites footnote ${describe(r)}, which is not in footnotes`);
      });
    }
  });
  c.array(doc.references, 'references', (r, p) => {
    if (!c.object(r, p)) return;
    c.oneOf(r.kind, REFERENCE_KINDS, `${p}.kind`);
    c.string(r.target, `${p}.target`, { nonEmpty: true });
    c.string(r.text, `${p}.text`);
    c.optionalString(r.in, `${p}.in`);
  });
  c.array(doc.requests, 'requests', (r, p) => {
    if (!c.object(r, p)) return;
    c.isoDate(r.date, `${p}.date`);
    c.string(r.by, `${p}.by`, { nullable: true });
    c.string(r.asks, `${p}.asks`);
    c.optionalString(r.reference, `${p}.reference`);
  });
  c.array(doc.commitments, 'commitments', (r, p) => {
    if (!c.object(r, p)) return;
    c.string(r.text, `${p}.text`);
    c.string(r.by, `${p}.by`, { nullable: true });
    c.string(r.due, `${p}.due`, { nullable: true });
  });
  if (c.object(doc.entities, 'entities')) {
    c.array(doc.entities.persons, 'entities.persons', (e, p) => {
      if (!c.object(e, p)) return;
      c.string(e.name, `${p}.name`, { nonEmpty: true });
      c.string(e.role, `${p}.role`, { nullable: true });
    });
    c.array(doc.entities.places, 'entities.places', (e, p) => c.string(e, p));
    c.array(doc.entities.organisations, 'entities.organisations', (e, p) => c.string(e, p));
  }
  if (c.object(doc.source, 'source')) {
    c.oneOf(doc.source.format, FORMATS, 'source.format');
    c.optionalString(doc.source.path, 'source.path');
    c.optionalString(doc.source.url, 'source.url');
    if (typeof doc.source.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(doc.source.sha256)) {
      c.fail('source.sha256', `expected 64 lower-case hex digits, got ${describe(doc.source.sha256)}`);
    }
  }
  c.array(doc.warnings, 'warnings', (w, p) => c.string(w, p, { nonEmpty: true }));
  if (doc.external !== undefined && c.object(doc.external, 'external')) {
    const e = doc.external;
    for (const key of Object.keys(e))
      if (!['tkId', 'tkDocumentNumber', 'tkZaken', 'tkZaakIds'].includes(key))
        c.fail(`external.${key}`, 'is not a field of the model');
    c.optionalString(e.tkId, 'external.tkId');
    if (e.tkDocumentNumber !== undefined && !/^\d{4}D\d{5,}$/.test(String(e.tkDocumentNumber)))
      c.fail('external.tkDocumentNumber', `expected a number like 2024D12345, got ${describe(e.tkDocumentNumber)}`);
    if (e.tkZaken !== undefined)
      c.array(e.tkZaken, 'external.tkZaken', (z, p) => {
        if (!/^\d{4}Z\d{5,}$/.test(String(z))) c.fail(p, `expected a number like 2024Z12345, got ${describe(z)}`);
      });
    if (e.tkZaakIds !== undefined)
      c.array(e.tkZaakIds, 'external.tkZaakIds', (z, p) => c.string(z, p, { nonEmpty: true }));
  }
  if (doc.withdrawn !== undefined && typeof doc.withdrawn !== 'boolean')
    c.fail('withdrawn', `expected a boolean, got ${describe(doc.withdrawn)}`);
  return c.problems;
}
