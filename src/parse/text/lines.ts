/**
 * Text → normalised lines: one place that decides what whitespace and invisible
 * characters mean, so every later stage sees the same thing.
 *
 * @module
 */

/** Carriage returns, zero-width characters and spaces other than U+0020, in one pass. */
const NORMALISE = /\r\n?|[\u200b-\u200d\u2060\ufeff]|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

function normaliseChar(c: string): string {
  if (c.charCodeAt(0) === 13) return '\n';
  const code = c.charCodeAt(0);
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff ? '' : ' ';
}

/**
 * Split text into lines: CRLF/CR become LF, form feeds (page breaks from
 * `pdftotext`) become a line of their own holding `\f`, no-break and other spaces
 * become plain spaces, zero-width characters go, trailing spaces are trimmed.
 *
 * @example
 * toLines('a\u00a0b \r\nc'); // ['a b', 'c']
 */
export function toLines(text: string): string[] {
  let normalised = text.replace(NORMALISE, normaliseChar);
  if (normalised.includes('\f')) normalised = normalised.replace(/\n?\f\n?/g, '\n\f\n');
  const lines = normalised.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line !== '\f') lines[i] = line.trimEnd();
  }
  return lines;
}

/** True for a line holding nothing. */
export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** True for the page-break line `toLines` makes of a form feed. */
export function isPageBreak(line: string | undefined): boolean {
  return line === '\f';
}
