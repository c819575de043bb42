/**
 * Give each paragraph its block kind: heading, list item, question, answer, quote
 * or paragraph.
 *
 * @module
 */
import type { Block, BlockKind } from '../../model/index.ts';
import { LIST_ITEM, QA_LABEL } from './paragraphs.ts';

const NUMBERED_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-Z]\.)\s+\p{Lu}/u;
const QUESTION_LABEL = /^(?:Vraag|Vragen)\b/i;
const ANSWER_LABEL = /^(?:Antwoord|Antwoorden)\b/i;
const BARE_NUMBER = /^\d{1,3}[a-z]?\.?$/;
const QUOTED = /^[“"«‘'„].{20,}[”"»’']\.?$/u;

/** True for a short line without final punctuation that starts with a capital or a number. */
export function isHeading(text: string): boolean {
  if (text.length > 90 || /[.,;:!?]$/.test(text) || /[.;:!?] \p{Lu}/u.test(text)) return false;
  if (NUMBERED_HEADING.test(text)) return true;
  if (LIST_ITEM.test(text)) return false;
  return /^[\p{Lu}\d]/u.test(text) && text.split(' ').length <= 12;
}

/**
 * Classify paragraphs into blocks. Question/answer mode starts at a "Vraag"
 * label or at a run of bare question numbers ("1", "2", ...): the paragraphs
 * after a number up to the one ending in "?" are the question, the rest answer.
 *
 * @example
 * classify(['Inleiding', 'Dit is de tekst.']).map((b) => b.kind); // ['heading', 'paragraph']
 */
export function classify(paragraphs: readonly string[]): Block[] {
  const numbers = paragraphs.filter((p) => BARE_NUMBER.test(p)).length;
  const numbered = paragraphs.filter((p) => /^\d{1,3}\.\s.*\?$/.test(p)).length;
  const blocks: Block[] = [];
  let mode: 'none' | 'question' | 'answer' = 'none';
  for (const text of paragraphs) {
    let kind: BlockKind = 'paragraph';
    if (QA_LABEL.test(text) && (QUESTION_LABEL.test(text) || (BARE_NUMBER.test(text) && numbers >= 2))) {
      kind = 'heading';
      mode = 'question';
    } else if (QA_LABEL.test(text) && ANSWER_LABEL.test(text)) {
      kind = 'heading';
      mode = 'answer';
    } else if (QUESTION_LABEL.test(text) && /\?$/.test(text)) {
      kind = 'question';
      mode = 'answer';
    } else if (ANSWER_LABEL.test(text) && /^\S+(?: \d{1,3})?:? /.test(text)) {
      kind = 'answer';
      mode = 'answer';
    } else if (numbered >= 2 && /^\d{1,3}\.\s.*\?$/.test(text)) {
      kind = 'question';
      mode = 'answer';
    } else if (mode === 'question') {
      kind = 'question';
      if (/\?[”"’)]?$/.test(text)) mode = 'answer';
    } else if (mode === 'answer' && !isHeading(text)) {
      kind = 'answer';
    } else if (isHeading(text)) {
      kind = 'heading';
    } else if (LIST_ITEM.test(text)) {
      kind = 'list-item';
    } else if (QUOTED.test(text)) {
      kind = 'quote';
    }
    blocks.push({ kind, text });
  }
  return blocks;
}
