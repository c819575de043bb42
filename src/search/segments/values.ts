/**
 * What the index keeps of a paper besides its text: the values filters and facets look
 * at (`DocValues`), and the dictionary that numbers them (`Dictionary`, the reader's copy
 * of the engine's `DictionaryEntry` rows).
 *
 * @module
 */
import { type Document, dossierKey } from '../../model/index.ts';
import type { DictionaryEntry, DocAttributes, DocValues, ValueKind } from './types.ts';

/** A date as yyyymmdd (`2015-05-28` → 20150528; `2015` → 20150000); 0 when there is none. */
export function dayOf(date: string | null | undefined): number {
  const m = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  if (m === null) return 0;
  return Number(m[1]) * 10000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0);
}

const text = (value: string | null | undefined): string | null => (value ? value : null);

/** A paper's topics as the index keeps them: lower case, single spaces, each once (anything else in the list is dropped). */
function topicsOf(doc: Document): string[] {
  const topics = Array.isArray(doc.topics) ? doc.topics : [];
  const out = new Set<string>();
  for (const t of topics) {
    if (typeof t !== 'string') continue;
    const topic = t.trim().replace(/\s+/g, ' ').toLowerCase();
    if (topic !== '') out.add(topic);
  }
  return [...out];
}

/** The values of a paper the index numbers (empty text counts as none). */
export function docValues(doc: Document): DocValues {
  return {
    type: text(doc.type),
    chamber: text(doc.chamber),
    role: text(doc.sender?.role),
    name: text(doc.sender?.name),
    portfolio: text(doc.sender?.portfolio),
    pyear: text(doc.parliamentaryYear),
    dossiers: [...new Set(doc.dossiers.map(dossierKey))],
    topics: topicsOf(doc),
    day: dayOf(doc.date),
  };
}

/** The (kind, value) pairs of some papers' values, each once, for numbering. */
export function valuesToNumber(values: ReadonlyArray<DocValues>): Array<{ kind: ValueKind; value: string }> {
  const seen = new Set<string>();
  const out: Array<{ kind: ValueKind; value: string }> = [];
  const add = (kind: ValueKind, value: string | null) => {
    if (value === null) return;
    const key = `${kind}\u0000${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, value });
  };
  for (const v of values) {
    add('type', v.type);
    add('chamber', v.chamber);
    add('role', v.role);
    add('name', v.name);
    add('portfolio', v.portfolio);
    add('pyear', v.pyear);
    for (const d of v.dossiers) add('dossier', d);
    for (const t of v.topics) add('topic', t);
  }
  return out;
}

/**
 * The column values of papers (`store`: each one's engine id) with their values
 * numbered by `codes` (`valueKey` → code; a value without a code counts as none).
 */
export function attributesOf(
  values: ReadonlyArray<DocValues>,
  stores: ReadonlyArray<number>,
  codes: ReadonlyMap<string, number>,
): DocAttributes[] {
  const code = (kind: ValueKind, value: string | null) =>
    value === null ? 0 : (codes.get(valueKey(kind, value)) ?? 0);
  return values.map((v, i) => ({
    store: stores[i] as number,
    day: v.day,
    type: code('type', v.type),
    chamber: code('chamber', v.chamber),
    role: code('role', v.role),
    name: code('name', v.name),
    portfolio: code('portfolio', v.portfolio),
    pyear: code('pyear', v.pyear),
    dossiers: v.dossiers.map((d) => code('dossier', d)),
    topics: v.topics.map((t) => code('topic', t)),
  }));
}

/** A key for a (kind, value) pair in a map of codes. */
export function valueKey(kind: ValueKind, value: string): string {
  return `${kind}\u0000${value}`;
}

/** The reader's copy of the value dictionary: codes to values and back. */
export class Dictionary {
  private readonly kinds: ValueKind[] = [];
  private readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  /** The highest code known. */
  max = 0;

  add(entries: ReadonlyArray<DictionaryEntry>): void {
    for (const e of entries) {
      this.kinds[e.code] = e.kind;
      this.values[e.code] = e.value;
      this.codes.set(valueKey(e.kind, e.value), e.code);
      if (e.code > this.max) this.max = e.code;
    }
  }

  /** The code of a value, 0 when it is not numbered. */
  code(kind: ValueKind, value: string): number {
    return this.codes.get(valueKey(kind, value)) ?? 0;
  }

  /** The value of a code (undefined for 0 or an unknown code). */
  value(code: number): string | undefined {
    return this.values[code];
  }

  /** The value of a code of `kind` (undefined for a code of another kind, 0 or an unknown code). */
  valueOfKind(kind: ValueKind, code: number): string | undefined {
    return this.kinds[code] === kind ? this.values[code] : undefined;
  }

  /** The entries with a code above `code`. */
  entriesAbove(code: number): DictionaryEntry[] {
    const out: DictionaryEntry[] = [];
    for (let c = code + 1; c <= this.max; c++) {
      const kind = this.kinds[c];
      if (kind !== undefined) out.push({ code: c, kind, value: this.values[c] as string });
    }
    return out;
  }

  /** A lookup table `set[code] = 1` for the codes of `kind` whose value passes `test`. */
  codesWhere(kind: ValueKind, test: (value: string) => boolean): Uint8Array {
    const set = new Uint8Array(this.max + 1);
    for (let code = 1; code <= this.max; code++) {
      if (this.kinds[code] === kind && test(this.values[code] as string)) set[code] = 1;
    }
    return set;
  }
}
