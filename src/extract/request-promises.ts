/**
 * Requests a letter fulfils or mentions that come from earlier promises and motions:
 * "Met deze brief geef ik invulling aan de toezegging die ik tijdens het commissiedebat
 * van 26 maart 2025 heb gedaan, om …", "heb ik toegezegd uw Kamer … te informeren",
 * "…, zoals toegezegd, …", "Zoals aangekondigd stuur ik u hierbij …", "heb ik aangekondigd
 * uw Kamer voor de zomer te informeren", "heb ik aangegeven dat ik … zou ingaan op …",
 * "Hierbij stuur ik u het toegezegde plan van aanpak", and "Tevens geef ik uitvoering aan
 * de gewijzigde motie-Kroosberg c.s. (…)", "De motie verzoekt de regering …", "geef ik
 * invulling aan de Kamerbreed gesteunde motie …".
 *
 * A promise's `asks` is what was promised; a motion's is what it asks the government,
 * else its name with what it is about ("motie-X over …"), else its name, else (a motion
 * carried out but not named) the clause that says so. Generic mentions ("moties en
 * toezeggingen", "een toezegging") and pointers back ("die toezegging", "de motie")
 * without content of their own are no new requests.
 *
 * @module
 */
import { findAskers } from './askers.ts';
import { firstDateIn } from './dutch-dates.ts';
import { COMMITMENT_REFS, type Found, MOTION_REFS, type SentenceContext, spanDate } from './request-found.ts';
import { clauseEnd, cutAsks, stripLeading, tidyAsks } from './request-text.ts';

const CAP = "[\\p{Lu}][\\p{L}’'\\-]*";
const PARTICLE = "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|[Ii]n|[Oo]p|'t|’t|[Ll]a|[Ll]e|[Dd]u|[Vv]on)";
const NAME = `(?:${PARTICLE}\\s+){0,3}${CAP}(?:\\s*-\\s*${CAP})?`;
const NAMES = `${NAME}(?:(?:\\s*\\/\\s*|\\s+en\\s+|,\\s+)${NAME}){0,5}(?:\\s+c\\.s\\.)?`;

/** "de toezegging", "mijn eerder gedane toezeggingen". */
export const PROMISE_NOUN =
  /\b(de|die|deze|mijn|onze|zijn|haar|een|eerdere)\s+((?:eerder\s+)?(?:gedane\s+|eerdere\s+|schriftelijke\s+|mondelinge\s+)?toezegging(?:en)?)\b/giu;
/** "toegezegd", not the adjective "toegezegde". */
export const PROMISED = /\btoegezegd(?![\p{L}])/giu;
const AS_PROMISED = /\bzoals\b[^,.;]{0,120}?\b(?:toegezegd|aangekondigd|beloofd)(?![\p{L}])/iu;
/** "zoals aangekondigd door de Europese Commissie": someone else's announcement. */
const ANNOUNCED_BY_OTHER = /\bzoals\s+(?:door\s|[^,.;]{0,60}?\b(?:aangekondigd|beloofd)\s+door\s)/iu;

/** The author acting in the present: "stuur ik u", "informeer ik", "ontvangt u", "wij bieden". */
const AUTHOR_ACTS =
  /\b(?:\p{L}+\s+(?:ik|wij|we)\b(?!\s+(?:heb|hebben|had|hadden|zou|zouden)\b)|(?:ik|wij|we)\s+(?!heb\b|hebben\b|had\b|hadden\b|zou\b|zouden\b)\p{L}+|(?:ontvangt|treft|krijgt)\s+u)\b/iu;

/** "aangekondigd", "aangegeven", "beloofd", "laten weten": what the author said earlier. */
export const ANNOUNCED = /\b(?:aangekondigd|aangegeven|beloofd|laten\s+weten|meegedeeld|medegedeeld)(?![\p{L}])/giu;
/** The author (or a predecessor) said it: "heb ik", "hebben wij", "mijn voorganger heeft", "het kabinet heeft". */
const AUTHOR_SAID =
  /\b(?:(?:heb|hebben|had|hadden)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:heb|hebben|had|hadden)|(?:heeft|had)\s+(?:mijn\s+(?:ambts)?voorganger|het\s+kabinet|de\s+regering)|(?:mijn\s+(?:ambts)?voorganger|het\s+kabinet|de\s+regering)\s+(?:heeft|had))\b/iu;
/** What was said is the author's own future action: "dat ik u zou informeren". */
const OWN_FUTURE =
  /^\s*(?:(?:aan\s+)?(?:u|uw\s+Kamer|de\s+Kamer)\s+)?,?\s*dat\s+(?:ik|wij|we|het\s+kabinet|de\s+regering)\s+[^.;]{0,160}?\b(?:zou|zouden|zal|zullen)\b/iu;
/** Or, after "aangekondigd" and "beloofd" only: "(uw Kamer) voor de zomer te informeren", "een wetsvoorstel". */
const OWN_ACTION = /^\s*(?!dat\b)(?:om\s+)?[^.;]{0,160}?\bte\s+(?:kunnen\s+)?\p{L}+en\b/iu;

/** "het toegezegde plan van aanpak", "de eerder toegezegde brief". */
export const PROMISED_THING = /\b(?:het|de)\s+(?:eerder\s+)?toegezegde\s+(?=\p{L})/giu;
/** The paper delivers it now: "hierbij", "in deze brief", "ga ik in op", "stuur ik u". */
const DELIVERS_NOW =
  /\b(?:hierbij|bijgaand|met\s+deze\s+brief|in\s+deze\s+brief|ga\s+ik\s+(?:\p{L}+\s+)?in\s+op|stuur\s+ik|zend\s+ik|bied\s+ik|informeer\s+ik|ontvangt\s+u|treft\s+u)\b/iu;

/** "de gewijzigde motie-Kroosberg c.s.", "de motie van het lid X", "de motie". */
export const MOTION = new RegExp(
  `\\b(?:(de|het|deze|die|een|genoemde|bovengenoemde|aan|mijn)\\s+)?((?:(?:gewijzigde|aangenomen|aangehouden|nader\\s+gewijzigde|[Kk]amerbreed\\s+(?:gesteunde|aangenomen))\\s+)*)motie(?:\\s*-\\s*(${NAMES})|\\s+van\\s+(het\\s+lid|de\\s+leden|de\\s+heer|mevrouw)\\s+(${NAMES})|\\s+(?!(?:In|Op|Het|Dit|Deze|Die|Zij|Ik|Wij)\\b)(${NAMES}))?(?![\\p{L}-])`,
  'gu',
);
const MOTION_TRIGGER =
  /\b(?:uitvoering|invulling|gevolg|uitvoeren|uitgevoerd|aangenomen|verzoekt|verzocht|vraagt|vroeg|roept|riep|opgeroepen|waarin|afgedaan|afdoening|reageer|reageren|reactie|naar aanleiding|n\.a\.v\.|ingevolge|voldoe|voldaan|tegemoet)\b/iu;
const MOTION_TEXT =
  /\b(?:verzoekt|verzocht|vraagt|vroeg|roept|riep|verzoekende)\s+(?:de\s+regering|het\s+kabinet|de\s+minister(?:-president)?(?:\s+(?:van|voor)\s+[^,]{1,60}?)?|de\s+staatssecretaris(?:\s+(?:van|voor)\s+[^,]{1,60}?)?)\s*,?\s*(?:om\s*,?\s+)?/iu;
const MOTION_WHEREIN =
  /\bwaarin\s+(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\s+(?:wordt|werd)\s+(?:verzocht|gevraagd|opgeroepen)\s+(?:om\s+)?/iu;
const MOTION_ABOUT =
  /^\s*(?:\([^()]*\)\s*)?,?\s*(?:over|inzake|betreffende|ten\s+aanzien\s+van|met\s+betrekking\s+tot)\s+/iu;

const GENERIC = /(?:moties?\s+(?:en|of)\s+|toezeggingen\s+en\s+)$/iu;
const GENERIC_AFTER = /^\s+(?:en|of)\s+(?:moties?|toezeggingen)\b/iu;

/** Who a promise was made to, when the span says "aan het lid X" or "aan de commissie …". */
function promisedTo(ctx: SentenceContext): string | null {
  const span = ctx.text.slice(ctx.from, ctx.to);
  for (const asker of findAskers(span, ctx.doc)) {
    if (asker.kind !== 'member' && asker.kind !== 'committee') continue;
    if (/\baan\s+$/u.test(span.slice(Math.max(0, asker.index - 5), asker.index))) return asker.label;
  }
  return null;
}

function promise(ctx: SentenceContext, asks: string, asksFrom: number, weak = false): Found | null {
  if (!asks) return null;
  const found: Found = {
    kind: 'commitment',
    by: promisedTo(ctx),
    asks,
    date: spanDate(ctx, asksFrom, asksFrom + asks.length),
    anchor: ctx.at,
    start: ctx.from,
    end: ctx.to,
    refKinds: COMMITMENT_REFS,
  };
  if (weak) found.weak = true;
  return found;
}

/** "…, zoals ik in het commissiedebat heb toegezegd, …": what the rest of the sentence does. */
export function asPromised(ctx: SentenceContext): Found | null {
  const span = ctx.text.slice(ctx.from, ctx.to);
  const m = AS_PROMISED.exec(span);
  if (!m || ANNOUNCED_BY_OTHER.test(span.slice(m.index, m.index + m[0].length + 8))) return null;
  // "het beleid zoals aangekondigd in mijn brief": a noun's modifier, not a promise kept; only
  // a "zoals"-clause set apart ("Zoals aangekondigd, …", "…, zoals beloofd, …") is one.
  // And it is kept by what the author does now ("Zoals aangekondigd stuur ik u hierbij …"),
  // not a fact it qualifies ("… is 2,4 miljoen euro begroot, zoals aangekondigd in …").
  if (!/toegezegd$/iu.test(m[0])) {
    if (!/(?:^|[,;:(])\s*$/u.test(span.slice(0, m.index))) return null;
    if (!AUTHOR_ACTS.test(span)) return null;
  }
  const start = ctx.from + m.index;
  const end = clauseEnd(ctx.text, start + m[0].length, ctx.to, true);
  const before = ctx.text.slice(ctx.from, start).replace(/[\s,]+$/u, '');
  let after = ctx.text.slice(end, ctx.to).replace(/^[\s,]+/u, '');
  // "… (Kamerstuk 22 112, nr. 3301) In deze brief …": a new sentence the stop was lost before.
  if (before && /^\p{Lu}/u.test(after)) after = '';
  // "Zoals aangekondigd stuur ik u hierbij …": no comma sets the clause apart, so what
  // follows the participle is what the sentence does.
  if (!before && end === ctx.to) after = ctx.text.slice(start + m[0].length, ctx.to).replace(/^[\s,]+/u, '');
  const found = promise(ctx, tidyAsks(`${before} ${after}`), -1);
  if (found) found.date = spanDate({ ...ctx, from: start, to: end }, -1, -1);
  return found;
}

/** "de toezegging … om X", "de toezegging gedaan X te V", else the promise's own words. */
export function promiseNoun(ctx: SentenceContext, m: RegExpExecArray): Found | null {
  const det = (m[1] as string).toLowerCase();
  if (det === 'een') return null;
  if (GENERIC.test(ctx.text.slice(Math.max(0, ctx.at - 16), ctx.at))) return null;
  if (GENERIC_AFTER.test(ctx.text.slice(ctx.atEnd, ctx.atEnd + 20))) return null;
  const rest = ctx.text.slice(ctx.atEnd, ctx.to);
  const om = /\s(?:om)\s+/u.exec(rest);
  const clause = clauseEnd(ctx.text, ctx.atEnd, ctx.to);
  // "de toezegging gedaan X te V", "doe ik de toezegging gestand X te V".
  const direct = /^\s+(?:gedaan|gestand)\s+(?:aan\s+(?:uw\s+Kamer|u)\s+)?(?=[^.;]*?\ste\s)/u.exec(rest);
  const te = rest.search(/\ste\s/u);
  if (direct && (!om || te < om.index)) {
    const from = ctx.atEnd + direct[0].length;
    return promise(ctx, cutAsks(ctx.text.slice(from, ctx.to)), from);
  }
  if (om) {
    const from = ctx.atEnd + om.index + om[0].length;
    return promise(ctx, cutAsks(ctx.text.slice(from, ctx.to)), from);
  }
  if (det === 'die' || det === 'deze') return null;
  const np = tidyAsks(ctx.text.slice(ctx.at, clause));
  const asks = tidyAsks(np.replace(/\s+(?:heb|hebt|heeft|hebben|is|zijn|wordt|worden)(?:\s+\p{L}+)?$/u, ''));
  return promise(ctx, asks, -1, true);
}

/** "heb ik toegezegd (uw Kamer) X te V", "X, die ik … heb toegezegd". */
export function promisedVerb(ctx: SentenceContext): Found | null {
  const rest = ctx.text.slice(ctx.atEnd, ctx.to);
  const stripped = stripLeading(rest, /^\s*(?:om|dat)?\s+/u);
  const from = ctx.to - stripped.length;
  const asks = /^\s*[,.;:)]/u.test(rest) || rest.trim() === '' ? '' : cutAsks(stripped);
  if (asks) return promise(ctx, asks, from);
  // "de toekomstverkenning …, die ik in mijn brief van 6 december 2012 aan uw Kamer heb toegezegd".
  const left = ctx.text.slice(ctx.sentence, ctx.at);
  const relative = /,?\s+(?:die|dat)\s+[^,]*$/u.exec(left);
  if (!relative) return null;
  return promise(ctx, tidyAsks(antecedent(left.slice(0, relative.index))), -1, true);
}

/**
 * "heb ik aangekondigd uw Kamer voor de zomer te informeren", "heb ik aangegeven dat ik
 * … zou ingaan op …": an earlier announcement of the author's own future action, which
 * is a promise this paper may keep. What someone else announced, and what the author
 * said without promising anything ("heb ik aangegeven dat het beleid werkt"), is none.
 */
export function announcedVerb(ctx: SentenceContext): Found | null {
  const left = ctx.text.slice(ctx.sentence, ctx.at);
  const clause = left.slice(Math.max(left.lastIndexOf(';'), 0));
  if (!AUTHOR_SAID.test(clause) && !AUTHOR_SAID.test(ctx.text.slice(ctx.at, ctx.atEnd + 12))) return null;
  const rest = ctx.text.slice(ctx.atEnd, ctx.to);
  const promising = /^(?:aangekondigd|beloofd)$/iu.test(ctx.text.slice(ctx.at, ctx.atEnd));
  if (!OWN_FUTURE.test(rest) && !(promising && OWN_ACTION.test(rest))) return null;
  const stripped = stripLeading(rest, /^[\s,]*(?:dat|om)?\s+/u);
  const from = ctx.to - stripped.length;
  return promise(ctx, cutAsks(stripped), from);
}

/**
 * "Hierbij stuur ik u het toegezegde plan van aanpak", "Naast … het toegezegde plan van
 * aanpak ga ik in op …": a promised thing this paper delivers. Without a sign that the
 * paper delivers it ("zal ik de toegezegde reactie sturen"), none.
 */
export function promisedThing(ctx: SentenceContext): Found | null {
  if (!DELIVERS_NOW.test(ctx.text.slice(ctx.sentence, ctx.to))) return null;
  if (/\b(?:zal|zullen)\b/iu.test(ctx.text.slice(ctx.sentence, ctx.to))) return null;
  const end = clauseEnd(ctx.text, ctx.atEnd, ctx.to);
  const asks = tidyAsks(ctx.text.slice(ctx.at, end).replace(/\s+(?:aan|toe)\s*$/u, ''));
  return promise(ctx, asks, ctx.at, true);
}

const DETERMINER = new Set(['de', 'het', 'een', 'mijn', 'onze', 'deze', 'die', 'dit', 'dat']);
const POSTNOMINAL = new Set(['over', 'van', 'voor', 'inzake', 'naar', 'uit', 'tot', 'betreffende']);

/**
 * The noun phrase a relative clause hangs on: the last phrase that opens with a
 * determiner, with the phrases it modifies when short ("de toekomstverkenning over de
 * publieke omroep").
 */
function antecedent(head: string): string {
  const words = head.trim().split(/\s+/u);
  let start = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (DETERMINER.has((words[i] as string).toLowerCase())) {
      start = i;
      break;
    }
  }
  if (start < 0) return head;
  for (let hops = 0; hops < 2; hops++) {
    const prep = start - 1;
    if (prep < 1 || !POSTNOMINAL.has((words[prep] as string).toLowerCase())) break;
    let det = -1;
    for (let i = prep - 1; i >= Math.max(0, prep - 4); i--) {
      if (DETERMINER.has((words[i] as string).toLowerCase())) {
        det = i;
        break;
      }
    }
    if (det < 0) break;
    start = det;
  }
  return words.slice(start).join(' ');
}

function motionBy(m: RegExpExecArray): string | null {
  const named = (m[3] ?? m[5] ?? m[6]) as string | undefined;
  if (!named) return null;
  const names = named
    .replace(/\s*-\s*/gu, '-')
    .replace(/\s*\/\s*/gu, ' en ')
    .replace(/\s+/gu, ' ')
    .trim();
  const cs = / c\.s\.$/u.test(names);
  const bare = names.replace(/ c\.s\.$/u, '');
  const several = /,| en /u.test(bare) || (m[4] ?? '').toLowerCase().includes('leden');
  return `${several ? 'de leden' : 'het lid'} ${bare}${cs ? ' c.s.' : ''}`;
}

/** What a motion asks, stated in the span after `from`: "verzoekt de regering X". */
export function motionText(text: string, from: number, to: number): { asks: string; at: number } | null {
  const span = text.slice(from, to);
  const m = MOTION_TEXT.exec(span) ?? MOTION_WHEREIN.exec(span);
  if (!m) return null;
  let at = from + m.index + m[0].length;
  const called = /^(?:roept|riep)/iu.test(m[0]) ? /^op\s*,?\s+(?:om\s+)?/iu.exec(text.slice(at, to)) : null;
  if (called) at += called[0].length;
  const asks = tidyAsks(text.slice(at, to).replace(/,?\s*en gaat over tot de orde van de dag.*$/su, ''));
  return asks ? { asks, at } : null;
}

/**
 * A motion's date: one after its name ("…, die uw Kamer op 22 april 2025 heeft
 * aangenomen"), else one before it in the same clause of a sentence about its adoption
 * ("Op 2 juli 2009 heeft uw Kamer de motie … aangenomen").
 */
function motionDate(ctx: SentenceContext, skipFrom: number, skipTo: number): string | null {
  const after = firstDateIn(ctx.dates, ctx.atEnd, ctx.to, skipFrom, skipTo);
  if (after) return after.iso;
  const left = ctx.text.slice(ctx.from, ctx.at);
  if (!/\b(?:aangenomen|ingediend|aanvaard)\b/iu.test(ctx.text.slice(ctx.from, ctx.to))) return null;
  const clause = ctx.from + Math.max(left.lastIndexOf(','), left.lastIndexOf(';')) + 1;
  return firstDateIn(ctx.dates, clause, ctx.at)?.iso ?? null;
}

/** A named motion the letter carries out or answers, or the text of "de motie". */
export function motion(ctx: SentenceContext, m: RegExpExecArray): Found | null {
  const det = (m[1] ?? '').toLowerCase();
  if (det === 'een') return null;
  const by = motionBy(m);
  // The trigger may stand before an earlier anchor of the sentence: "naar aanleiding van
  // mijn standpunt over … de motie Poppe".
  if (!MOTION_TRIGGER.test(ctx.text.slice(ctx.sentence, ctx.to))) return null;
  const stated = motionText(ctx.text, ctx.atEnd, ctx.to);
  const base = { kind: 'motion' as const, anchor: ctx.at, start: ctx.from, end: ctx.to, refKinds: MOTION_REFS };
  if (stated) {
    const found: Found = { ...base, by, asks: stated.asks, date: motionDate(ctx, stated.at, ctx.to) };
    if (!by) found.anaphoric = true;
    return found;
  }
  if (!by) return carriedOut(ctx, base);
  // "Daarmee is … verdubbeld, zoals de gewijzigde motie-Kroosberg c.s. vroeg."
  const as = /,?\s*zoals\s*$/u.exec(ctx.text.slice(ctx.from, ctx.at));
  if (as) {
    const said = ctx.text.slice(ctx.from, ctx.from + as.index);
    const asks = tidyAsks(
      said.replace(/^(?:daarmee|hiermee|daarbij|zo|nu|inmiddels)\s+(?:is|zijn|wordt|worden)\s+/iu, ''),
    );
    if (asks) return { ...base, by, asks, date: motionDate(ctx, -1, -1) };
  }
  const name = tidyAsks(ctx.text.slice(det === 'aan' ? ctx.at + 4 : ctx.at, ctx.atEnd));
  // "de motie-Van Wierum over de winterbediening": the name with what it is about.
  const about = MOTION_ABOUT.exec(ctx.text.slice(ctx.atEnd, ctx.to));
  if (about) {
    const from = ctx.atEnd + about[0].length;
    const end = clauseEnd(ctx.text, from, ctx.to);
    const subject = tidyAsks(ctx.text.slice(from, end).replace(/\s+(?:die|dat)\s.*$/su, ''));
    const word = (/^\s*(?:\([^()]*\)\s*)?,?\s*(.+?)\s*$/su.exec(about[0])?.[1] ?? 'over').toLowerCase();
    const named = name.replace(/^(?:de|het|deze|die|genoemde|bovengenoemde|mijn)\s+/iu, '');
    if (subject)
      return { ...base, by, asks: `${named} ${word} ${subject}`, date: motionDate(ctx, from, end), weak: true };
  }
  return { ...base, by, asks: name, date: motionDate(ctx, -1, -1), weak: true };
}

/** "geef ik invulling aan", "voldoe ik aan", "kom ik tegemoet aan": the paper carries out what stands right after. */
const CARRIES_OUT =
  /\b(?:(?:uitvoering|invulling|gevolg|opvolging)\s+(?:te\s+)?(?:geven|geef|geeft|gegeven)?\s*aan|(?:voldoe|voldoen|voldoet|voldaan)\s+(?:\p{L}+\s+){0,2}?aan|tegemoet\s+aan)\s+$/iu;

/**
 * A motion this paper carries out that the text does not name ("Met deze verkenning
 * geef ik invulling aan de Kamerbreed gesteunde motie van de …"): the clause that says
 * so, completed by the motion's text when a later sentence gives it.
 */
function carriedOut(ctx: SentenceContext, base: Omit<Found, 'by' | 'asks' | 'date'>): Found | null {
  if (!CARRIES_OUT.test(ctx.text.slice(ctx.sentence, ctx.at))) return null;
  const asks = tidyAsks(ctx.text.slice(ctx.sentence, clauseEnd(ctx.text, ctx.atEnd, ctx.to, true)));
  if (!asks) return null;
  return { ...base, by: null, asks, date: motionDate(ctx, -1, -1), weak: true, anaphoric: true };
}

/** Is `found` the same motion as `other` (same submitters or same cited paper)? */
export function sameMotion(found: Found, other: Found): boolean {
  if (found.reference && other.reference) return found.reference === other.reference;
  return found.by !== null && found.by.toLowerCase() === other.by?.toLowerCase();
}
