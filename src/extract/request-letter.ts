/**
 * The requests in the government's own text: every sentence is searched for anchors
 * (a request verb or "verzoek", a promise, a motion, answered questions); each anchor
 * reads the part of the sentence up to the next anchor. A request takes as `reference`
 * a citation of a fitting kind that stands in that part, else one the block cites in a
 * footnote (footnote markers are gone from the text, so a block's footnote citations
 * go to its requests in order). Motions named twice, and "De motie verzoekt de regering
 * …" after a motion was named, make one request.
 *
 * @module
 */
import type { Block, Document, Reference, Request } from '../model/index.ts';
import { type FoundDate, findDates } from './dutch-dates.ts';
import {
  ASK_NOUN,
  ASK_VERB,
  askNoun,
  askVerb,
  LETTER_ANSWERED,
  letterAnswered,
  QUESTIONS,
  questionsAnswered,
} from './request-asks.ts';
import type { Found, SentenceContext } from './request-found.ts';
import {
  ANNOUNCED,
  announcedVerb,
  asPromised,
  MOTION,
  motion,
  motionText,
  PROMISE_NOUN,
  PROMISED,
  PROMISED_THING,
  promisedThing,
  promisedVerb,
  promiseNoun,
  sameMotion,
} from './request-promises.ts';
import { blockSentences, joinBrokenBlocks } from './sentences.ts';

/** Longer "sentences" are run-on text: not read. */
const MAX_SENTENCE = 1500;

/** Cheap test for a block or sentence worth reading. */
const HINT =
  /verzo|gevraagd|vraagt|vroeg|motie|toezeg|toegezegd|vragen van|brief (?:van|d\.d\.)|vragen die|aangekondigd|aangegeven|beloofd|laten weten|meegedeeld|medegedeeld/i;
const QUOTED_MOTION = /^\s*«?\s*verzoekt\s/iu;

/** The kinds of anchor: a request verb or noun, a promise, a motion, questions answered. */
export type Family = 'ask' | 'promise' | 'motion' | 'question';

interface Anchor {
  family: Family;
  index: number;
  end: number;
  match: RegExpExecArray;
  read: (ctx: SentenceContext, m: RegExpExecArray) => Found | null;
}

/** Each reader with the lower-case substrings one of which its pattern needs. */
const READERS: Array<{ family: Family; hints: string[]; pattern: RegExp; read: Anchor['read'] }> = [
  { family: 'ask', hints: ['verzo', 'gevraagd', 'vraagt', 'vroeg'], pattern: ASK_VERB, read: (ctx) => askVerb(ctx) },
  { family: 'ask', hints: ['verzoek'], pattern: ASK_NOUN, read: askNoun },
  { family: 'ask', hints: ['brief van', 'brief d.d.'], pattern: LETTER_ANSWERED, read: (ctx) => letterAnswered(ctx) },
  { family: 'promise', hints: ['toezegging'], pattern: PROMISE_NOUN, read: promiseNoun },
  { family: 'promise', hints: ['toegezegd'], pattern: PROMISED, read: (ctx) => promisedVerb(ctx) },
  { family: 'promise', hints: ['toegezegde'], pattern: PROMISED_THING, read: (ctx) => promisedThing(ctx) },
  {
    family: 'promise',
    hints: ['aangekondigd', 'aangegeven', 'beloofd', 'laten weten', 'meegedeeld', 'medegedeeld'],
    pattern: ANNOUNCED,
    read: (ctx) => announcedVerb(ctx),
  },
  { family: 'motion', hints: ['motie'], pattern: MOTION, read: motion },
  { family: 'question', hints: ['vragen'], pattern: QUESTIONS, read: questionsAnswered },
];

/** The anchors of one sentence, in order; a family's second anchor in a row is dropped (motions excepted). */
function anchorsOf(sentence: string, offset: number, families?: readonly Family[]): Anchor[] {
  const all: Anchor[] = [];
  const lower = sentence.toLowerCase();
  for (const reader of READERS) {
    if (families && !families.includes(reader.family)) continue;
    if (!reader.hints.some((h) => lower.includes(h))) continue;
    for (const match of sentence.matchAll(reader.pattern)) {
      const index = offset + (match.index as number);
      all.push({ family: reader.family, index, end: index + match[0].length, match, read: reader.read });
    }
  }
  all.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Anchor[] = [];
  for (const anchor of all) {
    const last = kept[kept.length - 1];
    if (last && anchor.index < last.end) continue;
    if (last && last.family === anchor.family && anchor.family !== 'motion') continue;
    // "De motie verzoekt de regering …": the verb belongs to the motion.
    if (last?.family === 'motion' && anchor.family === 'ask' && anchor.index - last.end < 80) continue;
    kept.push(anchor);
  }
  return kept;
}

/** Where each body citation stands in a block. */
function positions(text: string, references: Reference[]): Array<{ ref: Reference; index: number }> {
  const out: Array<{ ref: Reference; index: number }> = [];
  for (const ref of references) {
    if (ref.in || !ref.text) continue;
    let i = text.indexOf(ref.text);
    while (i >= 0) {
      out.push({ ref, index: i });
      i = text.indexOf(ref.text, i + ref.text.length);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Settle the references of one block's requests: inline first, then the block's footnotes. */
function settleReferences(block: Block, found: Found[], references: Reference[]): void {
  if (found.length === 0) return;
  const inline = positions(block.text, references);
  for (const f of found) {
    const fits = inline.filter((p) => p.index >= f.start && p.index < f.end && f.refKinds.includes(p.ref.kind));
    const pick = fits.find((p) => p.index >= f.anchor) ?? fits[0];
    if (pick) f.reference = pick.ref.target;
  }
  const markers = new Set((block.footnoteRefs ?? []).map((m) => `footnote ${m}`));
  const notes = references.filter((r) => r.in && markers.has(r.in));
  for (const note of notes) {
    const f = found.find((x) => !x.reference && !x.anaphoric && x.refKinds.includes(note.kind));
    if (f) f.reference = note.target;
  }
}

/** Add `f` to the requests, merging a motion named again or completed by its text. */
function add(out: Found[], f: Found): void {
  if (f.kind === 'motion') {
    const motions = out.filter((x) => x.kind === 'motion');
    const last = motions[motions.length - 1];
    const same = f.anaphoric ? last : motions.find((x) => sameMotion(f, x));
    if (same) {
      if (same.weak && !f.weak) {
        same.asks = f.asks;
        delete same.weak;
      }
      same.date ??= f.date;
      if (!same.reference && f.reference) same.reference = f.reference;
      return;
    }
  }
  if (out.some((x) => x.kind === f.kind && x.by === f.by && x.asks === f.asks)) return;
  out.push(f);
}

/** The requests in `blocks`, written by the government. */
export function letterRequests(doc: Document, blocks: Block[], families?: readonly Family[]): Request[] {
  const out: Found[] = [];
  for (const block of joinBrokenBlocks(blocks)) {
    const text = block.text;
    if (!HINT.test(text) && !QUOTED_MOTION.test(text)) continue;
    const found: Found[] = [];
    let dates: FoundDate[] | null = null;
    // A quoted motion text: "verzoekt de regering, …".
    const quoted =
      (!families || families.includes('motion')) && QUOTED_MOTION.test(text) ? motionText(text, 0, text.length) : null;
    if (quoted) {
      found.push({
        kind: 'motion',
        by: null,
        asks: quoted.asks,
        date: null,
        anchor: 0,
        start: 0,
        end: text.length,
        refKinds: [],
        anaphoric: true,
      });
    }
    for (const sentence of blockSentences(block)) {
      if (sentence.text.length > MAX_SENTENCE || !HINT.test(sentence.text)) continue;
      const anchors = anchorsOf(sentence.text, sentence.start, families);
      if (anchors.length === 0) continue;
      dates ??= findDates(text, doc.date, 'past');
      const base: SentenceContext = {
        doc,
        text,
        dates,
        sentence: sentence.start,
        from: sentence.start,
        to: sentence.end,
        at: sentence.start,
        atEnd: sentence.start,
      };
      const promised =
        (!families || families.includes('promise')) && /zoals/i.test(sentence.text) ? asPromised(base) : null;
      if (promised) found.push(promised);
      anchors.forEach((anchor, i) => {
        if (promised && anchor.family === 'promise') return;
        const next = anchors[i + 1];
        const ctx: SentenceContext = {
          ...base,
          from: i === 0 ? sentence.start : anchor.index,
          to: next ? next.index : sentence.end,
          at: anchor.index,
          atEnd: anchor.end,
        };
        const f = anchor.read(ctx, anchor.match);
        if (f) found.push(f);
      });
    }
    settleReferences(block, found, doc.references);
    for (const f of found) add(out, f);
  }
  return out
    .filter((f) => f.asks)
    .map((f) => {
      const request: Request = { date: f.date, by: f.by, asks: f.asks, kind: f.kind };
      if (f.reference) request.reference = f.reference;
      return request;
    });
}
