/**
 * What the request readers of a letter share: the request found in one sentence before
 * its reference is settled, and the context each reader gets.
 *
 * @module
 */
import type { Document, ReferenceKind, RequestKind } from '../model/index.ts';
import { type FoundDate, firstDateIn } from './dutch-dates.ts';

/** A request found in a sentence, in block coordinates. */
export interface Found {
  kind: RequestKind;
  by: string | null;
  asks: string;
  date: string | null;
  /** Where the anchor ("verzocht", "motie-…", "toezegging") stands. */
  anchor: number;
  /** The part of the block the request was read from. */
  start: number;
  end: number;
  /** The kinds of citation that can name the asking paper. */
  refKinds: readonly ReferenceKind[];
  /** `asks` is a stand-in (the motion's name, "over …"): a later statement of the motion's text replaces it. */
  weak?: boolean;
  /** A motion named only as "de motie": its text completes the last motion found. */
  anaphoric?: boolean;
  reference?: string;
}

/** One sentence of a block with what readers need of the paper. */
export interface SentenceContext {
  doc: Document;
  /** The whole block text; offsets are into it. */
  text: string;
  /** Every date of the block. */
  dates: FoundDate[];
  /** Where the sentence starts. */
  sentence: number;
  /** The span to read: the sentence, or the part of it that belongs to one anchor. */
  from: number;
  to: number;
  /** Where the anchor starts and ends. */
  at: number;
  atEnd: number;
}

/** The first date of the span that lies outside what is asked. */
export function spanDate(ctx: SentenceContext, asksFrom: number, asksTo: number): string | null {
  return firstDateIn(ctx.dates, ctx.from, ctx.to, asksFrom, asksTo)?.iso ?? null;
}

/** The offset of `part` in the span after `after`, or -1. */
export function offsetOf(ctx: SentenceContext, part: string, after: number): number {
  if (!part) return -1;
  const i = ctx.text.indexOf(part, after);
  return i >= 0 && i < ctx.to ? i : -1;
}

export const MOTION_REFS: readonly ReferenceKind[] = ['kamerstuk', 'motie'];
export const COMMITMENT_REFS: readonly ReferenceKind[] = ['kamerstuk', 'handelingen'];
export const QUESTION_REFS: readonly ReferenceKind[] = ['kamervragen', 'aanhangsel', 'tk-zaak', 'tk-document'];
export const ASK_REFS: readonly ReferenceKind[] = ['handelingen'];
