/**
 * Requests made to the author that a paper answers or mentions (`Document.requests`).
 *
 * What is read depends on the paper:
 * - a motion: each "verzoekt de regering …" is a request by its submitters (`motion`);
 * - Handelingen: the motions read out in the debate (`motion`);
 * - the report of a committee debate (also one whose type was not recognised but that
 *   opens with "… hebben op <date> overleg gevoerd met …"): the members' questions to the
 *   government, reported ("De heer X vroeg of …") or direct ("Heeft de regering …?");
 * - written questions and the answers to them: the questions, by the members who ask
 *   (`question`); an answer's date is unknown (the model keeps no submission date), and
 *   it refers to the questions it answers (`kv-tk-2024Z12345`, from its Zaak when the
 *   text cites none);
 * - a list of questions and answers or a written consultation: the committee's questions
 *   as one set (`committee`, from the sentence that puts or introduces them,
 *   `request-sets.ts`), the parties' questions, the motions and earlier promises the
 *   questions and answers name, and the requests the government's answers mention;
 * - a report on a bill: the committee's questions as a set and the parties' questions;
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
import { questionSet } from './request-sets.ts';

const NAMED_IN_QUESTIONS = ['promise', 'motion'] as const;
const READ = new Set(['paragraph', 'list-item', 'answer', 'text', 'quote']);
const REPLIES = new Set(['nota-naar-aanleiding-van-het-verslag', 'memorie-van-antwoord']);

function governmentBlocks(doc: Document): Block[] {
  return doc.blocks.filter((b) => READ.has(b.kind));
}

/** "De vaste commissies voor … hebben op 23 juni 1999 overleg gevoerd met …": a report of a committee debate. */
const DEBATE_HELD =
  /\bcommissies?\b[^.]{0,300}?\bop\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+(?:overleg\s+gevoerd|een\s+(?:commissie)?debat\s+gevoerd)\s+met\b/iu;

/** Does a paper whose type was not recognised open as the report of a committee debate? */
function reportsDebate(doc: Document): boolean {
  return doc.blocks.slice(0, 3).some((b) => /(?:overleg|debat)\s+gevoerd/u.test(b.text) && DEBATE_HELD.test(b.text));
}

/** A Tweede Kamer zaak number: what written questions are registered, and known, under. */
const ZAAK_NUMBER = /^\d{4}Z\d{5,}$/;

/**
 * The questions an answer answers, referred to by the questions' id (`kv-tk-2024Z12345`)
 * when the text cites none: the answer belongs to the questions' Zaak.
 */
function answeredQuestions(doc: Document, request: Request): Request {
  const zaak = doc.external?.tkZaken?.find((z) => ZAAK_NUMBER.test(z));
  if (request.reference !== undefined || zaak === undefined) return request;
  return { ...request, reference: `kv-${doc.chamber === 'eerste-kamer' ? 'ek' : 'tk'}-${zaak}` };
}

function collect(doc: Document): Request[] {
  if (doc.type === 'motie') return motionPaper(doc);
  if (doc.kind === 'handelingen' || doc.type === 'handelingen')
    return [...debateMotions(doc), ...debateQuestions(doc, true)];
  if (doc.type === 'verslag-commissiedebat' || (doc.type === 'other' && reportsDebate(doc)))
    return debateQuestions(doc, false);
  if (doc.type === 'verslag')
    return [
      ...questionSet(doc),
      ...partyQuestions(
        doc.blocks.filter((b) => b.kind !== 'heading'),
        doc.date,
      ),
    ];
  if (doc.type === 'kamervragen') return questionsPaper(doc);
  if (doc.type === 'antwoord-kamervragen') {
    const answers = doc.blocks.filter((b) => b.kind === 'answer');
    return [...questionsPaper(doc).map((r) => answeredQuestions(doc, r)), ...letterRequests(doc, answers)];
  }
  if (doc.type === 'lijst-van-vragen-en-antwoorden' || doc.type === 'verslag-schriftelijk-overleg') {
    const answers = doc.blocks.filter((b) => b.kind === 'answer');
    const asked = doc.blocks.filter((b) => b.kind !== 'answer' && b.kind !== 'heading');
    const put = consultationPaper(doc);
    const set = put.length > 0 ? put : questionSet(doc);
    // The committee's questions are the set; the motions and earlier promises they name
    // are requests of their own ("… de uitvoering van de motie-X inzake Y?"), read with
    // the answers so that a motion named in both is one.
    const questions = doc.blocks.filter((b) => b.kind === 'question');
    const named = letterRequests(doc, [...questions, ...answers], NAMED_IN_QUESTIONS);
    const answered = letterRequests(doc, answers, ['ask', 'question']);
    return [...set, ...partyQuestions(asked, doc.date), ...named, ...answered];
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
