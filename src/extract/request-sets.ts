/**
 * The set of questions a committee's paper puts to the government, read from the
 * sentence that introduces it when the paper has no "heeft … vragen voorgelegd" line:
 * a written consultation ("In de vaste commissie voor X bestond bij enkele fracties de
 * behoefte een aantal vragen en opmerkingen voor te leggen aan de minister … over Y",
 * "De vaste commissie voor X heeft schriftelijk overleg gevoerd met de minister over
 * Y"), a list of questions ("… heeft de eer verslag uit te brengen in de vorm van een
 * lijst van vragen met de daarop gegeven antwoorden") and a report on a bill ("Onder het
 * voorbehoud dat de regering de vragen … zal beantwoorden, acht de commissie …", "Met
 * een tijdige beantwoording van de onderstaande vragen …"). One request of kind
 * `committee` for the whole set: its questions are not counted one by one.
 *
 * @module
 */
import type { Document, Request } from '../model/index.ts';
import { findAskers } from './askers.ts';
import { findDates } from './dutch-dates.ts';
import { tidyAsks } from './request-text.ts';
import { splitSentences } from './sentences.ts';

/** How far into the paper the introduction stands. */
const OPENING_BLOCKS = 6;

/** "… vragen (en opmerkingen) (ter beantwoording) voor te leggen aan … over Y": the questions and their subject. */
const PUT_FORWARD =
  /\b(vragen(?:\s+en\s+opmerkingen)?)\s+(?:ter\s+beantwoording\s+)?voor\s+te\s+leggen\s+aan\s+[^.]*?\s(over|inzake|naar\s+aanleiding\s+van|betreffende)\s+(.+)$/iu;
/** "… heeft schriftelijk overleg gevoerd met de minister … over Y". */
const CONSULTED = /\bheeft\s+schriftelijk\s+overleg\s+gevoerd\s+met\s+[^.]*?\s(over|inzake|betreffende)\s+(.+)$/iu;
/** A sentence about the questions the government is to answer, or the list they stand in. */
const ABOUT_QUESTIONS =
  /\bvragen\b[^.]{0,200}?\bbeantwoord|\bbeantwoord\p{L}*\s+van\s+de\s+(?:\p{L}+\s+){0,3}?vragen\b|\blijst\s+van\s+vragen\b/iu;

/** The first sentence of the opening blocks that introduces the set, with what it asks. */
function introduction(doc: Document): { sentence: string; asks: string } | null {
  for (const block of doc.blocks.slice(0, OPENING_BLOCKS)) {
    if (!/vragen|overleg/iu.test(block.text)) continue;
    for (const { text } of splitSentences(block.text)) {
      const sentence = text.replace(/\s+/gu, ' ').trim();
      const put = sentence.includes('voor te leggen') ? PUT_FORWARD.exec(sentence) : null;
      if (put) return { sentence, asks: `${put[1]} ${put[2]} ${put[3]}` };
      const consulted = sentence.includes('schriftelijk overleg') ? CONSULTED.exec(sentence) : null;
      if (consulted) return { sentence, asks: `schriftelijk overleg ${consulted[1]} ${consulted[2]}` };
      if (ABOUT_QUESTIONS.test(sentence)) return { sentence, asks: sentence };
    }
  }
  return null;
}

/**
 * The committee's set of questions in a list of questions, a written consultation or a
 * report on a bill, from its introducing sentence; none when no sentence introduces one.
 *
 * @example
 * questionSet(doc); // [{ by: 'vaste commissie voor Financiën', asks: 'vragen en opmerkingen over de brief van …', kind: 'committee', date: null }]
 */
export function questionSet(doc: Document): Request[] {
  const found = introduction(doc);
  if (!found) return [];
  const asks = tidyAsks(found.asks);
  if (!asks) return [];
  // The committee the sentence names, else the one the paper opens with ("acht de
  // commissie" after "De vaste commissie voor X, belast met …"), else "commissie".
  const opening = doc.blocks.slice(0, OPENING_BLOCKS).map((b) => b.text);
  const committees = [found.sentence, ...opening].flatMap((text) =>
    findAskers(text, doc).filter((a) => a.kind === 'committee'),
  );
  const committee = committees.find((a) => /\s(?:voor|van)\s/u.test(a.label)) ?? committees[0];
  const by = committee ? committee.label.replace(/\d+$/u, '') : null;
  // The date the questions were put, when the paper gives one: "De op 22 oktober 2010 toegezonden vragen".
  const sent = doc.blocks
    .slice(0, OPENING_BLOCKS)
    .map((b) => /\b[Dd]e\s+op\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s+(?:toegezonden|gezonden|voorgelegde)\b/u.exec(b.text))
    .find(Boolean);
  const date = sent ? (findDates(sent[1] as string, doc.date)[0]?.iso ?? null) : null;
  return [{ date, by, asks, kind: 'committee' }];
}
