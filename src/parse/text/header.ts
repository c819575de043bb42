/**
 * The header of a paper: masthead, dossiers, number, type line, addressee, place and
 * date, or the equivalents of written questions, Handelingen and letterheads.
 *
 * The reader walks the first lines with a small state machine. Lines it uses are
 * consumed; a line that holds a header field and the start of the body ("VERSLAG VAN EEN
 * ALGEMEEN OVERLEG Vastgesteld 7 april 2000 De vaste commissie …") is split, and the
 * rest goes on. Everything not consumed after the header is the body, in order.
 *
 * @module
 */
import type { Dossier } from '../../model/index.ts';
import { findDutchDate } from './dates.ts';
import {
  ADDRESSEE,
  BARE_NUMBER,
  cleanTypeLine,
  HANDELINGEN_CUE,
  LETTER_NUMBER_LINE,
  looksLikeTypeLine,
  MASTHEAD,
  matchDatedEvent,
  matchDossierLine,
  matchPlaceDate,
  NUMBER_LINE,
  SESSION_YEAR,
  SITTING_DATE,
  splitUpperRun,
  ZAAK_LINE,
} from './header-patterns.ts';
import { readItemTitle } from './item-title.ts';
import { MINISTRY_LINE, readLetterhead } from './letterhead.ts';
import { isBlank } from './lines.ts';
import {
  ANSWER_START,
  DATED_CLOSE,
  NOTICE_TYPE_LINE,
  QUESTIONS_START,
  readAnswerLine,
  readQuestionsLine,
} from './questions.ts';
import { harvestSiteLine, type SiteMetadata, WEB_CRUFT } from './site-metadata.ts';
import type { HeaderResult } from './types.ts';

/** A title line of a web page: a few words, capitalised, no sentence. */
const PAGE_TITLE = /^(?=[^.]{8,200}$)\p{Lu}[\p{L}\p{N}’'-]*(?: [\p{L}\p{N}(),:;’'«»“”&-]+){2,}$/u;
/** How far into a text the reader looks for the start of a header (non-blank lines). */
const PRELUDE_LIMIT = 40;
/** Lines before the header longer than this are body text: there is no header. */
const PRELUDE_LINE_LIMIT = 400;
/** A dossier title wraps over at most this many lines after its first. */
const TITLE_LINES = 8;
/** Dossier titles are never longer than this; a line that would make one longer is body text. */
const TITLE_LINE_LIMIT = 700;
/** "Nr. N", "Nr. …" or a bare "Nr.": a draft without its number. */
const PLACEHOLDER_NUMBER = /^Nr\.?(?:\s+(?:N|X|…|\.{3}))?(?:\s+(.*))?$/;
/** A line ending in a day and month whose year went to the next line. */
const SPLIT_DATE =
  /\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)$/i;
/** How many lines from the end a closing place and date is looked for. */
const CLOSING_LINES = 12;
/** How many non-header lines may stand between the type line and the addressee/date. */
const PREAMBLE_LIMIT = 4;
/**
 * Longest type line read over several lines (the longest in the corpus is 249 characters):
 * upper-case lines past it are body, not an ever longer type line.
 */
const TYPE_LINE_LIMIT = 1000;

type Phase = 'prelude' | 'dossiers' | 'typed' | 'dated';

interface State {
  result: HeaderResult;
  site: SiteMetadata;
  phase: Phase;
  /** The dossier whose title is still being read, and how many lines it took so far. */
  titling: Dossier | null;
  titleLines: number;
  typeOpen: boolean;
  dateKind: 'letter' | 'event' | 'sitting' | null;
  sawHandelingenCue: boolean;
  /** The first title-like line of a web page around the paper (its subject there). */
  pageTitle: string | null;
  /** The title of a Handelingen item, printed before its opening. */
  itemTitle: string | null;
  /** Whether site metadata or web-page furniture was seen before the header. */
  onWebPage: boolean;
}

function emptyResult(): HeaderResult {
  return {
    kind: 'other',
    chamber: null,
    dossiers: [],
    number: null,
    typeLine: null,
    subject: null,
    sender: null,
    addressee: null,
    place: null,
    date: null,
    parliamentaryYear: null,
    zaak: null,
    bodyStart: 0,
    body: [],
    signatories: [],
    warnings: [],
  };
}

/**
 * Read the header from the lines of a paper and return it with the body lines.
 *
 * @example
 * const header = readHeader(toLines('32 824 Integratiebeleid\n\nNr. 93 BRIEF VAN …'));
 * header.dossiers[0]; // { number: '32824', title: 'Integratiebeleid' }
 */
export function readHeader(input: string[]): HeaderResult {
  const lines = input.slice();
  const state: State = {
    result: emptyResult(),
    site: {},
    phase: 'prelude',
    titling: null,
    titleLines: 0,
    typeOpen: false,
    dateKind: null,
    sawHandelingenCue: false,
    pageTitle: null,
    itemTitle: null,
    onWebPage: false,
  };
  const consumed = new Set<number>();
  let firstBody = -1;
  let lastHeaderLine = -1;
  /** Prelude lines skipped since the last header line. */
  const skipped: number[] = [];
  let nonBlank = 0;
  let sinceAnchor = 0;

  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (isBlank(line) || line === '\f') continue;
    nonBlank++;
    const outcome = readLine(state, line, lines, i);
    if (outcome === 'body') {
      if (state.phase === 'prelude') {
        if (state.pageTitle === null && PAGE_TITLE.test(line)) state.pageTitle = line;
        // Web-page lines before the header are skipped, but only a little way in. Where a
        // header field was read already (a sitting's date), the body follows the last of them.
        if (line.length > PRELUDE_LINE_LIMIT || nonBlank > PRELUDE_LIMIT || state.sawHandelingenCue) {
          // The lines right before a Handelingen item's opening are its title.
          state.itemTitle = state.sawHandelingenCue ? readItemTitle(lines, skipped) : null;
          if (state.itemTitle !== null) for (const k of skipped) consumed.add(k);
          firstBody = lastHeaderLine + 1;
          break;
        }
        skipped.push(i);
        continue;
      }
      if (firstBody < 0) firstBody = i;
      // A short preamble may stand between the type line and the addressee and date.
      if (state.phase === 'typed' && state.result.date === null && sinceAnchor < PREAMBLE_LIMIT) {
        sinceAnchor++;
        continue;
      }
      break;
    }
    if (outcome === 'letterhead') {
      const head = readLetterhead(lines, i);
      applyLetterhead(state, head);
      for (let k = i; k < head.bodyStart; k++) consumed.add(k);
      firstBody = head.bodyStart;
      break;
    }
    consumed.add(i);
    lastHeaderLine = i;
    skipped.length = 0;
    sinceAnchor = 0;
    if (outcome === 'done') {
      if (firstBody < 0) firstBody = i + 1;
      break;
    }
  }

  const result = state.result;
  // Prelude lines before the first header field are site furniture once a header was
  // found; with no header at all, the whole text is body.
  const foundHeader = Boolean(result.dossiers.length > 0 || result.typeLine || result.date || result.addressee);
  if (firstBody < 0) firstBody = lines.length;
  const start = foundHeader ? firstBody : 0;
  result.body = [];
  for (let i = start; i < lines.length; i++) if (!consumed.has(i)) result.body.push(lines[i] as string);
  result.bodyStart = start;
  if (result.date === null) dateFromClosing(result);
  finish(state, Boolean(foundHeader));
  return result;
}

type Outcome = 'header' | 'done' | 'body' | 'letterhead';

function readLine(state: State, line: string, lines: string[], i: number): Outcome {
  const r = state.result;
  if (state.phase === 'prelude' && r.dossiers.length === 0 && harvestSiteLine(line, state.site)) {
    state.onWebPage = true;
    return 'header';
  }
  if (state.phase === 'prelude' && WEB_CRUFT.test(line)) {
    state.onWebPage = true;
    return 'header';
  }

  let match = MASTHEAD.exec(line);
  if (match && state.phase === 'prelude') {
    r.chamber = match[1] === 'Eerste' ? 'eerste-kamer' : 'tweede-kamer';
    return 'header';
  }
  match = SESSION_YEAR.exec(line);
  if (match && state.phase !== 'dated') {
    r.parliamentaryYear = `${match[1]}-${match[2]}`;
    return 'header';
  }
  if (state.phase === 'prelude' && r.zaak === null && ZAAK_LINE.test(line)) {
    r.zaak = line;
    return 'header';
  }
  // The masthead's chamber digit, which plain pdftotext may print among the dossier lines.
  if (
    BARE_NUMBER.test(line) &&
    (state.phase === 'prelude' || (state.phase === 'dossiers' && state.result.number === null))
  ) {
    return 'header';
  }

  if (state.phase === 'prelude' || state.phase === 'dossiers') {
    const outcome = readDossierOrNumber(state, line, lines, i);
    if (outcome) return outcome;
  }
  if (state.typeOpen) {
    const whole = splitUpperRun(`${line} x`, 1);
    const fits = (r.typeLine?.length ?? 0) + 1 + line.length <= TYPE_LINE_LIMIT;
    if (whole && whole.rest === 'x' && fits && !/^(?:AAN|DEN)\b/.test(line)) {
      r.typeLine = cleanTypeLine(`${r.typeLine} ${line}`);
      return 'header';
    }
    state.typeOpen = false;
  }
  if (r.typeLine === null && state.phase !== 'dated') {
    const upper = splitUpperRun(line, 1);
    if (upper && looksLikeTypeLine(upper.upper) && (upper.upper.includes(' ') || upper.rest === '')) {
      setTypeLine(state, upper.upper, upper.rest, lines, i);
      return 'header';
    }
  }
  if (QUESTIONS_START.test(line) || ANSWER_START.test(line)) return readQuestionBlock(state, line, lines, i);
  if (state.phase === 'prelude' && MINISTRY_LINE.test(line)) return 'letterhead';

  if (r.addressee === null && state.phase !== 'dated') {
    match = ADDRESSEE.exec(line);
    if (match) {
      readAddressee(state, match[1] as string, lines, i);
      return 'header';
    }
  }
  if (state.dateKind !== 'letter' && state.dateKind !== 'event') {
    const placeDate = matchPlaceDate(joinSplitDate(line, lines, i));
    if (placeDate && (state.phase !== 'prelude' || r.addressee !== null)) {
      r.place = placeDate.place;
      r.date = placeDate.date;
      state.dateKind = 'letter';
      return finishDated(state, placeDate.rest, lines, i);
    }
    const event = matchDatedEvent(line);
    if (event?.date && (state.phase !== 'prelude' || i < 3 || siteAnchored(state))) {
      r.date = event.date;
      state.dateKind = 'event';
      return finishDated(state, event.rest, lines, i);
    }
    // "27 november 1997" on a line of its own under the type line: a bill dates itself so.
    const bare = state.phase === 'typed' && r.date === null ? findDutchDate(line) : null;
    if (bare && bare.index === 0 && bare.length === line.length) {
      r.date = bare.iso;
      state.dateKind = 'event';
      return finishDated(state, '', lines, i);
    }
    if (SITTING_DATE.test(line)) {
      r.date = findDutchDate(line)?.iso ?? null;
      state.dateKind = 'sitting';
      r.kind = 'handelingen';
      return 'header';
    }
  }
  if (HANDELINGEN_CUE.test(line)) state.sawHandelingenCue = true;
  return 'body';
}

function readDossierOrNumber(state: State, line: string, lines: string[], i: number): Outcome | null {
  const r = state.result;
  // rijksbegroting.nl: "35000 B 10 BRIEF VAN DE MINISTER …" (dossier, suffix, number, type).
  const compact = /^(\d{5})\s([A-Z]{1,2}|[IVXL]{1,6})\s(\d{1,4})\s(.+)$/.exec(line);
  if (compact && r.dossiers.length === 0) {
    r.dossiers.push({ number: compact[1] as string, suffix: compact[2] as string, title: null });
    r.number = compact[3] as string;
    r.typeLine = cleanTypeLine(compact[4] as string);
    state.phase = 'typed';
    state.typeOpen = true;
    return 'header';
  }
  if (r.number === null && r.typeLine === null) {
    const dossierLine = matchDossierLine(line);
    if (dossierLine) {
      const dossier: Dossier = { ...dossierLine.dossier, title: dossierLine.rest === '' ? null : dossierLine.rest };
      r.dossiers.push(dossier);
      state.titling = dossier;
      state.titleLines = 0;
      state.phase = 'dossiers';
      return 'header';
    }
  }
  const numbered = NUMBER_LINE.exec(line);
  if (
    numbered &&
    r.number === null &&
    (state.phase === 'dossiers' || numberedFollowsHeader(state, numbered[2] as string))
  ) {
    r.number = numbered[1] as string;
    state.titling = null;
    state.phase = 'typed';
    const rest = (numbered[2] as string).trim();
    if (rest !== '') {
      const upper = splitUpperRun(rest);
      if (upper) setTypeLine(state, upper.upper, upper.rest, lines, i);
      else r.typeLine = cleanTypeLine(rest);
    }
    return 'header';
  }
  const placeholder = PLACEHOLDER_NUMBER.exec(line);
  if (placeholder && r.number === null && state.phase === 'dossiers') {
    // "Nr. N" or "Nr." in a draft: there is no number yet.
    state.titling = null;
    state.phase = 'typed';
    r.warnings.push('the document number is a placeholder (a draft?)');
    const rest = (placeholder[1] ?? '').trim();
    const upper = rest === '' ? null : splitUpperRun(rest);
    if (upper) setTypeLine(state, upper.upper, upper.rest, lines, i);
    return 'header';
  }
  if (state.phase === 'dossiers' && r.number === null) {
    const lettered = LETTER_NUMBER_LINE.exec(line);
    const last = r.dossiers[r.dossiers.length - 1];
    if (lettered) {
      const rest = (lettered[2] ?? '').trim();
      const upper = rest === '' ? null : splitUpperRun(rest);
      if (rest === '' || (upper && upper.upper.length > 0)) {
        r.number = lettered[1] as string;
        state.titling = null;
        state.phase = 'typed';
        if (upper) setTypeLine(state, upper.upper, upper.rest, lines, i);
        return 'header';
      }
      if (last && !last.suffix && last.title === null && /^[A-Z]\s+\p{Lu}\p{Ll}/u.test(line)) {
        // "36 600\nC Vaststelling van …": the suffix went to the next line.
        last.suffix = lettered[1] as string;
        last.title = rest;
        return 'header';
      }
    }
    if (
      state.titling &&
      state.titleLines < TITLE_LINES &&
      line.length + (state.titling.title?.length ?? 0) <= TITLE_LINE_LIMIT &&
      !WEB_CRUFT.test(line) &&
      !splitUpperRun(line)?.upper &&
      !ADDRESSEE.test(line)
    ) {
      state.titling.title = state.titling.title === null ? line : `${state.titling.title} ${line}`;
      state.titleLines++;
      return 'header';
    }
  }
  return null;
}

/** True when site metadata or a masthead already showed that a paper starts here. */
function siteAnchored(state: State): boolean {
  const site = state.site;
  return Boolean(
    state.result.parliamentaryYear !== null ||
      state.result.chamber !== null ||
      site.dossier ||
      site.officialId ||
      site.number,
  );
}

/**
 * "Nr. 2327" without dossier lines is still a number when it follows a masthead, a year
 * line or site metadata, or when a type line follows it ("Nr. 34 BRIEF VAN …").
 */
function numberedFollowsHeader(state: State, rest: string): boolean {
  if (state.phase !== 'prelude') return false;
  const upper = splitUpperRun(rest);
  return siteAnchored(state) || Boolean(upper && looksLikeTypeLine(upper.upper));
}

function setTypeLine(state: State, upper: string, rest: string, lines: string[], i: number): void {
  const r = state.result;
  r.typeLine = cleanTypeLine(upper);
  state.titling = null;
  if (state.phase !== 'dated') state.phase = 'typed';
  if (rest !== '') {
    lines.splice(i + 1, 0, rest);
    state.typeOpen = false;
  } else {
    state.typeOpen = true;
  }
}

function finishDated(state: State, rest: string, lines: string[], i: number): Outcome {
  state.phase = 'dated';
  if (rest !== '') lines.splice(i + 1, 0, rest);
  return 'done';
}

function readAddressee(state: State, text: string, lines: string[], i: number): void {
  const r = state.result;
  let addressee = text.trim();
  // "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 17 november 2014 Op …"
  const glued = /^(.*?Staten-Generaal)\s+(\S.*)$/.exec(addressee);
  if (glued) {
    addressee = glued[1] as string;
    lines.splice(i + 1, 0, glued[2] as string);
  } else if (!/Generaal$/.test(addressee)) {
    const next = nextNonBlank(lines, i);
    if (next >= 0 && /^(?:Tweede|Eerste)\s+Kamer\b/.test((lines[next] as string).trim())) {
      addressee = `${addressee} ${(lines[next] as string).trim()}`;
      lines[next] = '';
    }
  }
  r.addressee = addressee;
  if (state.phase === 'prelude') state.phase = 'typed';
}

/** "Den Haag, 9 april" + "2024" on the next line: the year wrapped; join it back. */
function joinSplitDate(line: string, lines: string[], i: number): string {
  if (!SPLIT_DATE.test(line)) return line;
  const next = nextNonBlank(lines, i);
  if (next < 0 || !/^\d{4}\b/.test((lines[next] as string).trim())) return line;
  const joined = `${line} ${(lines[next] as string).trim()}`;
  lines[i] = joined;
  lines[next] = '';
  return joined;
}

function nextNonBlank(lines: string[], i: number): number {
  for (let k = i + 1; k < lines.length && k < i + 4; k++) if (!isBlank(lines[k])) return k;
  return -1;
}

function readQuestionBlock(state: State, line: string, lines: string[], i: number): Outcome {
  const r = state.result;
  let text = line;
  let k = i;
  while (!DATED_CLOSE.test(text) && k + 1 < lines.length && k < i + 6 && !isBlank(lines[k + 1])) {
    k++;
    text = `${text} ${(lines[k] as string).trim()}`;
    lines[k] = '';
  }
  const close = DATED_CLOSE.exec(text);
  if (close) {
    const end = close.index + close[0].length;
    const rest = text.slice(end).trim();
    text = text.slice(0, end);
    if (rest !== '') lines.splice(i + 1, 0, rest);
  }
  if (QUESTIONS_START.test(text)) {
    const questions = readQuestionsLine(text);
    r.kind = 'kamervragen';
    r.signatories.push(...questions.askers);
    r.addressee ??= questions.addressee;
    // The subject the web page printed (the official title) wins over the "over …" part.
    r.subject ??= state.site.subject ?? questions.subject;
    r.date ??= questions.date;
    state.phase = 'typed';
    return 'header';
  }
  const answer = readAnswerLine(text);
  r.kind = 'aanhangsel';
  if (answer.notice) r.typeLine ??= NOTICE_TYPE_LINE;
  if (answer.sender) r.sender = answer.sender;
  if (answer.date) r.date = answer.date;
  state.phase = 'dated';
  return 'done';
}

/**
 * Papers without a dated header (a Koninklijke boodschap, a bill) are dated where they
 * are signed: "’s-Gravenhage, 27 oktober 2011" above the signature.
 */
function dateFromClosing(result: HeaderResult): void {
  const body = result.body;
  for (let k = body.length - 1, seen = 0; k >= 0 && seen < CLOSING_LINES; k--) {
    const line = (body[k] as string).trim();
    if (line === '') continue;
    seen++;
    const placeDate = matchPlaceDate(line.replace(/^Gegeven\s+te\s+/i, ''));
    if (placeDate && placeDate.rest === '') {
      result.place = placeDate.place;
      result.date = placeDate.date;
      return;
    }
  }
}

function applyLetterhead(state: State, head: ReturnType<typeof readLetterhead>): void {
  const r = state.result;
  r.sender = { role: 'ministerie', portfolio: head.ministry, name: null };
  r.date ??= head.date;
  r.subject ??= head.subject;
  r.addressee ??= head.addressee;
  state.phase = 'dated';
}

function finish(state: State, foundHeader: boolean): void {
  const r = state.result;
  const site = state.site;
  r.chamber ??= site.chamber ?? null;
  r.parliamentaryYear ??= site.parliamentaryYear ?? null;
  r.subject ??= site.subject ?? state.itemTitle ?? (state.onWebPage && foundHeader ? state.pageTitle : null);
  if (r.dossiers.length === 0 && site.dossier?.number) r.dossiers.push(site.dossier);
  else if (r.dossiers.length === 1 && site.dossier?.title && r.dossiers[0]?.title === null) {
    (r.dossiers[0] as Dossier).title = site.dossier.title;
  }
  const official = site.officialId;
  if (official?.kind === 'kamerstuk' && official.dossier && r.dossiers.length === 0) {
    r.dossiers.push({ ...official.dossier, title: site.dossier?.title ?? null });
  }
  if (official?.kind === 'kamerstuk') r.number ??= official.number ?? null;
  if (r.dossiers.length > 0 || r.number !== null || r.typeLine !== null) {
    if (r.kind === 'other') r.kind = 'kamerstuk';
  }
  r.number ??= r.kind === 'handelingen' ? null : (site.number ?? null);
  if (r.kind === 'other' && (state.sawHandelingenCue || site.item)) r.kind = 'handelingen';
  if (r.date === null && site.date) {
    r.date = site.date;
    r.warnings.push('date taken from the web page around the paper, not from the paper itself');
  }
  for (const dossier of r.dossiers) if (dossier.title) dossier.title = dossier.title.replace(/\s+/g, ' ').trim();
  if (!foundHeader && r.kind === 'other')
    r.warnings.push('no parliamentary header found (dossier, number, type line, addressee or date)');
  else if (r.kind === 'kamerstuk' && r.dossiers.length === 0) r.warnings.push('no dossier found in the header');
  else if (r.kind === 'kamerstuk' && r.number === null)
    r.warnings.push('no document number ("Nr. …") found in the header');
}
