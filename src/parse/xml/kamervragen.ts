/**
 * Written questions (Kamervragen, `kv-…`) and their answers (Aanhangsel van de
 * Handelingen, `ah-…`) in officielebekendmakingen XML: a `kamervragen` element (also
 * inside an `aanhangsel`) with its `kamervraagkop`, `kamervraagnummer`, the
 * descriptions of the questions and of the answer (`kamervraagomschrijving`,
 * `kamervraagmededeling` for a notice of delay), then `vraag` and `antwoord`.
 *
 * The descriptions are read as the plain-text parser reads the same lines ("Vragen van
 * het lid X (Partij) aan de Minister van … over … (ingezonden 3 februari 2025).",
 * "Antwoord van Minister Y (Portefeuille) (ontvangen 24 februari 2025).") so that both
 * formats give the same askers, addressee, sender, subject and date.
 *
 * @module
 */
import type { Document } from '../../model/index.ts';
import {
  ANSWER_START,
  NOTICE_TYPE_LINE,
  QUESTIONS_START,
  readAnswerLine,
  readQuestionsLine,
} from '../text/questions.ts';
import { BodyReader, isoAttribute } from './body.ts';
import { readMasthead } from './kamerstuk.ts';
import { inlineText } from './text.ts';
import { findAll, findFirst, type XmlElement } from './tree.ts';

const DESCRIPTIONS = new Set(['kamervraagomschrijving', 'kamervraagmededeling']);
/** A Tweede Kamer zaak number: what a question is registered under ("2025Z01234"). */
export const ZAAK_NUMBER = /^\d{4}Z\d{5,}$/;

/** Read a `kamervragen` (or `aanhangsel`) element into the document. */
export function readKamervragen(paper: XmlElement, doc: Document): BodyReader {
  const header = new Set<XmlElement>();
  const kop = findFirst(paper, 'kamervraagkop');
  if (kop) {
    header.add(kop);
    readMasthead(kop, doc);
  }
  const number = findFirst(paper, 'kamervraagnummer');
  if (number) {
    header.add(number);
    const text = inlineText(number).text;
    if (ZAAK_NUMBER.test(text)) doc.external = { tkZaken: [text] };
    else if (/^\d{1,5}$/.test(text)) doc.number = text;
  }
  let answered = false;
  let noticed = false;
  for (const description of findAll(paper, DESCRIPTIONS)) {
    header.add(description);
    const text = inlineText(description).text;
    const date = findFirst(description, 'datum');
    const iso = date ? isoAttribute(date) : null;
    if (QUESTIONS_START.test(text)) {
      const questions = readQuestionsLine(text);
      doc.signatories.push(...questions.askers);
      doc.addressee ??= questions.addressee;
      const subject = findFirst(description, 'kamervraagonderwerp');
      doc.subject ??= (subject ? inlineText(subject).text : null) || questions.subject;
      doc.date ??= iso ?? questions.date;
    } else if (ANSWER_START.test(text)) {
      const answer = readAnswerLine(text);
      const notice = answer.notice || description.name === 'kamervraagmededeling';
      // A notice printed with the answer neither sends nor dates the paper.
      if (notice && answered) continue;
      if (notice) noticed = true;
      else answered = true;
      doc.sender = answer.sender ?? doc.sender;
      // The answer's date is the paper's: the Aanhangsel is dated when the answer came in.
      doc.date = iso ?? answer.date ?? doc.date;
    }
  }
  const answers = answered || findFirst(paper, 'antwoord') !== undefined;
  // A notice of delay is published in the Aanhangsel too, but answers nothing yet.
  if (noticed && !answers) doc.typeLine ??= NOTICE_TYPE_LINE;
  doc.kind = answers || noticed ? 'aanhangsel' : 'kamervragen';
  const body = new BodyReader(paper, header);
  body.read(paper);
  return body;
}
