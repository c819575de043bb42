/**
 * Commitments (toezeggingen): promises of future action made by the author.
 *
 * Read only where the government speaks: the papers it writes (letters, explanatory
 * memoranda, notes and memoranda in reply, answers to written questions), the answers
 * in a list of questions and answers or a written consultation, and the government's
 * turns in a committee debate or in Handelingen (where the chair's list of recorded
 * commitments, when there is one, is taken instead). Motions, amendments, bills and the
 * Kamer's reports promise nothing on the government's behalf.
 *
 * Each commitment is one sentence as it stands in its block (`commitment-cues.ts` says
 * which sentences promise), with the author as `by` (`author.ts`) and the time phrase as
 * `due` and `deadline` (`due.ts`). A sentence that promises only in the present tense
 * ("In het najaar ontvangt u …") counts only with a time to come.
 *
 * @module
 */
import type { Block, Commitment, Document } from '../model/index.ts';
import { authorLabel, isGovernmentAuthor } from './author.ts';
import { commitmentCue, onlyDiscusses } from './commitment-cues.ts';
import { attendees, governmentTurns, recordedCommitments, speakerLabel } from './debate.ts';
import { readDue } from './due.ts';
import { blockSentences } from './sentences.ts';

/** Longer "sentences" are run-on text (tables, lists without stops): not read. */
export const MAX_SENTENCE = 1500;

const OWN_BLOCKS = new Set(['paragraph', 'list-item', 'answer', 'text']);

/** "… voorgelegd aan de Minister van Infrastructuur en Waterstaat": who answers. */
const ANSWERER =
  /\b(?:voorgelegd aan|gesteld aan|gericht aan)\s+(?:de|het)\s+((?:[Mm]inister-[Pp]resident|[Mm]inister|[Ss]taatssecretaris)(?:\s+en\s+de\s+(?:[Mm]inister|[Ss]taatssecretaris))?\s+(?:van|voor)\s+[\p{Lu}][\p{L}-]*(?:(?:,\s+|\s+en\s+)[\p{Lu}][\p{L}-]*)*)/u;

const REACTION =
  /^(?:[IVX]+\.\s*)?(?:reactie|antwoord|antwoorden|beantwoording)\s+van\s+(?:de\s+|het\s+)?(?:minister|staatssecretaris|regering|kabinet|bewindspersoon)/iu;
const QUESTIONS = /^(?:[IVX]+\.\s*)?(?:vragen|inbreng)\b/iu;

/** A commitment from one sentence, or null. */
function fromSentence(sentence: string, by: string | null, date: string | null): Commitment | null {
  if (sentence.length > MAX_SENTENCE) return null;
  const cue = commitmentCue(sentence);
  if (!cue) return null;
  const due = readDue(sentence, date);
  if (cue === 'present' && !due) return null;
  if (cue === 'passive' && !/^\d{4}/.test(due?.due ?? '')) return null;
  if (cue === 'future' && !due && onlyDiscusses(sentence)) return null;
  const commitment: Commitment = { text: sentence, by, due: due?.due ?? null };
  if (due?.deadline) commitment.deadline = due.deadline;
  return commitment;
}

/** Every commitment in the sentences of `blocks`; a sentence repeated is read once. */
function fromBlocks(blocks: Block[], by: string | null, date: string | null, out: Commitment[]): void {
  const seen = new Set<string>();
  for (const block of blocks) {
    for (const sentence of blockSentences(block)) {
      if (seen.has(sentence.text)) continue;
      seen.add(sentence.text);
      const commitment = fromSentence(sentence.text, by, date);
      if (commitment) out.push(commitment);
    }
  }
}

/** Who answers in a list of questions and answers or a written consultation. */
function answererLabel(doc: Document): string | null {
  const signed = authorLabel({ sender: null, signatories: doc.signatories });
  if (signed) return signed;
  for (const block of doc.blocks.slice(0, 6)) {
    const m = ANSWERER.exec(block.text);
    if (m)
      return (m[1] as string)
        .replace(/\s+en\s+de\s+(?:minister|staatssecretaris)/i, '')
        .replace(/^./, (c) => c.toUpperCase());
  }
  return null;
}

/** The answering blocks of a report that prints the government's answers. */
function answerBlocks(doc: Document): Block[] {
  const out: Block[] = [];
  let reacting = false;
  for (const block of doc.blocks) {
    if (block.kind === 'answer') {
      out.push(block);
      continue;
    }
    if (block.kind === 'heading' || block.kind === 'list-item' || block.text.length < 120) {
      if (REACTION.test(block.text)) {
        reacting = true;
        continue;
      }
      if (QUESTIONS.test(block.text)) reacting = false;
    }
    if (reacting && OWN_BLOCKS.has(block.kind)) out.push(block);
  }
  return out;
}

/** The commitments of a committee debate or a Handelingen item. */
function debateCommitments(doc: Document, out: Commitment[]): void {
  const known = attendees(doc.blocks);
  const only = known.size === 1 ? ([...known.values()][0] as string) : null;
  const recorded = recordedCommitments(doc.blocks);
  if (recorded.length > 0) {
    for (const text of recorded) {
      if (text.length > MAX_SENTENCE) continue;
      const due = readDue(text, doc.date);
      const commitment: Commitment = { text, by: only, due: due?.due ?? null };
      if (due?.deadline) commitment.deadline = due.deadline;
      out.push(commitment);
    }
    return;
  }
  for (const turn of governmentTurns(doc.blocks)) {
    fromBlocks(turn.blocks, speakerLabel(turn.speaker, known), doc.date, out);
  }
}

function collect(doc: Document, out: Commitment[]): void {
  if (doc.kind === 'handelingen' || doc.type === 'handelingen' || doc.type === 'verslag-commissiedebat') {
    debateCommitments(doc, out);
    return;
  }
  if (doc.type === 'lijst-van-vragen-en-antwoorden' || doc.type === 'verslag-schriftelijk-overleg') {
    fromBlocks(answerBlocks(doc), answererLabel(doc), doc.date, out);
    return;
  }
  if (!isGovernmentAuthor(doc)) return;
  const own = doc.blocks.filter((b) => OWN_BLOCKS.has(b.kind));
  fromBlocks(own, authorLabel(doc), doc.date, out);
}

/**
 * The commitments a paper makes, in reading order, each sentence once. Never throws:
 * a failure on strange content leaves a warning and no commitments.
 */
export function extractCommitments(doc: Document): Commitment[] {
  const out: Commitment[] = [];
  try {
    collect(doc, out);
  } catch (error) {
    doc.warnings.push(`commitments: not read (${error instanceof Error ? error.message : String(error)})`);
    return [];
  }
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(c.text) && Boolean(seen.add(c.text)));
}
