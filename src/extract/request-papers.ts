/**
 * Requests that a kind of paper is in itself: a motion's "verzoekt de regering …" (by
 * its submitters, on the motion's date), motions read out in Handelingen (by the member
 * "Deze motie is voorgesteld door …" names), written questions and the answers to them
 * (by the members who ask; what they ask about), and the questions a committee put to
 * a minister in a list of questions and answers or a written consultation.
 *
 * @module
 */
import type { Block, Document, Request } from '../model/index.ts';
import { findAskers, memberNames, membersLabel, PORTFOLIO_CHAIN } from './askers.ts';
import { findDates } from './dutch-dates.ts';
import { tidyAsks } from './request-text.ts';
import { splitSentences } from './sentences.ts';

/** "verzoekt de regering, X," — the operative part of a motion, up to its closing formula. */
const OPERATIVE =
  /(?:^|[\s,;:])(?:verzoekt|roept|draagt)\s+(?:de\s+regering|het\s+kabinet|de\s+minister(?:-president)?(?:\s+(?:van|voor)\s+[^,]{1,80}?)?|de\s+staatssecretaris(?:\s+(?:van|voor)\s+[^,]{1,80}?)?|het\s+presidium|de\s+voorzitter(?:\s+van\s+de\s+kamer)?|de\s+griffier)(?:\s*,?\s*(?:tevens|voorts|daarnaast|eveneens))?\s*,?\s*(?:om\s*,?\s+)?/giu;
const CLOSING = /,?\s*(?:en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag|verzoekt\s|roept\s|draagt\s)/iu;

/** The operative parts of a motion's text, each what it asks. */
export function operativeParts(text: string): string[] {
  const out: string[] = [];
  if (!/verzoekt|roept|draagt/iu.test(text)) return out;
  for (const m of text.matchAll(OPERATIVE)) {
    let from = (m.index as number) + m[0].length;
    const called = /^\s*(?:roept|draagt)/iu.test(m[0]) ? /^op\s*,?\s+(?:om\s*,?\s+)?/iu.exec(text.slice(from)) : null;
    if (called) from += called[0].length;
    const rest = text.slice(from, from + 3000);
    const stop = CLOSING.exec(rest);
    const asks = tidyAsks((stop ? rest.slice(0, stop.index) : rest).replace(/\s+op\s*$/u, ''));
    if (asks) out.push(asks);
  }
  return out;
}

function submitters(doc: Document): string | null {
  const members = doc.signatories.filter((s) => !s.role || /\blid\b/iu.test(s.role)).map((s) => s.name);
  if (members.length > 0) return membersLabel(members);
  return doc.sender?.name ? membersLabel([doc.sender.name]) : null;
}

/** A motion paper: one request per operative part. */
export function motionPaper(doc: Document): Request[] {
  const by = submitters(doc);
  const out: Request[] = [];
  for (const block of doc.blocks) {
    for (const asks of operativeParts(block.text)) out.push({ date: doc.date, by, asks, kind: 'motion' });
  }
  return out;
}

/** "Deze motie is voorgesteld door de leden X en Y." */
const PROPOSED = /\bmotie\s+is\s+voorgesteld\s+door\s+(het\s+lid|de\s+leden)\s+([^.]{1,300}?)\.(?:\s|$)/iu;
const AMENDED =
  /\bmotie[-\s]+((?:[\p{Lu}][\p{L}’'-]*|van|de|der|den)(?:[\s/]+(?:[\p{Lu}][\p{L}’'-]*|van|de|der|den)){0,6}?(?:\s+c\.s\.)?)\s*\([^()]{0,80}\)\s+is\s+in\s+die\s+zin\s+gewijzigd/u;
const SPEAKER = /^(?:De\s+heer|Mevrouw)\s+([^:(]{2,60}?)\s*(?:\([^()]{1,30}\))?:/u;

/** The citations (targets) that stand in a block. */
function citedIn(block: Block, doc: Document): string | undefined {
  return doc.references.find((r) => !r.in && r.kind === 'kamerstuk' && block.text.includes(r.text))?.target;
}

/** Motions read out in Handelingen: by from what the chair says, reference from the number it gets. */
export function debateMotions(doc: Document): Request[] {
  const out: Request[] = [];
  const blocks = doc.blocks;
  blocks.forEach((block, i) => {
    const parts = operativeParts(block.text);
    if (parts.length === 0) return;
    let by: string | null = null;
    let reference: string | undefined;
    for (const next of blocks.slice(i + 1, i + 5)) {
      const m = PROPOSED.exec(next.text);
      if (!m) continue;
      by = `${/leden/iu.test(m[1] as string) ? 'de leden' : 'het lid'} ${memberNames(m[2] as string)}`;
      reference = citedIn(next, doc);
      break;
    }
    for (let j = i - 1; j >= Math.max(0, i - 12) && by === null; j--) {
      const text = (blocks[j] as Block).text;
      const amended = AMENDED.exec(text);
      if (amended) {
        by = membersLabel([(amended[1] as string).replace(/\s*\/\s*/gu, ' en ')]);
        reference = citedIn(blocks[j] as Block, doc);
      }
      const speaker = SPEAKER.exec(text);
      if (speaker && by === null) by = `het lid ${memberNames(speaker[1] as string)}`;
      if (amended || speaker) break;
    }
    for (const asks of parts) {
      const request: Request = { date: doc.date, by, asks, kind: 'motion' };
      if (reference) request.reference = reference;
      out.push(request);
    }
  });
  return out;
}

/** Written questions, or the answers to them: one request by the members who ask. */
export function questionsPaper(doc: Document): Request[] {
  const members = doc.signatories.filter((s) => !s.role || /\blid\b/iu.test(s.role)).map((s) => s.name);
  const by = members.length > 0 ? membersLabel(members) : doc.type === 'kamervragen' ? submitters(doc) : null;
  const first = doc.blocks.find((b) => b.kind === 'question');
  const subject = doc.subject?.replace(
    /^(?:antwoord(?:en)?\s+op\s+)?(?:de\s+)?(?:schriftelijke\s+)?(?:kamer)?vragen\s+van\s+(?:het\s+(?:kamer)?lid|de\s+(?:kamer)?leden)\s+.+?\s+over\s+/iu,
    '',
  );
  const asks = subject ?? (first ? tidyAsks(first.text.replace(/^\s*\d+[.)]\s*/u, '')) : null);
  if (!asks) return [];
  const request: Request = { date: doc.type === 'kamervragen' ? doc.date : null, by, asks, kind: 'question' };
  const asked = doc.references.find((r) => r.kind === 'kamervragen' || r.kind === 'tk-zaak');
  if (doc.type !== 'kamervragen' && asked) request.reference = asked.target;
  return [request];
}

/** "De vaste commissie voor X heeft een aantal vragen voorgelegd aan de Minister … over Y." */
const PUT = new RegExp(
  `^(?:De\\s+)?((?:[Vv]aste\\s+|[Aa]lgemene\\s+)?[Cc]ommissie\\s+(?:voor|van)\\s+(?:de\\s+)?${PORTFOLIO_CHAIN})\\S*\\s+heeft\\s+(?:een\\s+aantal\\s+|enkele\\s+|de\\s+volgende\\s+)?(vragen(?:\\s+en\\s+opmerkingen)?)\\s+voorgelegd\\s+aan\\s+[^.]*?\\s(over|inzake|naar\\s+aanleiding\\s+van|betreffende)\\s+(.+)$`,
  'u',
);
const PUT_ON = /\bzijn\s+op\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s+aan\s+de\s+/u;

/** The committee's questions a list of questions and answers or a written consultation prints. */
export function consultationPaper(doc: Document): Request[] {
  const blocks = doc.blocks.slice(0, 6);
  for (const [i, block] of blocks.entries()) {
    const m = PUT.exec(block.text.trim());
    if (!m) continue;
    const by = (findAskers(m[1] as string, doc)[0]?.label ?? (m[1] as string)).replace(/\d+$/u, '');
    const asks = tidyAsks(`${m[2]} ${m[3]} ${(m[4] as string).replace(/\.$/u, '')}`);
    let date: string | null = null;
    for (const next of blocks.slice(i, i + 2)) {
      const on = PUT_ON.exec(next.text);
      if (on) date = findDates(on[1] as string, doc.date)[0]?.iso ?? null;
      if (date) break;
    }
    return [{ date, by, asks, kind: 'committee' }];
  }
  return [];
}

/** "… voor hun inbreng in het verslag (Kamerstuk 99 102, nr. 4)", "… voor het voorlopig verslag van 10 maart 2026". */
const REPORT = /\b(?:(?:hun|de)\s+inbreng\s+in\s+)?het\s+((?:nader\s+)?(?:voorlopig\s+|memorie\s+van\s+)?verslag)\b/iu;

/** A reply to a report (nota naar aanleiding van het verslag, memorie van antwoord): the committee's report. */
export function reportAnswered(doc: Document): Request[] {
  for (const block of doc.blocks.slice(0, 5)) {
    const m = REPORT.exec(block.text);
    if (!m) continue;
    const sentence = splitSentences(block.text).find((x) => x.end > m.index)?.text ?? block.text;
    const committee = findAskers(sentence, doc).find((a) => a.kind === 'committee');
    if (!committee) continue;
    const date = findDates(sentence, doc.date)[0]?.iso ?? null;
    const request: Request = {
      date,
      by: committee.label,
      asks: `vragen en opmerkingen in het ${(m[1] as string).toLowerCase().replace(/\s+/gu, ' ')}`,
      kind: 'committee',
    };
    const cited = doc.references.find((r) => !r.in && r.kind === 'kamerstuk' && sentence.includes(r.text));
    if (cited) request.reference = cited.target;
    return [request];
  }
  return [];
}
