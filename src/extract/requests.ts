/**
 * Requests made to the author that a paper answers or mentions (`Document.requests`).
 *
 * What is read depends on the paper:
 * - a motion: each "verzoekt de regering …" is a request by its submitters (`motion`);
 * - Handelingen: the motions read out in the debate (`motion`);
 * - written questions and the answers to them: the questions, by the members who ask
 *   (`question`); an answer's date is unknown (the model keeps no submission date);
 * - a list of questions and answers or a written consultation: the committee's questions
 *   (`committee`), and the requests the government's answers mention;
 * - what the government writes (letters, memoranda, notes, answers): committee and
 *   member requests it answers (`committee`, `other`), motions it carries out or
 *   answers (`motion`), questions it answers (`question`) and earlier promises it keeps
 *   or mentions (`commitment`); see `request-letter.ts`; a reply to a report (nota naar
 *   aanleiding van het verslag, memorie van antwoord) answers the committee's report;
 * - anything else (amendments, bills, the Kamer's reports): none.
 *
 * @module
 */
import type { Block, Document, Request } from '../model/index.ts';
import { isGovernmentAuthor } from './author.ts';
import { letterRequests } from './request-letter.ts';
import { debateQuestions, partyQuestions } from './request-members.ts';
import { consultationPaper, debateMotions, motionPaper, questionsPaper, reportAnswered } from './request-papers.ts';

const READ = new Set(['paragraph', 'list-item', 'answer', 'text', 'quote']);
const REPLIES = new Set(['nota-naar-aanleiding-van-het-verslag', 'memorie-van-antwoord']);

function governmentBlocks(doc: Document): Block[] {
  return doc.blocks.filter((b) => READ.has(b.kind));
}

function collect(doc: Document): Request[] {
  if (doc.type === 'motie') return motionPaper(doc);
  if (doc.kind === 'handelingen' || doc.type === 'handelingen')
    return [...debateMotions(doc), ...debateQuestions(doc, true)];
  if (doc.type === 'verslag-commissiedebat') return debateQuestions(doc, false);
  if (doc.type === 'verslag')
    return partyQuestions(
      doc.blocks.filter((b) => b.kind !== 'heading'),
      doc.date,
    );
  if (doc.type === 'kamervragen') return questionsPaper(doc);
  if (doc.type === 'antwoord-kamervragen') {
    const answers = doc.blocks.filter((b) => b.kind === 'answer');
    return [...questionsPaper(doc), ...letterRequests(doc, answers)];
  }
  if (doc.type === 'lijst-van-vragen-en-antwoorden' || doc.type === 'verslag-schriftelijk-overleg') {
    const answers = doc.blocks.filter((b) => b.kind === 'answer');
    const asked = doc.blocks.filter((b) => b.kind !== 'answer' && b.kind !== 'heading');
    return [...consultationPaper(doc), ...partyQuestions(asked, doc.date), ...letterRequests(doc, answers)];
  }
  if (!isGovernmentAuthor(doc)) return [];
  const letter = letterRequests(doc, governmentBlocks(doc));
  if (REPLIES.has(doc.type)) return [...reportAnswered(doc), ...partyQuestions(governmentBlocks(doc), null), ...letter];
  return letter;
}

/**
 * The requests a paper answers or mentions, in reading order. Never throws: a failure
 * on strange content leaves a warning and no requests.
 */
export function extractRequests(doc: Document): Request[] {
  try {
    return collect(doc);
  } catch (error) {
    doc.warnings.push(`requests: not read (${error instanceof Error ? error.message : String(error)})`);
    return [];
  }
}
