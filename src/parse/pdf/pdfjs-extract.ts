/**
 * Text extraction with pdfjs (`pdfjs-dist` legacy build, for Node 20), the fallback
 * when poppler's `pdftotext` is not installed: run in the thread of `pdfjs-worker.ts`
 * (see `pdfjs.ts` for why), with scripting and font evaluation off; gives each text
 * item its position and font size, from which `pdfjs-lines.ts` builds lines as
 * `pdftotext -raw` does.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ParseError } from '../errors.ts';
import { damaged, encrypted, tookTooLong, tooManyPages, tooMuchOutput } from './failures.ts';
import { itemsToLines, type PlacedItem } from './pdfjs-lines.ts';
import type { PdfLimits, PdfPage } from './types.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let loaded: Promise<PdfJs> | undefined;

/** pdfjs is large: load it on the first PDF that needs it. */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** The package's own font metrics and character maps (paths end in a slash, as pdfjs wants). */
function dataDirs(): { standardFontDataUrl: string; cMapUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { standardFontDataUrl: `${join(root, 'standard_fonts')}/`, cMapUrl: `${join(root, 'cmaps')}/` };
}

async function readPages(pdfjs: PdfJs, doc: PdfDocument, limits: PdfLimits, deadline: number): Promise<PdfPage[]> {
  if (doc.numPages > limits.maxPages) throw tooManyPages(limits.maxPages);
  const pages: PdfPage[] = [];
  let output = 0;
  let failed = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    if (Date.now() > deadline) throw tookTooLong(limits.timeoutMs);
    try {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PlacedItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , c, d, x, y] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        const size = Math.hypot(c as number, d as number);
        items.push({ text: item.str, x0: x as number, x1: (x as number) + item.width, baseline: y as number, size });
        output += item.str.length;
      }
      page.cleanup();
      if (output > limits.maxOutputBytes) throw tooMuchOutput(limits.maxOutputBytes);
      pages.push({ lines: itemsToLines(items) });
    } catch (error) {
      if (error instanceof ParseError) throw error;
      // One broken page does not sink the paper; every page broken does.
      failed++;
      pages.push({ lines: [] });
    }
  }
  if (failed > 0 && failed === doc.numPages) throw damaged();
  return pages;
}

function explain(error: unknown): ParseError {
  if (error instanceof ParseError) return error;
  if ((error as Error | undefined)?.name === 'PasswordException') return encrypted();
  return damaged();
}

/**
 * The pages of a PDF as lines with item boxes and font sizes, read by pdfjs in the
 * calling thread.
 *
 * @throws {ParseError} for a damaged or encrypted PDF, too many pages, too much text
 * or a run past the time limit.
 */
export async function extractInThisThread(bytes: Uint8Array, limits: PdfLimits): Promise<PdfPage[]> {
  const deadline = Date.now() + limits.timeoutMs;
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    ...dataDirs(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tookTooLong(limits.timeoutMs)), Math.max(1, deadline - Date.now()));
  });
  const work = task.promise.then((doc) => readPages(pdfjs, doc, limits, deadline));
  work.catch(() => {});
  try {
    return await Promise.race([work, expired]);
  } catch (error) {
    throw explain(error);
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}
