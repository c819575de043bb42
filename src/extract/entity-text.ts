/**
 * The text entities are read from, and the cheap ways of reading it. The text is the
 * paper in reading order joined by line breaks: the body (so that a list may run on into
 * the next block), the footnotes, then the header fields (title, subject, dossier titles,
 * addressee, place). It carries a mask of the characters already taken by a person or an
 * organisation, so that "Raad van Europa" yields no place "Europa" and "mevrouw Maas" no
 * river. Look-ups are linear: one pass for the capitalised words (gazetteers, first
 * names), one regex pass for all cue words (`CueScanner`).
 *
 * @module
 */
import type { Document } from '../model/index.ts';

/** One text of the paper, with its offset in reading order. */
export interface Segment {
  text: string;
  /** Offset of the text's first character in the paper's reading order. */
  base: number;
  /** Characters taken by a person or an organisation; allocated on first use. */
  mask: Uint8Array | null;
  /** The capitalised words, as `[start, end, start, end, …]`; computed on first use. */
  caps?: number[];
  /** The text in lower case, for finding cue words; computed on first use. */
  lower?: string;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * The texts of a paper in reading order, joined by line breaks into one segment, so that
 * every look-up runs once per paper. Never throws on odd content.
 */
export function segmentsOf(doc: Document): Segment[] {
  const texts: string[] = [];
  for (const b of Array.isArray(doc.blocks) ? doc.blocks : []) if (isText(b?.text)) texts.push(b.text);
  for (const f of Array.isArray(doc.footnotes) ? doc.footnotes : []) if (isText(f?.text)) texts.push(f.text);
  const dossiers = Array.isArray(doc.dossiers) ? doc.dossiers.map((d) => d?.title) : [];
  for (const text of [doc.title, doc.subject, ...dossiers, doc.addressee, doc.place])
    if (isText(text)) texts.push(text);
  return [{ text: texts.join('\n'), base: 0, mask: null }];
}

/** Mark `[start, end)` of a segment as taken. */
export function take(segment: Segment, start: number, end: number): void {
  if (!segment.mask) segment.mask = new Uint8Array(segment.text.length);
  segment.mask.fill(1, Math.max(0, start), Math.min(segment.text.length, end));
}

/** Whether any character of `[start, end)` is taken. */
export function taken(segment: Segment, start: number, end: number): boolean {
  const mask = segment.mask;
  if (!mask) return false;
  for (let i = start; i < end && i < mask.length; i++) if (mask[i] === 1) return true;
  return false;
}

/** A phrase found in a text. */
export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** Whether a UTF-16 code is a letter (ASCII fast, the rest by Unicode property). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && LETTER.test(String.fromCharCode(c));
}

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return c >= 0xc0 && UPPER.test(String.fromCharCode(c));
}

/** Letters, digits and what joins them inside a name: "Noord-Brabant", "DT&V", "Bahama's". */
function isWordCode(c: number): boolean {
  return isLetterCode(c) || (c >= 48 && c <= 57) || c === 45 || c === 38 || c === 39 || c === 0x2019 || c === 43;
}

/**
 * The capitalised words of a text as `[start, end, …]`, in one pass: "Marokko",
 * "Noord-Brabant", "'s-Gravenhage". What gazetteers and first names are looked up in.
 */
export function capitalisedWords(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let start = -1;
    if (isUpperCode(c)) start = i;
    else if ((c === 39 || c === 0x2019) && text.charCodeAt(i + 1) === 115 && text.charCodeAt(i + 2) === 45) start = i;
    if (start < 0) continue;
    if (i > 0 && isWordCode(text.charCodeAt(i - 1))) {
      while (i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i++;
      continue;
    }
    let j = start === i && c !== 39 && c !== 0x2019 ? i + 1 : i + 3;
    while (j < n && isWordCode(text.charCodeAt(j))) j++;
    // A quote or hyphen at the end belongs to the text, not the word.
    let end = j;
    while (end > start + 1 && !isLetterCode(text.charCodeAt(end - 1)) && !isDigit(text.charCodeAt(end - 1))) end--;
    out.push(start, end);
    i = j - 1;
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The capitalised words of a segment (cached). */
export function capsOf(segment: Segment): number[] {
  if (!segment.caps) segment.caps = capitalisedWords(segment.text);
  return segment.caps;
}

/** A segment's text in lower case, same length as the text (cached). */
export function lowerOf(segment: Segment): string {
  if (segment.lower === undefined) segment.lower = lowerSameLength(segment.text);
  return segment.lower;
}

/** `text` in lower case, or as it is where lower-casing would change its length. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

/** Case-sensitive whole-word look-up of many phrases, keyed by their first word. */
export class PhraseIndex<T = string> {
  private readonly byFirst = new Map<string, Array<[string, T]>>();

  /** @param entries each phrase with what it stands for. */
  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) {
      const first = phrase.split(' ')[0] as string;
      const list = this.byFirst.get(first) ?? [];
      list.push([phrase, value]);
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  }

  /** Every phrase among capitalised words `caps` of `text`, leftmost and longest first, none overlapping. */
  find(text: string, caps: number[]): Array<PhraseMatch & { value: T }> {
    const out: Array<PhraseMatch & { value: T }> = [];
    let after = 0;
    for (let k = 0; k < caps.length; k += 2) {
      const start = caps[k] as number;
      if (start < after) continue;
      let word = text.slice(start, caps[k + 1]);
      let candidates = this.byFirst.get(word);
      if (!candidates && isDigit(word.charCodeAt(word.length - 1))) {
        // A footnote marker glued to the word: "Koninkrijksrelaties1".
        word = word.replace(/\d{1,2}$/, '');
        candidates = this.byFirst.get(word);
      }
      if (!candidates) continue;
      for (const [phrase, value] of candidates) {
        if (!text.startsWith(phrase, start)) continue;
        const next = text.charCodeAt(start + phrase.length);
        if (!Number.isNaN(next) && (isLetterCode(next) || next === 45)) continue;
        if (isDigit(next) && phrase !== word) continue;
        out.push({ phrase, start, end: start + phrase.length, value });
        after = start + phrase.length;
        break;
      }
    }
    return out;
  }
}

/** Finds many lower-case cue words at word starts in one pass over a text. */
export class CueScanner {
  private readonly pattern: RegExp;

  /** @param cues lower-case words or phrases. */
  constructor(cues: Iterable<string>) {
    const sorted = [...cues].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(sorted.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  }

  /** The offsets where each cue starts a word of `lower` (a lower-cased text). */
  scan(lower: string): Map<string, number[]> {
    const out = new Map<string, number[]>();
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
      const i = m.index;
      if (i > 0 && isLetterCode(lower.charCodeAt(i - 1))) continue;
      const hits = out.get(m[0]);
      if (hits) hits.push(i);
      else out.set(m[0], [i]);
    }
    return out;
  }
}
