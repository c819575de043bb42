/**
 * The two extraction engines for the PDF tests: every test runs on both, poppler's
 * `pdftotext` (skipped visibly when it is not installed, failing instead under
 * `GRIFFIE_REQUIRE_ALL=1`, as in CI where it is) and pdfjs.
 *
 * @module
 */
import { enrich } from '../../src/extract/index.ts';
import type { Document } from '../../src/model/index.ts';
import { createPdfParser, type PdfEngine, popplerAvailable, sha256 } from '../../src/parse/index.ts';

/** Both engines, poppler first. */
export const ENGINES: readonly PdfEngine[] = ['poppler', 'pdfjs'];

/**
 * True when `engine` can run here; otherwise marks the test skipped (or throws under
 * `GRIFFIE_REQUIRE_ALL=1`) and returns false.
 */
export async function engineOrSkip(t: { skip: (message?: string) => void }, engine: PdfEngine): Promise<boolean> {
  if (engine === 'pdfjs' || (await popplerAvailable())) return true;
  const reason = 'pdftotext (Debian poppler-utils) is not installed';
  if (process.env.GRIFFIE_REQUIRE_ALL === '1') throw new Error(`${reason}, and GRIFFIE_REQUIRE_ALL=1 forbids skipping`);
  t.skip(reason);
  return false;
}

/** Parse PDF bytes with one engine and derive the shared fields, as the pipeline does. */
export async function parsePdf(bytes: Uint8Array, engine: PdfEngine, path?: string): Promise<Document> {
  const source = { format: 'pdf' as const, ...(path ? { path } : {}), sha256: sha256(bytes) };
  return enrich(await createPdfParser({ engine }).parse(bytes, source));
}
