/**
 * Text collected from an HTML page for one block, header field, footnote or table,
 * with the footnote markers met in it.
 *
 * A capture keeps two renderings apart: `text()` for the document model (markers
 * taken out, line breaks as spaces, one line) and `plain()` for the plain-text
 * fallback (markers kept where they stood, `<br>` as a line break), the way a
 * browser's copy of the page reads.
 *
 * @module
 */

/** A footnote marker in the body: its text ("1") and the id its link points at. */
export interface RawRef {
  marker: string;
  /** The fragment of the marker's link (`ID-2016Z00020-d37e57`), or null. */
  target: string | null;
}

/**
 * Characters that take no room (soft hyphens, zero-width spaces and joiners, BOMs) and
 * control characters other than whitespace (C0 and C1).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this takes out.
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /\s+/g;
const LINE_ENDS = /[\r\n]/g;
const NON_SPACE = /[^\s\u00ad\u200b-\u200d\u2060\ufeff]/;

/** Collapse whitespace, drop invisible and control characters, trim. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Clean each line, drop empty ones. */
function cleanLines(text: string): string {
  if (!text.includes('\n')) return cleanText(text);
  return text
    .split('\n')
    .map(cleanText)
    .filter((line) => line !== '')
    .join('\n');
}

/** Text and footnote markers gathered for one unit of the page. */
export class Capture {
  /** The rendering for the model, built as text arrives. */
  private forModel = '';
  /** The rendering for the plain-text fallback. */
  private forPlain = '';
  /** Markers met in this text, in order. */
  refs: RawRef[] = [];
  /** Whether any visible character was added. */
  hasText = false;
  /** A table: rows become lines and cells are separated by " | ". */
  readonly table: boolean;
  private cellsInRow = 0;
  /** Whether a break or marker made the two renderings differ. */
  private plainDiffers = false;

  constructor(table = false) {
    this.table = table;
  }

  /** Add text as the page gives it (entities decoded). */
  add(text: string): void {
    // Line ends in the markup are spaces; only breaks and rows make lines.
    const flat = text.includes('\n') || text.includes('\r') ? text.replace(LINE_ENDS, ' ') : text;
    this.forModel += flat;
    this.forPlain += flat;
    if (!this.hasText && NON_SPACE.test(text)) this.hasText = true;
  }

  /** A `<br>` or the edge of a block element inside this unit. */
  addBreak(): void {
    this.forModel += ' ';
    this.forPlain += '\n';
    this.plainDiffers = true;
  }

  /** A footnote marker: out of `text()`, kept in `plain()`. */
  addRef(ref: RawRef, shown: string): void {
    this.refs.push(ref);
    this.forPlain += shown;
    this.plainDiffers = true;
  }

  /** Start a table row. */
  row(): void {
    if (!this.table) return;
    this.forModel += '\n';
    this.forPlain += '\n';
    this.cellsInRow = 0;
  }

  /** Start a table cell. */
  cell(): void {
    if (!this.table) return;
    if (this.cellsInRow > 0) {
      this.forModel += ' | ';
      this.forPlain += ' | ';
    }
    this.cellsInRow++;
  }

  /** The text for the document model: one line, or one line a row for a table. */
  text(): string {
    return cleanLines(this.forModel);
  }

  /** The text as a browser's copy gives it: markers in place, `<br>` as a new line. */
  plain(): string {
    return cleanLines(this.plainDiffers ? this.forPlain : this.forModel);
  }

  /** Both renderings, each made once. */
  renderings(): { text: string; plain: string } {
    const text = this.text();
    return { text, plain: this.plainDiffers ? cleanLines(this.forPlain) : text };
  }

  /** Forget everything, to be used again. */
  reset(): void {
    this.forModel = '';
    this.forPlain = '';
    this.refs = [];
    this.hasText = false;
    this.cellsInRow = 0;
    this.plainDiffers = false;
  }
}
