/**
 * What one pass over an HTML page yields (`scan.ts`), and what the later stages read:
 * the meta tags, the page's text as raw blocks and header fields, its footnotes.
 *
 * @module
 */
import type { BlockKind } from '../../model/index.ts';
import type { RawRef } from './capture.ts';
import type { FieldName, PartName } from './elements.ts';
import type { MetaTags } from './meta.ts';

/** A unit of the page's text: a block of the body, or a header field the rendering marks. */
export interface RawBlock {
  kind: BlockKind;
  /** Text for the model: one line (a line a row for tables), footnote markers out. */
  text: string;
  /** Text as a browser's copy gives it: markers in place, line breaks kept. */
  plain: string;
  refs: RawRef[];
  /** 3: inside the publication's text; 2: the page's main content; 1: an article; 0: elsewhere. */
  rank: number;
  /** Navigation, a site header or footer. */
  chrome: boolean;
  field?: FieldName;
  parts?: Partial<Record<PartName, string>>;
}

/** A footnote as the page gives it. */
export interface RawNote {
  marker: string;
  text: string;
  /** Ids of the note and of the anchors in it: what the markers' links point at. */
  ids: string[];
}

/** What one pass over a page found. */
export interface ScannedPage {
  meta: MetaTags;
  /** The text of `<title>`. */
  title: string;
  blocks: RawBlock[];
  notes: RawNote[];
  /** The nesting went deeper than the scan follows it. */
  tooDeep: boolean;
}
