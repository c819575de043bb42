/**
 * The per-paper columns of a segment: for each docid of its range, the stored
 * document's engine id (0: the docid is dead), the date as yyyymmdd, the numbered
 * values filters and facets need, the stems count of each text field, and the
 * codes of the paper's dossiers and topics (one list: the dictionary tells their kind). A segment keeps them as ONE blob of little-endian 32-bit integers,
 * which a reader turns into typed arrays without parsing:
 *
 * `[version, count, listCodes, store × count, day × count, type × count,
 *   chamber × count, role × count, name × count, portfolio × count, pyear × count,
 *   lengths × 3·count, listStart × (count + 1), list × listCodes]`
 *
 * @module
 */
import type { DocAttributes } from './types.ts';

const VERSION = 1;
const HEADER = 3;
/** The single-value columns, in blob order. */
const SINGLE = ['store', 'day', 'type', 'chamber', 'role', 'name', 'portfolio', 'pyear'] as const;
type Single = (typeof SINGLE)[number];

/** A segment's columns as typed arrays, indexed by local doc (docid − first). */
export type Columns = { readonly [K in Single]: Int32Array } & {
  readonly count: number;
  /** `lengths[3 × local + field]`. */
  readonly lengths: Int32Array;
  /** The codes of the dossiers and topics of local doc i are `list[listStart[i] … listStart[i + 1])`. */
  readonly listStart: Int32Array;
  readonly list: Int32Array;
};

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function swap32(bytes: Uint8Array): void {
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    bytes[i] = bytes[i + 3] as number;
    bytes[i + 1] = bytes[i + 2] as number;
    bytes[i + 2] = b;
    bytes[i + 3] = a;
  }
}

/** Columns of papers given as attributes and lengths (3 per paper); an absent paper (null) is dead. */
export function columnsOf(attributes: ReadonlyArray<DocAttributes | null>, lengths: Int32Array): Columns {
  const count = attributes.length;
  const single = Object.fromEntries(SINGLE.map((k) => [k, new Int32Array(count)])) as Record<Single, Int32Array>;
  const listStart = new Int32Array(count + 1);
  const codes: number[] = [];
  attributes.forEach((a, i) => {
    listStart[i] = codes.length;
    if (a === null) return;
    for (const k of SINGLE) single[k][i] = a[k];
    for (const code of new Set([...a.dossiers, ...a.topics])) if (code > 0) codes.push(code);
  });
  listStart[count] = codes.length;
  const live = new Int32Array(3 * count);
  attributes.forEach((a, i) => {
    if (a !== null) live.set(lengths.subarray(3 * i, 3 * i + 3), 3 * i);
  });
  return { count, ...single, lengths: live, listStart, list: Int32Array.from(codes) };
}

/** The blob of some columns. */
export function encodeColumns(columns: Columns): Uint8Array {
  const { count } = columns;
  const m = columns.list.length;
  const out = new Int32Array(HEADER + SINGLE.length * count + 3 * count + count + 1 + m);
  out[0] = VERSION;
  out[1] = count;
  out[2] = m;
  let at = HEADER;
  for (const k of SINGLE) {
    out.set(columns[k], at);
    at += count;
  }
  out.set(columns.lengths, at);
  at += 3 * count;
  out.set(columns.listStart, at);
  at += count + 1;
  out.set(columns.list, at);
  const bytes = new Uint8Array(out.buffer);
  if (!LITTLE_ENDIAN) swap32(bytes);
  return bytes;
}

/** The columns of a blob. Throws a `RangeError` for a blob that is not one. */
export function decodeColumns(blob: Uint8Array): Columns {
  if (blob.length < 4 * HEADER || blob.length % 4 !== 0) throw new RangeError('segment index: bad columns blob');
  const bytes = new Uint8Array(blob.length);
  bytes.set(blob);
  if (!LITTLE_ENDIAN) swap32(bytes);
  const all = new Int32Array(bytes.buffer);
  const [version, count, m] = [all[0] as number, all[1] as number, all[2] as number];
  if (version !== VERSION || all.length !== HEADER + (SINGLE.length + 4) * count + 1 + m) {
    throw new RangeError('segment index: bad columns blob');
  }
  let at = HEADER;
  const take = (n: number) => {
    const view = all.subarray(at, at + n);
    at += n;
    return view;
  };
  const single = Object.fromEntries(SINGLE.map((k) => [k, take(count)])) as Record<Single, Int32Array>;
  const lengths = take(3 * count);
  const listStart = take(count + 1);
  const list = take(m);
  return { count, ...single, lengths, listStart, list };
}

/**
 * The columns of adjacent segments joined, with the papers `dead` reports (by position
 * in the joined range) marked dead.
 */
export function concatColumns(parts: ReadonlyArray<Columns>, dead: (local: number) => boolean): Columns {
  const count = parts.reduce((n, p) => n + p.count, 0);
  const single = Object.fromEntries(SINGLE.map((k) => [k, new Int32Array(count)])) as Record<Single, Int32Array>;
  const lengths = new Int32Array(3 * count);
  const listStart = new Int32Array(count + 1);
  const codes: number[] = [];
  let base = 0;
  for (const part of parts) {
    for (let i = 0; i < part.count; i++) {
      const to = base + i;
      listStart[to] = codes.length;
      if (part.store[i] === 0 || dead(to)) continue;
      for (const k of SINGLE) single[k][to] = part[k][i] as number;
      lengths.set(part.lengths.subarray(3 * i, 3 * i + 3), 3 * to);
      for (let d = part.listStart[i] as number; d < (part.listStart[i + 1] as number); d++) {
        codes.push(part.list[d] as number);
      }
    }
    base += part.count;
  }
  listStart[count] = codes.length;
  return { count, ...single, lengths, listStart, list: Int32Array.from(codes) };
}

/** The number of live papers and the sums of their field lengths. */
export function columnStats(columns: Columns): { live: number; lengths: [number, number, number] } {
  let live = 0;
  const sums: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < columns.count; i++) {
    if (columns.store[i] === 0) continue;
    live++;
    for (let f = 0; f < 3; f++) sums[f] = (sums[f] as number) + (columns.lengths[3 * i + f] as number);
  }
  return { live, lengths: sums };
}
