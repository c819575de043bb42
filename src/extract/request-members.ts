/**
 * What members ask the government in the Kamer's own texts: the parties' questions in a
 * report or written consultation ("De leden van de ZWP-fractie vragen of …", quoted
 * again in the government's reply), and a member's questions to the minister in a
 * committee debate or in Handelingen ("Kan de minister toezeggen dat …?"). Each is a
 * request of kind `other`.
 *
 * @module
 */
import type { Block, Document, Request } from '../model/index.ts';
import { memberNames } from './askers.ts';
import { debateTurns } from './debate.ts';
import { findDates } from './dutch-dates.ts';
import { tidyAsks } from './request-text.ts';
import { blockSentences } from './sentences.ts';

const MAX_SENTENCE = 1500;

/** "De leden van de ZWP-fractie vragen (de regering) …", "Zij vragen …", "Ook vragen deze leden …". */
const PARTY_ASKS =
  /^(?:(?:ook|voorts|verder|daarnaast|tevens|tot slot|ten slotte)\s+)?(?:(?:de\s+)?leden\s+van\s+de\s+([\p{L}\d]+(?:-[\p{L}\d]+)*-fractie|fractie\s+van\s+(?:de\s+|het\s+)?[\p{Lu}][\p{L}\d-]*)\s+|(?:de\s+)?([\p{L}\d]+(?:-[\p{L}\d]+)*-fractie)\s+|(zij|deze\s+leden|genoemde\s+leden|de\s+leden)\s+)?(vragen|verzoeken|willen\s+(?:graag\s+)?(?:weten|vernemen)|vernemen\s+graag|horen\s+graag|ontvangen\s+graag|zouden\s+(?:(?:graag|tevens|ook|voorts|nog)\s+)*(?:willen\s+)?(?:weten|vernemen|ontvangen|horen|zien))\s+(?:(zij|deze\s+leden|genoemde\s+leden)\s+)?(?:(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)(?:\s+(?:van|voor)\s+[\p{Lu}][^,]{0,60}?)?\s*,?\s+)?(?:om\s+)?/iu;
const HINT = /vragen|verzoeken|weten|vernemen|horen graag|ontvangen/i;
/** "Zij steunen X, maar vragen of …": the question later in a party's sentence. */
const LATER_ASKS =
  /(?:,\s*|\s)(?:maar|en|ook|tevens|daarom|voorts)\s+(?:zij\s+)?(?:vragen|verzoeken)\s+(?:zij\s+|deze\s+leden\s+)?(?:(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\s+)?(?=(?:of|hoe|wat|wanneer|welke|waarom|hoeveel|in\s+hoeverre|naar|om)\s)/iu;
const OPENS_WITH_PARTY =
  /^(?:zij|deze\s+leden|genoemde\s+leden|(?:de\s+)?leden\s+van\s+de\s+[\p{L}\d-]+-fractie|de\s+[\p{L}\d-]+-fractie)\s/iu;
const CITATION = /\s*\((?:Kamerstuk|Kamerstukken|Handelingen|Aanhangsel)\b[^()]*\)/giu;

/** What a party asks: the rest of its sentence, citations out, up to a semicolon. */
function partyAsks(text: string): string {
  const clean = (text.replace(CITATION, '').split(';')[0] as string).replace(/^\s*\([^()]{0,80}\)\s*/u, '');
  return tidyAsks(clean.replace(/\?\s*$/u, ''));
}

/** The parties' questions in blocks (a report, a written consultation, a reply quoting them). */
export function partyQuestions(blocks: Block[], date: string | null): Request[] {
  const out: Request[] = [];
  let party: string | null = null;
  for (const block of blocks) {
    if (!HINT.test(block.text) && !/fractie/i.test(block.text)) continue;
    for (const sentence of blockSentences(block)) {
      const text = sentence.text;
      if (text.length > MAX_SENTENCE) continue;
      const named =
        /\b(?:leden\s+van\s+de\s+)?([\p{L}\d]+(?:-[\p{L}\d]+)*-fractie|fractie\s+van\s+(?:de\s+|het\s+)?[\p{Lu}][\p{L}\d-]*)(?![\p{L}])/iu.exec(
          text,
        );
      const m = PARTY_ASKS.exec(text);
      if (m) {
        const own = m[1] ?? m[2];
        if (own) party = `leden van de ${own}`;
        const pronoun = m[3] ?? m[5];
        if (!own && !pronoun) {
          if (named) party = `leden van de ${named[1]}`;
          continue;
        }
        const asks = partyAsks(text.slice(m[0].length));
        if (asks && party) out.push({ date, by: party, asks, kind: 'other' });
        continue;
      }
      if (named) party = `leden van de ${named[1]}`;
      const later = OPENS_WITH_PARTY.test(text) ? LATER_ASKS.exec(text) : null;
      if (later && party) {
        const asks = partyAsks(text.slice(later.index + later[0].length));
        if (asks) out.push({ date, by: party, asks, kind: 'other' });
      }
    }
  }
  return out;
}

const LEAD = '^(?:(?:en|maar|dus|daarom|ook|voorzitter[,!]?)\\s+)*';
const GOVERNMENT =
  '(?:de\\s+minister(?:-president)?|de\\s+staatssecretaris|het\\s+kabinet|de\\s+regering|de\\s+bewindspersoon)';
/** "Kan de minister toezeggen …?", "Is het kabinet bereid …?": a question put to the government. */
const PUT_TO_GOVERNMENT = new RegExp(`${LEAD}(?:kan|kunt|wil|wilt|is|zou|gaat|gaan)\\s+(?:${GOVERNMENT}|u)\\b`, 'iu');
/** "Wanneer krijgen de provincies duidelijkheid over de bijdrage van het Rijk?": a question about what the government does. */
const ABOUT_GOVERNMENT = new RegExp(
  `${LEAD}(?:wanneer|hoe|wat|welke|waarom|hoeveel|klopt|deelt|erkent|bent|kan|wil|is)\\b[^?]{0,400}\\b(?:${GOVERNMENT}|het\\s+rijk)\\b`,
  'iu',
);
const MEMBER_SPEAKER = /^(?:De\s+heer|Mevrouw)\s+(.+?)(?:\s*\([^()]*\))?$/u;

/** The date a debate was held: the report's "heeft op 26 maart 2025 overleg gevoerd", else the paper's date. */
function debateDate(doc: Document): string | null {
  for (const block of doc.blocks.slice(0, 4)) {
    const m = /\bop\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s+(?:overleg\s+gevoerd|een\s+(?:commissie)?debat)/u.exec(block.text);
    if (m) return findDates(m[1] as string, doc.date)[0]?.iso ?? doc.date;
  }
  return doc.date;
}

/** "De heer Wessels (D66) vroeg of …", "Hij vroeg de minister naar …": a question in a summary report. */
const REPORTED =
  /^(?:(?:De\s+heer|Mevrouw)\s+((?:[\p{Lu}][\p{L}’'-]*|van|de|der|den|ter|ten)(?:\s+(?:[\p{Lu}][\p{L}’'-]*|van|de|der|den|ter|ten)){0,4})\s*(?:\([^()]{1,30}\))?|(Hij|Zij))\s+(?:(?:vroeg|vraagt|verzocht|verzoekt)(?:\s+zich\s+af)?|wilde\s+(?:graag\s+)?weten|wil\s+(?:graag\s+)?weten|drong\s+erop\s+aan)\s+(?:(?:de\s+minister|de\s+staatssecretaris|de\s+regering|het\s+kabinet|de\s+bewindslieden|de\s+bewindspersonen)\s+)?(?:om\s+)?/u;
const NAMED_SPEAKER =
  /^(?:De\s+heer|Mevrouw)\s+((?:[\p{Lu}][\p{L}’'-]*|van|de|der|den|ter|ten)(?:\s+(?:[\p{Lu}][\p{L}’'-]*|van|de|der|den|ter|ten)){0,4})\s*\(/u;

/** "Heeft de regering zicht op …?", "Deelt de minister …?": a question with the government as its subject. */
const GOVERNMENT_FIRST = new RegExp(`${LEAD}[\\p{L}]+\\s+${GOVERNMENT}\\b`, 'iu');

/** A direct question in a summary report that names the government; "Is de minister bereid …" needs no question mark. */
function directQuestion(text: string): boolean {
  if (PUT_TO_GOVERNMENT.test(text)) return true;
  return text.trimEnd().endsWith('?') && (GOVERNMENT_FIRST.test(text) || ABOUT_GOVERNMENT.test(text));
}

/** Questions a summary report of a debate puts in members' mouths, reported or direct. */
function reportedQuestions(doc: Document, date: string | null, out: Request[]): void {
  let speaker: string | null = null;
  for (const block of doc.blocks) {
    const lead = NAMED_SPEAKER.exec(block.text);
    if (lead) speaker = memberNames(lead[1] as string);
    if (!/vroeg|vraagt|verzo|weten|drong|\?|minister|regering|kabinet|staatssecretaris/iu.test(block.text)) continue;
    for (const sentence of blockSentences(block)) {
      const text = sentence.text;
      if (text.length > MAX_SENTENCE) continue;
      const named = NAMED_SPEAKER.exec(text);
      if (named) speaker = memberNames(named[1] as string);
      const m = REPORTED.exec(text);
      if (!m) {
        if (!speaker || !directQuestion(text)) continue;
        const asks = tidyAsks(text.replace(/[?.]\s*$/u, ''));
        if (asks) out.push({ date, by: `het lid ${speaker}`, asks, kind: 'other' });
        continue;
      }
      const who = m[1] ? memberNames(m[1]) : speaker;
      const asks = partyAsks(text.slice(m[0].length));
      if (who && asks) out.push({ date, by: `het lid ${who}`, asks, kind: 'other' });
    }
  }
}

/**
 * Members' questions to the government in a debate. In Handelingen (`strict`) only the
 * questions put to the government itself count, not every question that names it.
 */
export function debateQuestions(doc: Document, strict: boolean): Request[] {
  const out: Request[] = [];
  const date = debateDate(doc);
  for (const turn of debateTurns(doc.blocks)) {
    if (turn.government) continue;
    const m = MEMBER_SPEAKER.exec(turn.speaker);
    if (!m) continue;
    const by = `het lid ${memberNames(m[1] as string)}`;
    for (const block of turn.blocks) {
      if (!block.text.includes('?')) continue;
      for (const sentence of blockSentences(block)) {
        const text = sentence.text;
        if (text.length > MAX_SENTENCE || !text.trimEnd().endsWith('?')) continue;
        if (!PUT_TO_GOVERNMENT.test(text) && (strict || !ABOUT_GOVERNMENT.test(text))) continue;
        const asks = tidyAsks(text.replace(/\?\s*$/u, ''));
        if (asks) out.push({ date, by, asks, kind: 'other' });
      }
    }
  }
  // A summary report (no speaker lines) puts the questions in reported speech.
  if (!strict && debateTurns(doc.blocks).length === 0) reportedQuestions(doc, date, out);
  return out;
}
