/**
 * The body of a paper: paragraphs, headings, list items, footnotes and signatures.
 *
 * @module
 */
import type { Block } from '../../model/index.ts';
import { isBlank } from './lines.ts';
import type { BodyResult } from './types.ts';

/** Read the body lines (after the header) into blocks, footnotes and signatories. */
export function readBody(lines: string[]): BodyResult {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push({ kind: 'paragraph', text: current.join(' ') });
    current = [];
  };
  for (const line of lines) {
    if (isBlank(line)) flush();
    else current.push(line.trim());
  }
  flush();
  return { blocks, footnotes: [], signatories: [], warnings: [] };
}
