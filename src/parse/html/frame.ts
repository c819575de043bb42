/**
 * The context an open element gives the text inside it during the scan: where the
 * text goes (the current body paragraph, a header field, a footnote, a table, a
 * footnote marker, or nowhere), which kind of block it makes, how surely it is the
 * page's main content, and what to do when the element closes.
 *
 * @module
 */
import type { BlockKind } from '../../model/index.ts';
import type { Capture } from './capture.ts';
import type { FieldName, PartName } from './elements.ts';
import type { NoteState } from './notes.ts';

/** Where text goes: the current body paragraph, a capture, or nowhere. */
export type Sink = Capture | 'body' | null;

/** A header field being read, with its marked parts. */
export interface FieldState {
  name: FieldName;
  text: Capture;
  parts: Map<PartName, Capture>;
}

/** The context of one open element. */
export interface Frame {
  tag: string;
  sink: Sink;
  kind: BlockKind;
  rank: number;
  chrome: boolean;
  qa: 'question' | 'answer' | null;
  inNotes: boolean;
  note: NoteState | null;
  field: FieldState | null;
  /** Inside a part of a header field: text goes to this capture too. */
  part: Capture | null;
  /** Inside a footnote marker: the fragment its link points at. */
  ref: { target: string | null } | null;
  isHead: boolean;
  /** The element ends the text before it and after it. */
  block: boolean;
  /** What to do when the element closes (a field, note, table or marker is complete). */
  close: (() => void) | null;
}

/** The context of the page itself. */
export function rootFrame(): Frame {
  return {
    tag: '',
    sink: 'body',
    kind: 'paragraph',
    rank: 0,
    chrome: false,
    qa: null,
    inNotes: false,
    note: null,
    field: null,
    part: null,
    ref: null,
    isHead: false,
    block: true,
    close: null,
  };
}

/** A child's context: the parent's, changed by `patch`; never the head, a block or a closer unless the patch says so. */
export function deriveFrame(base: Frame, patch: Partial<Frame> & { tag: string }): Frame {
  return { ...base, isHead: false, block: false, close: null, ...patch };
}
