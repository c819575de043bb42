/**
 * Loading every corpus text into memory as bytes: the `text` of each
 * `corpus/raw/*.json` and each `corpus/pdf/*.txt`. Used by the benchmark.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One input as the parser receives it. */
export interface CorpusText {
  path: string;
  bytes: Uint8Array;
}

/** Every raw text and PDF text of the corpus, sorted by name within each part. */
export function loadCorpusTexts(corpusDir: string): CorpusText[] {
  const out: CorpusText[] = [];
  const rawDir = join(corpusDir, 'raw');
  for (const name of readdirSync(rawDir).sort()) {
    if (!name.endsWith('.json')) continue;
    const { text } = JSON.parse(readFileSync(join(rawDir, name), 'utf8')) as { text: string };
    out.push({ path: name.replace(/\.json$/, '.txt'), bytes: Buffer.from(text, 'utf8') });
  }
  const pdfDir = join(corpusDir, 'pdf');
  for (const name of readdirSync(pdfDir).sort()) {
    if (name.endsWith('.txt')) out.push({ path: name, bytes: readFileSync(join(pdfDir, name)) });
  }
  return out;
}
