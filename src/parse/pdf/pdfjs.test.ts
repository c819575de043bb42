/**
 * Regression tests of the pdfjs engine found by fuzzing (`test/fuzz-pdf.test.ts`):
 * damaged multi-page PDFs on which pdfjs leaves a rejected promise unhandled (its page
 * tree prefetch), which ended the process when pdfjs ran in the main thread.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { writePdf } from '../../../test/support/arbitraries-pdf.ts';
import { ParseError } from '../errors.ts';
import { pdfText } from './index.ts';

/** A three-page PDF (object 7 is the second page), each page dictionary with `/Deep` nested `depth` deep. */
function threePages(depth = 0): string {
  const page = (text: string) => [{ text, size: 11 }];
  const bytes = writePdf({
    version: '1.4',
    font: 'own',
    filter: 'none',
    pages: [
      page('Dit is een fictief voorbeeld van een brief aan de Kamer.'),
      page('Tweede pagina van het fictieve voorbeeld.'),
      page('Derde pagina van het fictieve voorbeeld.'),
    ],
    hostility: depth > 0 ? 'deep-dictionary' : 'none',
    depth,
  });
  return Buffer.from(bytes).toString('latin1');
}

/** Run `read`, returning what it gave and the rejections left unhandled in this process meanwhile. */
async function withUnhandled(read: () => Promise<unknown>): Promise<{ outcome: unknown; unhandled: unknown[] }> {
  const unhandled: unknown[] = [];
  const listener = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', listener);
  try {
    const outcome = await read().catch((error: unknown) => error);
    await sleep(50);
    return { outcome, unhandled };
  } finally {
    process.off('unhandledRejection', listener);
  }
}

describe('pdfText with pdfjs', () => {
  for (const [what, pdf] of [
    ['the second page’s object numbered wrongly', () => threePages().replace('7 0 obj', '9 9 obj')],
    ['its page dictionaries nested 60,000 dictionaries deep', () => threePages(60_000)],
  ] as const) {
    it(`should read or refuse a PDF with ${what}, leaving no rejection unhandled`, async () => {
      const bytes = Buffer.from(pdf(), 'latin1');
      const { outcome, unhandled } = await withUnhandled(() => pdfText(bytes, { engine: 'pdfjs' }));
      assert.deepEqual(unhandled, []);
      assert.ok(typeof outcome === 'string' || outcome instanceof ParseError, String(outcome));
    });
  }

  it('should still read the whole three-page PDF', async () => {
    const text = await pdfText(Buffer.from(threePages(), 'latin1'), { engine: 'pdfjs' });
    assert.match(text, /Tweede pagina van het fictieve voorbeeld\./);
    assert.match(text, /Derde pagina/);
  });
});
