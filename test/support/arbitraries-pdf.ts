/**
 * fast-check generators of small PDFs, written here byte by byte, for the fuzz tests
 * of the PDF parser: pages of text lines (the lines of papers) in a font of the file's
 * own (cheap to read) or a standard one, content streams plain, deflated, hex-encoded
 * or with broken filters, a correct cross-reference table, and the structures that
 * trouble PDF readers: page trees that loop or lie about their count, arrays and
 * dictionaries nested thousands deep, lengths that lie, missing or wrong
 * cross-references, a bogus encryption dictionary, odd boxes, garbage operators and
 * strings with every escape, incremental updates, pages with no text at all.
 *
 * @module
 */
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { anyLine } from './arbitraries.ts';

/** What can be wrong in a generated PDF's structure (`none`: nothing). */
export type PdfHostility =
  | 'none'
  | 'count-mismatch'
  | 'kids-loop'
  | 'parent-loop'
  | 'deep-array'
  | 'deep-dictionary'
  | 'huge-length'
  | 'short-length'
  | 'no-xref'
  | 'wrong-startxref'
  | 'encrypt-junk'
  | 'odd-media-box'
  | 'garbage-operators'
  | 'broken-filter'
  | 'incremental-update'
  | 'image-only'
  | 'missing-objects';

/** A PDF to write. */
export interface PdfSpec {
  version: string;
  font: 'own' | 'Helvetica' | 'Times-Roman';
  filter: 'none' | 'flate' | 'hex';
  /** Lines of each page, top to bottom. */
  pages: { text: string; size: number }[][];
  hostility: PdfHostility;
  /** How deep the nested structure goes, for `deep-*`. */
  depth: number;
}

/** Text as a PDF literal string (Latin-1; other characters as `?`), with the escapes it needs. */
function literal(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    const byte = code < 0x100 ? String.fromCharCode(code) : '?';
    out += byte === '\\' || byte === '(' || byte === ')' ? `\\${byte}` : byte === '\r' ? '\\r' : byte;
  }
  return `(${out})`;
}

/** Content-stream operators that are wrong: missing operands, huge numbers, broken strings, an inline image of junk. */
const GARBAGE = [
  'Tj',
  '1 0 0 Td',
  '1e400 1e400 Td',
  '(unbalanced Tj',
  ') Tj',
  '<4a4b4 Tj',
  '[(a) -999999999 (b)] TJ',
  '/F9 12 Tf (x) Tj',
  'BI /W 10 /H 10 /BPC 8 /CS /G ID \u0000\u0001\u0002 EI',
  'q q q q q q q q',
  'Q Q Q Q',
  '(\\777\\8\\\r\n) Tj',
  '0 0 0 0 0 0 cm (x) Tj',
  'BT BT ET ET',
  '/ 1 Tf',
];

function contentOf(lines: PdfSpec['pages'][number], hostility: PdfHostility): string {
  if (hostility === 'image-only') return 'q 100 0 0 100 0 0 cm 0.5 g 0 0 1 1 re f Q\n';
  let y = 800;
  let out = '';
  lines.forEach((line, i) => {
    y -= line.size * 1.4;
    out += `BT /F1 ${line.size} Tf 72 ${Math.round(y)} Td ${literal(line.text)} Tj ET\n`;
    if (hostility === 'garbage-operators') out += `${GARBAGE[i % GARBAGE.length]}\n`;
  });
  return out;
}

function fontOf(font: PdfSpec['font']): string {
  if (font !== 'own') return `<< /Type /Font /Subtype /Type1 /BaseFont /${font} /Encoding /WinAnsiEncoding >>`;
  // A font of the file's own without embedded glyphs: widths and an encoding only.
  return `<< /Type /Font /Subtype /Type1 /BaseFont /FictiefSans /FirstChar 32 /LastChar 255 /Widths [${Array(224)
    .fill(500)
    .join(' ')}] /Encoding /WinAnsiEncoding >>`;
}

function streamOf(data: string, filter: PdfSpec['filter'], hostility: PdfHostility): string {
  let bytes = data;
  let dictionary = '';
  if (filter === 'flate') {
    bytes = deflateSync(Buffer.from(data, 'latin1')).toString('latin1');
    dictionary = ' /Filter /FlateDecode';
  } else if (filter === 'hex') {
    bytes = `${Buffer.from(data, 'latin1').toString('hex')}>`;
    dictionary = ' /Filter /ASCIIHexDecode';
  }
  if (hostility === 'broken-filter') {
    dictionary = ' /Filter [/FlateDecode /LZWDecode] /DecodeParms << /Predictor 99 /Columns -1 >>';
    bytes = data.slice(0, Math.ceil(data.length / 2));
  }
  const length =
    hostility === 'huge-length'
      ? 999_999_999
      : hostility === 'short-length'
        ? Math.floor(bytes.length / 3)
        : bytes.length;
  return `<< /Length ${length}${dictionary} >>\nstream\n${bytes}\nendstream`;
}

function nestedArray(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

function nestedDictionary(depth: number): string {
  return `${'<< /A '.repeat(depth)}1${' >>'.repeat(depth)}`;
}

/**
 * Write a PDF: catalog, page tree, a font, one content stream a page, a cross-reference
 * table with the right offsets and a trailer, then the hostility asked for.
 *
 * @example
 * writePdf({ version: '1.4', font: 'own', filter: 'none', pages: [[{ text: 'Fictief.', size: 11 }]], hostility: 'none', depth: 0 });
 */
export function writePdf(spec: PdfSpec): Uint8Array {
  const { hostility } = spec;
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', fontOf(spec.font)];
  const kids: number[] = [];
  const mediaBox = hostility === 'odd-media-box' ? '[0 0 1e308 -5]' : '[0 0 595 842]';
  for (const lines of spec.pages) {
    objects.push(streamOf(contentOf(lines, hostility), spec.filter, hostility));
    const content = objects.length;
    const parent = hostility === 'parent-loop' ? objects.length + 1 : 2;
    const extra =
      hostility === 'deep-array'
        ? ` /Deep ${nestedArray(spec.depth)}`
        : hostility === 'deep-dictionary'
          ? ` /Deep ${nestedDictionary(spec.depth)}`
          : '';
    objects.push(
      `<< /Type /Page /Parent ${parent} 0 R /MediaBox ${mediaBox} /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R${extra} >>`,
    );
    kids.push(objects.length);
  }
  const kidRefs = [
    ...kids,
    ...(hostility === 'kids-loop' ? [2] : []),
    ...(hostility === 'missing-objects' ? [999] : []),
  ];
  const count = hostility === 'count-mismatch' ? kids.length * 1000 + 7 : kids.length;
  objects[1] = `<< /Type /Pages /Kids [${kidRefs.map((k) => `${k} 0 R`).join(' ')}] /Count ${count} >>`;
  let trailerExtra = '';
  if (hostility === 'encrypt-junk') {
    objects.push('<< /Filter /Standard /V 9 /R 9 /O <00> /U <00> /P -1 /Length 7 >>');
    trailerExtra = ` /Encrypt ${objects.length} 0 R /ID [<00> <00>]`;
  }

  let out = `%PDF-${spec.version}\n%\xe2\xe3\xcf\xd3\n`;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  if (hostility !== 'no-xref') {
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\n`;
  out += `startxref\n${hostility === 'wrong-startxref' ? xref + 17 : xref}\n%%EOF\n`;
  if (hostility === 'incremental-update') {
    // A later revision that replaces the catalog with one pointing at a page tree that is not there.
    const at = out.length;
    out += '1 0 obj\n<< /Type /Catalog /Pages 77 0 R >>\nendobj\n';
    const xref2 = out.length;
    out += `xref\n0 1\n0000000000 65535 f \n1 1\n${String(at).padStart(10, '0')} 00000 n \n`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Prev ${xref} >>\nstartxref\n${xref2}\n%%EOF\n`;
  }
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Whether a spec, written whole, must be read: no hostility, and enough letters for a text layer. */
export function isReadable(spec: PdfSpec): boolean {
  if (spec.hostility !== 'none') return false;
  const letters = spec.pages
    .flat()
    .map((line) => line.text.replace(/[^A-Za-z]/g, ''))
    .join('');
  return letters.length >= 40;
}

/** A line of a page: the lines of papers, in body and footnote sizes. */
const pdfLine = fc.record({
  text: anyLine.map((line) => line.replace(/[\n\f]/g, ' ')),
  size: fc.constantFrom(11, 11, 11, 8, 9.5, 14),
});

/** The hostilities, with how often each comes. */
const hostility: fc.Arbitrary<PdfHostility> = fc.oneof(
  { arbitrary: fc.constant('none' as const), weight: 12 },
  {
    arbitrary: fc.constantFrom<PdfHostility>(
      'count-mismatch',
      'kids-loop',
      'parent-loop',
      'deep-array',
      'deep-dictionary',
      'huge-length',
      'short-length',
      'no-xref',
      'wrong-startxref',
      'encrypt-junk',
      'odd-media-box',
      'garbage-operators',
      'broken-filter',
      'incremental-update',
      'image-only',
      'missing-objects',
    ),
    weight: 8,
  },
);

/** A PDF spec: mostly the file's own font (cheap to read), a few pages of lines, now and then a hostility. */
export const pdfSpec: fc.Arbitrary<PdfSpec> = fc.record({
  version: fc.constantFrom('1.4', '1.4', '1.7', '2.0', '9.9'),
  font: fc.oneof(
    { arbitrary: fc.constant('own' as const), weight: 24 },
    { arbitrary: fc.constantFrom('Helvetica' as const, 'Times-Roman' as const), weight: 1 },
  ),
  filter: fc.constantFrom('none' as const, 'none' as const, 'none' as const, 'flate' as const, 'hex' as const),
  pages: fc.array(fc.array(pdfLine, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }),
  hostility,
  depth: fc.oneof(fc.integer({ min: 10, max: 500 }), fc.integer({ min: 5000, max: 20_000 })),
});

/**
 * What `pdftotext -raw` and `pdftotext -raw -bbox` print for pages of words, for the
 * layout stage of the poppler engine: the two agree, or (with `disagree`) do not.
 */
export const popplerOutput = fc
  .tuple(
    fc.array(
      fc.array(
        fc.record({
          words: fc.array(fc.oneof(anyLine, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 8 }),
          size: fc.constantFrom(11, 11, 8, 9.5, 0, -3, 1e9),
          top: fc.double({ min: -100, max: 1000, noNaN: true }),
        }),
        { maxLength: 10 },
      ),
      { maxLength: 3 },
    ),
    fc.boolean(),
    fc.string({ maxLength: 20 }),
  )
  .map(([pages, disagree, junk]) => {
    const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    let raw = '';
    let bbox = '<doc>\n';
    for (const lines of pages) {
      bbox += '<page width="595.000000" height="842.000000">\n';
      for (const line of lines) {
        const words = line.words.flatMap((w) => w.split(/\s+/)).filter((w) => w !== '');
        raw += `${words.join(' ')}\n`;
        let x = 72;
        for (const word of words) {
          const x1 = x + word.length * 5;
          bbox += `<word xMin="${x.toFixed(6)}" yMin="${line.top.toFixed(6)}" xMax="${x1.toFixed(6)}" yMax="${(line.top + line.size).toFixed(6)}">${escapeXml(word)}</word>\n`;
          x = x1 + 3;
        }
      }
      raw += '\f';
      bbox += '</page>\n';
    }
    bbox += '</doc>\n';
    return disagree ? { raw: raw + junk, bbox: bbox.replace(/word/, 'w') + junk } : { raw, bbox };
  });
