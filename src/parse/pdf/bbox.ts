/**
 * Word boxes for the lines of `pdftotext -raw`: reads the word list that
 * `pdftotext -raw -bbox` prints (the same words, in the same content order, each with
 * its box) and lays it over the plain `-raw` text of the page, so that every line of
 * the text `parseText` is tuned for knows the sizes and positions of its words.
 *
 * @module
 */
import type { PdfLine, PdfPage, PdfWord } from './types.ts';

const PAGE = /<page\b[^>]*>([\s\S]*?)<\/page>|<page\b[^>]*\/>/g;
const WORD = /<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g;
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? '';
    const code = dec ? Number(dec) : Number.parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/**
 * The words of each page of a `pdftotext -bbox` document, in order.
 *
 * @example
 * parseBboxPages('<page width="595" height="842"><word xMin="1" yMin="2" xMax="3" yMax="12">Nr.</word></page>');
 * // [[{ text: 'Nr.', x0: 1, x1: 3, top: 2, bottom: 12, size: 10 }]]
 */
export function parseBboxPages(xml: string): PdfWord[][] {
  const pages: PdfWord[][] = [];
  for (const page of xml.matchAll(PAGE)) {
    const words: PdfWord[] = [];
    for (const m of (page[1] ?? '').matchAll(WORD)) {
      const top = Number(m[2]);
      const bottom = Number(m[4]);
      words.push({
        text: unescapeXml(m[5] as string),
        x0: Number(m[1]),
        x1: Number(m[3]),
        top,
        bottom,
        size: bottom - top,
      });
    }
    pages.push(words);
  }
  return pages;
}

/**
 * Split the `-raw` text of one page into lines and give each the words (from the
 * `-bbox` list of the same page) that start on it. The two agree character for
 * character once whitespace is left out; where they do not, the lines come back
 * without words (their geometry unknown) rather than with wrong ones.
 *
 * @example
 * // the -raw line "op 6 mei 20151" and the boxes of op, 6, mei, 2015 and the raised 1:
 * alignPage('op 6 mei 20151\n', boxes)[0].words.length; // 5
 */
export function alignPage(text: string, words: readonly PdfWord[]): PdfLine[] {
  const texts = text.split('\n');
  if (texts[texts.length - 1] === '') texts.pop();
  const bare = words.map((word) => word.text.replace(/\s/g, ''));
  const lines: PdfLine[] = texts.map((t) => ({ text: t, words: [] }));
  let w = 0;
  let c = 0;
  for (let i = 0; i < texts.length; i++) {
    const line = texts[i] as string;
    for (let k = 0; k < line.length; k++) {
      const ch = line[k] as string;
      if (/\s/.test(ch)) continue;
      while (w < bare.length && c >= (bare[w] as string).length) {
        w++;
        c = 0;
      }
      if (w >= bare.length || (bare[w] as string)[c] !== ch) return texts.map((t) => ({ text: t, words: [] }));
      if (c === 0) (lines[i] as PdfLine).words.push(words[w] as PdfWord);
      c++;
    }
  }
  return lines;
}

/** Pages of `-raw` text (split at form feeds) with the word boxes of `-raw -bbox`. */
export function alignPages(rawText: string, bboxXml: string): PdfPage[] {
  const texts = rawText.split('\f');
  if (texts[texts.length - 1] === '') texts.pop();
  const boxes = parseBboxPages(bboxXml);
  return texts.map((text, i) => ({ lines: alignPage(text, boxes[i] ?? []) }));
}
