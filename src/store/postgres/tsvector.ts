/**
 * `tsvector` literals built from the streams of our analyzer, and the quoting of
 * lexemes for `tsvector`/`tsquery` input. PostgreSQL never analyzes our text: every
 * lexeme is a term `analyzeText` produced, passed as a bound parameter cast to
 * `::tsvector` or `::tsquery`.
 *
 * Positions: the stems of the title (weight A), the dossier titles (B) and the body
 * (C) follow each other with a gap of one position, so a phrase never spans two
 * fields; expansions (D) share the positions of their field and are excluded from
 * phrases by weight (`'a':ABC <-> 'b':ABC`).
 *
 * @module
 */
import type { IndexedText } from '../../search/index.ts';

/** Longest lexeme PostgreSQL accepts, in bytes. */
const MAX_LEXEME_BYTES = 2047;
/** Highest position PostgreSQL stores; later positions are clamped to it. */
const MAX_POSITION = 16383;
/** Positions PostgreSQL keeps per lexeme; later ones are dropped. */
const MAX_POSITIONS_PER_LEXEME = 256;

/** Weights as PostgreSQL encodes them: A = 3 … D = 0. */
const WEIGHT_LETTER = ['', 'C', 'B', 'A'] as const;

/**
 * The tokens FTS5's unicode61 tokenizer (tokenchars `-()`, as the SQLite engine uses)
 * makes of a term, lowercased: both engines then see the same tokens.
 */
export function ftsTokens(term: string): string[] {
  return term
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{Co}\-()]+/u)
    .filter(isLexeme);
}

/** The tokens of one analyzer stream (terms are separated by whitespace). */
export function streamTokens(stream: string): string[] {
  return stream.split(/\s+/).flatMap(ftsTokens);
}

/** Whether PostgreSQL accepts `term` as a lexeme. */
export function isLexeme(term: string): boolean {
  return term !== '' && Buffer.byteLength(term, 'utf8') <= MAX_LEXEME_BYTES;
}

/** A lexeme quoted for `tsvector`/`tsquery` input: `'it''s'`, backslashes doubled. */
export function quoteLexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The indexed form of a document for PostgreSQL. */
export interface DocumentVector {
  /** The `tsvector` literal. */
  tsvector: string;
  /** Whether every stem kept its exact position (phrases can be matched on `tsvector`). */
  exact: boolean;
  /** The stems streams, normalised to single spaces and padded with one space each side. */
  stems: { title: string; dossiers: string; body: string };
}

/** Build the `tsvector` literal of a document's analyzed fields (title, dossier titles, body). */
export function buildVector(fields: { title: IndexedText; dossiers: IndexedText; body: IndexedText }): DocumentVector {
  const positions = new Map<string, number[]>();
  let exact = true;
  let next = 1;
  const add = (term: string, position: number, weight: number): void => {
    if (!isLexeme(term)) return;
    const list = positions.get(term);
    const code = Math.min(position, MAX_POSITION) * 4 + weight;
    if (list === undefined) positions.set(term, [code]);
    else list.push(code);
  };
  const stems: string[] = [];
  const fieldWeights: [IndexedText, number][] = [
    [fields.title, 3],
    [fields.dossiers, 2],
    [fields.body, 1],
  ];
  for (const [text, weight] of fieldWeights) {
    const start = next;
    const terms = streamTokens(text.stems);
    for (const term of terms) add(term, next++, weight);
    if (next - 1 > MAX_POSITION) exact = false;
    let p = start;
    for (const term of streamTokens(text.expansions)) add(term, p++, 0);
    next += 1;
    stems.push(terms.length === 0 ? ' ' : ` ${terms.join(' ')} `);
  }
  const parts: string[] = [];
  for (const [term, codes] of positions) {
    codes.sort((a, b) => a - b);
    const kept: number[] = [];
    for (const code of codes) {
      const last = kept[kept.length - 1];
      if (last !== undefined && last >> 2 === code >> 2) kept[kept.length - 1] = Math.max(last, code);
      else kept.push(code);
    }
    if (kept.length > MAX_POSITIONS_PER_LEXEME) {
      exact = false;
      kept.length = MAX_POSITIONS_PER_LEXEME;
    }
    parts.push(`${quoteLexeme(term)}:${kept.map((c) => `${c >> 2}${WEIGHT_LETTER[c & 3]}`).join(',')}`);
  }
  return {
    tsvector: parts.join(' '),
    exact,
    stems: { title: stems[0] ?? ' ', dossiers: stems[1] ?? ' ', body: stems[2] ?? ' ' },
  };
}
