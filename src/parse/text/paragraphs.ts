/**
 * Re-flow wrapped lines into paragraphs. `pdftotext -raw` prints no blank line
 * between paragraphs: a paragraph ends on a line that stops clearly short of the
 * column (the first word of the next line would have fitted), before a list item
 * or a question label, or at a blank line. Text copied from HTML has one
 * paragraph a line, which the same rules leave alone.
 *
 * @module
 */
import { joinWrapped, type Lexicon } from './dehyphenate.ts';

/** A line longer than this was never wrapped at a page column. */
const MAX_COLUMN = 130;
/** Share of the column a line must fill to be taken as wrapped, after a sentence end. */
const FULL_AFTER_SENTENCE = 1.02;
/** The same for a line that does not end a sentence (a wrapped line is rarely this short). */
const FULL_OTHERWISE = 0.9;

/** Starts a list item: dashes, bullets, "a.", "1.", "a)", "(1)", "I.". */
export const LIST_ITEM = /^(?:[–•▪●◦*·-]\s|\(?[a-z]\)\s|\(\d{1,2}\)\s|\d{1,2}[.)]\s|[a-z]\.\s|[IVX]{1,5}\.\s)/;
/** A question/answer label or number standing on its own line. */
export const QA_LABEL =
  /^(?:(?:Vraag|Vragen|Antwoord|Antwoorden)(?: (?:op )?(?:vraag )?\d{1,3}[a-z]?)?:?|\d{1,3}[a-z]?\.?|[IVX]{1,5}\.)$/i;

/**
 * The column width of wrapped text: a high percentile of the line lengths, or 0
 * when the lines do not look wrapped.
 */
export function columnWidth(lines: readonly string[]): number {
  const lengths: number[] = [];
  for (const line of lines) {
    const n = line.trim().length;
    if (n > 20 && n <= MAX_COLUMN) lengths.push(n);
  }
  if (lengths.length < 3) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] as number;
}

function firstWordLength(line: string): number {
  const space = line.indexOf(' ');
  return space < 0 ? line.length : space;
}

/** The clauses of a motion ("overwegende dat …;", "verzoekt de regering …,") are paragraphs. */
const MOTION_CLAUSE =
  /^(?:overwegende|constaterende|verzoekt|spreekt|van mening|van oordeel|gehoord|en gaat over|roept|draagt|besluit|voorts|tevens|gelet op|mede gelet|concluderende|stelt vast|betreurt|wijst|is van mening|vraagt|nodigt)\b/;

/**
 * A heading standing between two paragraphs: a short line that starts with a capital
 * or a number, has no closing punctuation, and is followed by a line starting a sentence.
 */
function isHeadingLine(line: string, after: string, width: number): boolean {
  return (
    line.length > 0 &&
    line.length < width * 0.75 &&
    /^[\p{Lu}\d]/u.test(line) &&
    !/[.,;:?!]["”’»)]?$/.test(line) &&
    /^[\p{Lu}«“"‘'(]/u.test(after)
  );
}

/**
 * Whether the paragraph ends after `line`. `lineIsQa` says whether `line` is a
 * question/answer label (known from the step before); `after` gives the line after
 * `next`, read only when needed.
 */
function endsParagraph(line: string, next: string, width: number, lineIsQa: boolean, after: () => string): boolean {
  if (line.length > MAX_COLUMN || width === 0) return true;
  if (line.endsWith('-') && /\p{L}-$/u.test(line)) return false;
  if (lineIsQa || LIST_ITEM.test(next) || QA_LABEL.test(next)) return true;
  if (/[;,:]$/.test(line) && MOTION_CLAUSE.test(next)) return true;
  const endsSentence = /[.?!:]["”’»)]?$/.test(line);
  // A paragraph never starts in lower case (clauses and list items are handled above).
  if (!endsSentence && /^\p{Ll}/u.test(next) && !/[,;]["”’»)]?$/.test(line)) return false;
  if (endsSentence && isHeadingLine(next, after(), width)) return true;
  const fill = (line.length + 1 + firstWordLength(next)) / width;
  return fill < (/[.;:?!)]["”’»]?$/.test(line) ? FULL_AFTER_SENTENCE : FULL_OTHERWISE);
}

/**
 * Group lines into paragraphs and join each onto one line, undoing end-of-line
 * hyphenation. Blank lines always end a paragraph.
 *
 * @example
 * toParagraphs(['Een korte regel.', 'Tweede alinea.'], { doc: new Set() });
 * // ['Een korte regel.', 'Tweede alinea.']
 */
export function toParagraphs(lines: readonly string[], lexicon: Lexicon): string[] {
  const width = columnWidth(lines);
  const paragraphs: string[] = [];
  // The paragraph so far is `done` + `last`: joining looks only at the last line, so that
  // a paragraph of thousands of lines is built in linear time (`done` is never read back).
  let done = '';
  let last = '';
  const close = () => {
    if (done !== '' || last !== '') paragraphs.push(done + last);
    done = '';
    last = '';
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] as string).trim();
    const line = raw.includes('  ') ? raw.replace(/ {2,}/g, ' ') : raw;
    if (line === '') {
      close();
      continue;
    }
    // joinWrapped's result always ends with `line`: what comes before it is final.
    const joined = joinWrapped(last, line, lexicon);
    done += joined.slice(0, joined.length - line.length);
    last = line;
    const next = (lines[i + 1] ?? '').trim();
    const lineIsQa = QA_LABEL.test(line);
    const after = () => (lines[i + 2] ?? '').trim();
    if (next === '' || endsParagraph(line, next, width, lineIsQa, after)) close();
  }
  close();
  return paragraphs;
}
