/**
 * The opening of a paper's body that belongs to its header: the addressee ("Aan de
 * Voorzitter van de Tweede Kamer der Staten-Generaal") and, in an Aanhangsel, the
 * answer line ("Antwoord van Minister X (Portefeuille) (ontvangen 1 maart 2024).").
 * The renderings print them as ordinary paragraphs; they are taken out of the body.
 *
 * @module
 */
import { ANSWER_START, DATED_CLOSE } from '../text/questions.ts';
import type { RawBlock } from './page.ts';

/** What the opening held, and the body without it. */
export interface Opening {
  /** Without the leading "Aan de". */
  addressee: string | null;
  answerLine: string | null;
  blocks: RawBlock[];
}

/** How far into the body the addressee is looked for. */
const ADDRESSEE_WITHIN = 3;
const ADDRESSEE = /^Aan\s+(?:de|het)\s+(\S.{3,150}?)[.,]?$/;

/**
 * Take the addressee and the answer line out of the body's opening.
 *
 * @example
 * takeOpening([{ kind: 'paragraph', text: 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal', … }, …]).addressee;
 * // 'Voorzitter van de Tweede Kamer der Staten-Generaal'
 */
export function takeOpening(body: readonly RawBlock[]): Opening {
  const blocks = body.slice();
  let addressee: string | null = null;
  for (let i = 0; i < Math.min(blocks.length, ADDRESSEE_WITHIN); i++) {
    const block = blocks[i] as RawBlock;
    const match = block.kind === 'paragraph' ? ADDRESSEE.exec(block.text) : null;
    if (match && !/[.!?;]\s/.test(block.text)) {
      addressee = match[1] as string;
      blocks.splice(i, 1);
      break;
    }
  }
  let answerLine: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as RawBlock;
    if (block.kind === 'question' || block.kind === 'answer') break;
    const close = ANSWER_START.test(block.text) ? DATED_CLOSE.exec(block.text) : null;
    if (!close) continue;
    const end = close.index + close[0].length;
    answerLine = block.text.slice(0, end);
    const rest = block.text.slice(end).trim();
    if (rest === '') blocks.splice(i, 1);
    else blocks[i] = { ...block, text: rest, plain: rest };
    break;
  }
  return { addressee, answerLine, blocks };
}
