/**
 * Small PDFs written by hand for the PDF parser's tests: pages of Helvetica text
 * lines placed where a printed Kamerstuk puts them (body, footnotes in smaller type
 * at the foot, running footer, colophon), in any content order, with raised footnote
 * markers; and the bad cases: a password-protected file, a scan (an image and no
 * text), a file of thousands of pages. The papers are fictional (dossier 99 123,
 * "fictief voorbeeld").
 *
 * @module
 */
import { createHash } from 'node:crypto';

/** A run of text in a line, in its own size and raised by `rise` points (a marker). */
export interface Span {
  text: string;
  size?: number;
  rise?: number;
}

/** One line: `y` is its baseline, in points from the top of the page. */
export interface TextLine {
  x: number;
  y: number;
  size: number;
  text?: string;
  spans?: Span[];
}

/** One page: text lines in content order, or an image only (a scan). */
export interface PageSpec {
  lines?: TextLine[];
  image?: boolean;
}

/** What to write. */
export interface PdfSpec {
  pages: PageSpec[];
  /**
   * Encrypt the file (40-bit RC4, the standard security handler): with a user
   * password it cannot be opened without it; with `''` anyone can open it, but the
   * owner's permissions apply (`allowCopy: false` forbids copying its text).
   */
  encrypt?: { userPassword: string; allowCopy?: boolean };
}

const WIDTH = 595;
const HEIGHT = 842;

/** Windows-1252 code points of the non-Latin-1 characters our papers use. */
const WIN_ANSI: Record<string, number> = {
  '€': 0x80,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
};
Object.assign(WIN_ANSI, { '–': 0x96, '—': 0x97 });

function literal(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? ch.codePointAt(0) ?? 0x3f;
    const byte = code < 0x100 ? String.fromCharCode(code) : '?';
    out += byte === '\\' || byte === '(' || byte === ')' ? `\\${byte}` : byte;
  }
  return `(${out})`;
}

function contentOf(page: PageSpec): string {
  if (page.image) return `q ${WIDTH} 0 0 ${HEIGHT} 0 0 cm /Im1 Do Q\n`;
  let out = '';
  for (const line of page.lines ?? []) {
    const spans = line.spans ?? [{ text: line.text ?? '' }];
    out += `BT 1 0 0 1 ${line.x} ${HEIGHT - line.y} Tm\n`;
    for (const span of spans) {
      out += `/F1 ${span.size ?? line.size} Tf ${span.rise ?? 0} Ts ${literal(span.text)} Tj\n`;
    }
    out += 'ET\n';
  }
  return out;
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function padded(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + (s[i] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 255] as number);
  }
  return out;
}

interface Encryption {
  dictionary: string;
  id: string;
  /** Encrypts the data of object `num`. */
  cipher: (num: number, data: string) => string;
}

/**
 * The standard security handler, revision 2 (40-bit RC4): the `/Encrypt` dictionary,
 * the file id and the cipher for the streams.
 */
function encryption(userPassword: string, allowCopy: boolean): Encryption {
  const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const id = md5(Buffer.from('fictief voorbeeld 99 123'));
  const owner = rc4(md5(padded('eigenaar van het fictieve voorbeeld')).subarray(0, 5), padded(userPassword));
  // Print and copy allowed, or print only (bit 5, value 16, is copying).
  const p = allowCopy ? -44 : -60;
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(p);
  const key = md5(padded(userPassword), owner, permissions, id).subarray(0, 5);
  const user = rc4(key, PAD);
  const cipher = (num: number, data: string) => {
    const suffix = Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0]);
    const objectKey = md5(key, suffix).subarray(0, 10);
    return rc4(objectKey, Buffer.from(data, 'latin1')).toString('latin1');
  };
  const dictionary = `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${p} >>`;
  return { dictionary, id: id.toString('hex'), cipher };
}

/**
 * Write a PDF: one Helvetica font, one content stream a page (pages with the same
 * content share it), a correct cross-reference table; encrypted if asked.
 *
 * @example
 * makePdf({ pages: [{ lines: [{ x: 72, y: 100, size: 11, text: 'Fictief voorbeeld.' }] }] });
 */
export function makePdf(spec: PdfSpec): Uint8Array {
  const crypt = spec.encrypt && encryption(spec.encrypt.userPassword, spec.encrypt.allowCopy ?? true);
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const addStream = (dictionary: string, data: string) => {
    const num = objects.length + 1;
    const bytes = crypt ? crypt.cipher(num, data) : data;
    return add(`<< ${dictionary} /Length ${bytes.length} >>\nstream\n${bytes}\nendstream`);
  };
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  addStream('/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8', '\x80');
  const streams = new Map<string, number>();
  const kids: number[] = [];
  for (const page of spec.pages) {
    const content = contentOf(page);
    let stream = streams.get(content);
    if (stream === undefined) {
      stream = addStream('', content);
      streams.set(content, stream);
    }
    const resources = '/Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >>';
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Resources << ${resources} >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let trailerExtra = '';
  if (crypt) trailerExtra = ` /Encrypt ${add(crypt.dictionary)} 0 R /ID [<${crypt.id}> <${crypt.id}>]`;

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
