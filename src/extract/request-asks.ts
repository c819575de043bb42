/**
 * Requests a letter answers that a committee, a member or the Kamer made: "Op 9 april
 * 2015 is door de vaste commissie voor … verzocht om …", "heeft de commissie mij
 * gevraagd wanneer …", "Naar aanleiding van het verzoek van uw Kamer om …", "Hierbij
 * bied ik u op uw verzoek het rapport … aan", and written questions the letter answers
 * ("Hierbij beantwoord ik de vragen van het lid X over …").
 *
 * The author's own asking ("heb ik de Raad verzocht", "heb ik aandacht gevraagd") is no
 * request to the author; nor is a pointer back ("aan dat verzoek").
 *
 * @module
 */
import { type Asker, findAskers, memberNames } from './askers.ts';
import { ASK_REFS, type Found, QUESTION_REFS, type SentenceContext, spanDate } from './request-found.ts';
import { cutAsks, stripLeading, tidyAsks } from './request-text.ts';

export const ASK_VERB = /\b(?:verzocht|gevraagd|verzoekt|vraagt|vroeg|vroegen|verzochten)\b/giu;
export const ASK_NOUN =
  /\b(?:(op)\s+(?:(uw|het)\s+)?verzoek|(het|uw|een|dit|dat|deze)\s+(?:desbetreffende\s+|schriftelijke\s+|nadrukkelijke\s+|eerdere\s+)?verzoek)(?![\p{L}])/giu;

const AUTHOR_ASKS =
  /\b(?:(?:heb|hebben|had|hadden)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:heb|hebben|had|hadden|verzoek|verzoeken|vraag|vragen))\b/iu;
const LEADING =
  /^[\s,]*(?:mij|me|ons|u|uw\s+Kamer|de\s+regering|het\s+kabinet|daarbij|tevens|ook|onlangs|nogmaals|eerder|daarom|om)(?![\p{L}])\s*/iu;
const SENDS =
  /^(?:(?:zend|stuur|bied|doe|breng|geef|informeer|rapporteer)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)?|(?:ontvangt|krijgt)\s+u)\s*(?:,\s*(?:mede\s+)?namens\s+[^,]{1,80},\s*)?(?:hierbij\s+|bijgaand\s+)?/iu;
const DATED =
  /^\s*(?:van|d\.d\.)\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?\d{1,2}\s+\p{L}+\.?(?:\s+\d{4}|\s+jl\.?|\s+jongstleden)?/iu;
const PAST = /^(?:heb|hebben|heeft|is|zijn|was|waren|werd|werden|had|hadden)\b/iu;
const AUTHOR_DID = /^(?:heb|hebben|had|hadden)\s+(?:ik|wij|we)\s+(?:(?:u|uw\s+Kamer|de\s+Kamer)\s+)?/iu;
/** "Naar aanleiding van uw verzoek …", "In reactie op het verzoek van …": this paper answers it. */
const RESPONDING =
  /\b(?:naar\s+aanleiding\s+van|in\s+reactie\s+op|in\s+antwoord\s+op|conform|overeenkomstig|in\s+overeenstemming\s+met|ingevolge|gevolg\s+gevend\s+aan|tegemoetkomend\s+aan)\s+$/iu;
/** "In antwoord op de brief van 31 maart 2010 van de vaste commissie voor …". */
export const LETTER_ANSWERED =
  /\b(?:in\s+antwoord\s+op|in\s+reactie\s+op|naar\s+aanleiding\s+van|reageer\s+ik\s+op|beantwoord\s+ik)\s+(?:de|uw)\s+brief\s+(?:van|d\.d\.)\s+/giu;
const ASKED_IN_LETTER =
  /\bwaarin\s+(?:u|uw\s+commissie|de\s+commissie|zij)\s+(?:mij\s+|het\s+kabinet\s+|de\s+regering\s+)?(?:vraagt|verzoekt|vroeg|verzocht)\s+(?:om\s+)?/iu;
const QUESTIONS =
  /\b(?:beantwoording\s+van|antwoorden\s+op|antwoord\s+op|beantwoord(?:en)?\s+(?:ik|wij|we)|([Nn]aar\s+aanleiding\s+van|[Ii]n\s+reactie\s+op|[Ii]n\s+antwoord\s+op))\s*,?\s+(?:(?:mede\s+)?namens\s+[^.;]{1,100}?,?\s+)?(?:de\s+|twee\s+|drie\s+|enkele\s+|een\s+aantal\s+)?(?:schriftelijke\s+|nadere\s+|aanvullende\s+)?(?:Kamer)?vragen\s+(?:van|gesteld\s+door|die)\s+(het\s+(?:Kamer)?lid|de\s+(?:Kamer)?leden|(?=(?:de|uw)\s+(?:vaste\s+)?(?:Kamer)?commissie\b))\s*((?:(?:[\p{Lu}][\p{L}’'-]*|[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)\s*(?:\([^()]{1,30}\))?(?:,\s*|\s+en\s+|\s+)){0,12})/gu;
const SUBJECT_END = /\s\(|;|,?\s(?=\p{L}+\s(?:ik|wij|we)\b)|,\s(?=(?:dat|die|waarin|waarbij|zoals|omdat|zodat)\b)/u;
const ANSWERED_BEFORE =
  /\b(?:beantwoordde|beantwoordden|eerder|zoals\s+aangekondigd|zoals\s+aangegeven|heb(?:ben)?\s[^,.]{0,40}beantwoord)\b/iu;
const ANSWERS_NOW =
  /\b(?:hierbij|bijgaand|met\s+deze\s+brief|in\s+deze\s+brief|beantwoord\s+(?:ik|wij|we)|(?:ik|wij|we)\s+beantwoord(?:en)?|(?:zend|bied|stuur)\s+(?:ik|wij|we)|ontvangt\s+u|treft\s+u)\b/iu;

function ask(ctx: SentenceContext, asker: Asker, asks: string, asksFrom: number): Found | null {
  if (!asks) return null;
  return {
    kind: asker.kind === 'committee' ? 'committee' : 'other',
    by: asker.label,
    asks,
    date: spanDate(ctx, asksFrom, asksFrom + asks.length),
    anchor: ctx.at,
    start: ctx.from,
    end: ctx.to,
    refKinds: ASK_REFS,
  };
}

/** "is door de commissie … verzocht om X", "heeft het lid X mij gevraagd of …". */
export function askVerb(ctx: SentenceContext): Found | null {
  const left = ctx.text.slice(ctx.from, ctx.at);
  const clause = left.slice(Math.max(left.lastIndexOf(','), left.lastIndexOf(';')) + 1);
  if (AUTHOR_ASKS.test(clause) || AUTHOR_ASKS.test(left.slice(-60))) return null;
  let right = ctx.text.slice(ctx.atEnd, ctx.to);
  let asker: Asker | undefined;
  const by = /^\s*door\s+/u.exec(right);
  if (by) {
    asker = findAskers(right, ctx.doc).find((a) => a.index <= by[0].length + 4);
    if (asker) right = right.slice(asker.end);
  }
  asker ??= findAskers(left, ctx.doc).pop();
  if (!asker) return null;
  const stripped = stripLeading(right, LEADING);
  const from = ctx.to - stripped.length;
  return ask(ctx, asker, cutAsks(stripped), from);
}

/** "op verzoek van X zend ik u Y", "het verzoek van X om Y", "uw verzoek om Y". */
export function askNoun(ctx: SentenceContext, m: RegExpExecArray): Found | null {
  const det = (m[3] ?? '').toLowerCase();
  if (det === 'dit' || det === 'dat' || det === 'deze') return null;
  const own = (m[2] ?? m[3] ?? '').toLowerCase() === 'uw';
  const right = ctx.text.slice(ctx.atEnd, ctx.to);
  let asker: Asker | undefined;
  let after = ctx.atEnd;
  const of = /^\s*(?:[^,.;]{0,60}?\s)?(?:van|door|uit)\s+/u.exec(right);
  if (of) {
    asker = findAskers(right, ctx.doc).find((a) => a.index <= of[0].length + 2);
    if (asker) after = ctx.atEnd + asker.end;
  }
  if (!asker && own) {
    const kamer = findAskers('uw Kamer', ctx.doc)[0] as Asker;
    asker = { ...kamer, index: 0, end: 0 };
  }
  if (!asker) {
    const made = /\bgedaan\s+(?:bij\s+monde\s+van|door)\s+/u.exec(right);
    if (made) asker = findAskers(right.slice(made.index + made[0].length), ctx.doc)[0];
  }
  if (!asker) return null;
  // "uw verzoek van 3 maart 2010 stuur ik u …": the request's date is no part of what follows.
  const dated = DATED.exec(ctx.text.slice(after, ctx.to));
  if (dated) after += dated[0].length;
  const rest = ctx.text.slice(after, ctx.to);
  const om = /^(?:[^,;]{0,80}?)\s(?:om)\s+/u.exec(rest);
  if (om && !/\s(?:heb|heeft|hebben|is|zijn)\s/u.test(rest.slice(0, om.index))) {
    const from = after + om.index + om[0].length;
    return ask(ctx, asker, cutAsks(ctx.text.slice(from, ctx.to)), from);
  }
  const responding = RESPONDING.exec(ctx.text.slice(ctx.sentence, ctx.at));
  if (m[1] === undefined && !responding) return null;
  // "Op verzoek van X zend ik u hierbij Y", "Hierbij bied ik u op uw verzoek Y aan",
  // "Naar aanleiding van het verzoek van X informeer ik u over Y".
  const tail = rest.replace(/^[\s,]+/u, '');
  // "Op uw verzoek heb ik … toegelicht": the author did what was asked; "op verzoek van de
  // commissie heeft de Onderwijsraad …": someone else was asked.
  const done = m[1] !== undefined ? AUTHOR_DID.exec(tail) : null;
  if (done) {
    const asks = tidyAsks(tail.slice(done[0].length));
    return ask(ctx, asker, asks, ctx.to - tail.length + done[0].length);
  }
  if (PAST.test(tail)) return null;
  const lead = ctx.text
    .slice(ctx.from, responding ? ctx.sentence + responding.index : ctx.at)
    .replace(/^\s*hierbij\s+/iu, '')
    .trim();
  // "X, in overeenstemming met het verzoek van Y.": the request closes the sentence, so
  // what the sentence says before it is what was asked.
  if (responding && lead && /^[\s.;:!)]*$/u.test(tail)) return ask(ctx, asker, tidyAsks(lead), ctx.from);
  if (lead && !SENDS.test(lead)) return null;
  const asks = tidyAsks(tidyAsks(tail.replace(SENDS, '')).replace(/\s+(?:toe|aan|toekomen)$/u, ''));
  return ask(ctx, asker, asks, ctx.to - tail.length);
}

/** "In antwoord op de brief van 31 maart 2010 van de vaste commissie voor VROM": the committee's letter. */
export function letterAnswered(ctx: SentenceContext): Found | null {
  const right = ctx.text.slice(ctx.atEnd, ctx.to);
  const date =
    /^(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?\d{1,2}\s+\p{L}+\.?(?:\s+\d{4}|\s+jl\.?)?/u.exec(
      right,
    );
  if (!date) return null;
  const own = /\buw\s+brief/iu.test(ctx.text.slice(ctx.at, ctx.atEnd));
  let asker = findAskers(right.slice(date[0].length, date[0].length + 60), ctx.doc)[0];
  if (asker && asker.index > 12) asker = undefined;
  if (!asker && own) asker = findAskers('uw Kamer', ctx.doc)[0];
  if (!asker || (asker.kind !== 'committee' && !own)) return null;
  const asked = ASKED_IN_LETTER.exec(right);
  const asks = asked
    ? cutAsks(right.slice(asked.index + asked[0].length))
    : tidyAsks(`de brief van ${date[0]}${own ? '' : ` van de ${asker.label}`}`);
  const from = asked ? ctx.atEnd + asked.index + asked[0].length : -1;
  const found = ask(ctx, asker, asks, from);
  if (found) found.date = spanDate({ ...ctx, from: ctx.atEnd, to: ctx.atEnd + date[0].length + 1 }, -1, -1);
  return found;
}

/** "Hierbij beantwoord ik de vragen van het lid X (PARTIJ) over Y (ingezonden D)." */
export function questionsAnswered(ctx: SentenceContext, m: RegExpExecArray): Found | null {
  const sentence = ctx.text.slice(ctx.from, ctx.to);
  // "Naar aanleiding van twee vragen van het lid X …", "In antwoord op vragen van …": the paper responds to them.
  const responds = m[1] !== undefined;
  if (ANSWERED_BEFORE.test(sentence) || (!responds && !ANSWERS_NOW.test(sentence))) return null;
  let by: string;
  let kind: Found['kind'] = 'question';
  let atEnd = ctx.atEnd;
  if (m[2]) {
    const names = memberNames((m[3] as string).replace(/[\s,]+(?:en\s*)?$/u, ''));
    if (!names) return null;
    by = `${/leden/iu.test(m[2] as string) ? 'de leden' : 'het lid'} ${names}`;
  } else {
    const committee = findAskers(ctx.text.slice(ctx.atEnd, ctx.to), ctx.doc)[0];
    if (!committee || committee.index > 0 || committee.kind !== 'committee') return null;
    by = committee.label;
    kind = 'committee';
    atEnd = ctx.atEnd + committee.end;
  }
  const rest = ctx.text.slice(atEnd, ctx.to);
  const over = /^\s*(?:(?:heeft|hebben)\s+gesteld\s+)?(?:aan\s+[^,()]{0,120}?\s+)?(?:over|inzake)\s+/u.exec(rest);
  const from = over ? atEnd + over[0].length : -1;
  // The subject ends at a citation, a clause, or the main clause's verb: "… over X deel ik u mee …".
  const subject = over ? (rest.slice(over[0].length).split(SUBJECT_END)[0] as string) : '';
  const asks = over ? tidyAsks(subject) : `vragen van ${by}`;
  const submitted = /\bingezonden\s+/iu.exec(rest);
  const dateCtx = submitted ? { ...ctx, from: atEnd + submitted.index } : ctx;
  return {
    kind,
    by,
    asks,
    date: spanDate(dateCtx, from, from + (over ? asks.length : 0)),
    anchor: ctx.at,
    start: ctx.from,
    end: ctx.to,
    refKinds: QUESTION_REFS,
  };
}

export { QUESTIONS };
