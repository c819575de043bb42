/**
 * Shared pieces of the reference scanners: the candidate shape, the dossier grammar
 * and the parliamentary-year normalisation.
 *
 * Every pattern here is linear: no nested quantifiers over overlapping alternatives.
 *
 * @module
 */
import type { Dossier, ReferenceKind } from '../model/index.ts';

/** One citation found in a text: its span, how much it outranks overlapping finds, and its targets. */
export interface Candidate {
  start: number;
  end: number;
  /** Higher wins when two candidates overlap: a full citation beats a bare dossier. */
  rank: number;
  kind: ReferenceKind;
  /** One target per cited paper: "nrs. 444 en 486" gives two. */
  targets: string[];
}

/**
 * A printed dossier: "34 052", "29521", "21 501-32", "36 200 VII", "34 300-VIII", "33 359 R1986",
 * and the glued "21 50108" that PDF extraction makes of "21 501-08". Validated by {@link readDossier}.
 */
export const DOSSIER = String.raw`\d{2}\s?\d{3}(?:\d{2}(?!\d))?(?:-\d{1,2}(?![\d\w]))?(?:[\s-](?:[IVXL]{1,6}|[A-Z]|R\d{3,4})(?!\w))?`;

const DOSSIER_PARTS = /^(\d{2})\s?(\d{3})(\d{2})?(?:-(\d{1,2}))?(?:[\s-]([IVXL]{1,6}|[A-Z]|R\d{3,4}))?$/;

/**
 * Read a printed dossier into `{number, suffix}`, or `null` when it is not one.
 *
 * @example
 * readDossier('21 50108'); // { number: '21501-08', title: null }
 * readDossier('36 200 VII'); // { number: '36200', suffix: 'VII', title: null }
 */
export function readDossier(printed: string): Dossier | null {
  const match = DOSSIER_PARTS.exec(printed.trim());
  if (!match) return null;
  const [, high, low, glued, sub, suffix] = match;
  if (glued && sub) return null;
  const base = `${high}${low}`;
  if (base.startsWith('0')) return null;
  const tail = glued ?? sub;
  const number = tail ? `${base}-${tail.padStart(2, '0')}` : base;
  return suffix ? { number, suffix, title: null } : { number, title: null };
}

/** Every printed dossier in a list such as "25 424 en 29 689" or "28880,28929", in order. */
export function readDossierList(printed: string): Dossier[] {
  const out: Dossier[] = [];
  for (const part of printed.split(/\s*(?:,|\/|&|\ben\b)\s*/)) {
    const dossier = readDossier(part);
    if (dossier) out.push(dossier);
  }
  return out;
}

/** A parliamentary year as printed: "2014/15", "2014-2015", "2021–2022", "1999/00". */
export const YEAR = String.raw`(\d{4})\s*[/–—-]\s*(\d{4}|\d{2})(?!\d)`;

/**
 * Normalise a printed parliamentary year to `2014-2015`, or `null` when the two halves
 * are not consecutive years.
 *
 * @example
 * parliamentaryYear('1999', '00'); // '1999-2000'
 */
export function parliamentaryYear(first: string, second: string): string | null {
  const start = Number(first);
  const next = start + 1;
  const ok = second.length === 4 ? Number(second) === next : Number(second) === next % 100;
  return ok ? `${start}-${next}` : null;
}

/** Expand a printed list of numbers: "444 en 486" → two, "12 t/m 19" → eight, "1-2" → two. */
export function expandNumbers(printed: string): string[] {
  const out: string[] = [];
  const re = /(\d{1,4})|(t\/m|tot en met|[-–—])/g;
  let range = false;
  for (let m = re.exec(printed); m; m = re.exec(printed)) {
    if (m[2]) {
      range = out.length > 0;
      continue;
    }
    const value = m[1] as string;
    const last = Number(out[out.length - 1]);
    const next = Number(value);
    if (range && next > last && next - last <= 100) {
      for (let n = last + 1; n <= next; n++) out.push(String(n));
    } else {
      out.push(String(next));
    }
    range = false;
  }
  return out;
}
