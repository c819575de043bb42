/**
 * One pass over an HTML page with htmlparser2 (HTML mode, streaming, no DOM): the
 * page's meta tags and title, its text as blocks in reading order (each with the
 * header field it holds, if any, how surely it is the page's main content, and
 * whether it is site chrome), its footnotes, and the footnote markers in the text.
 *
 * Nesting is followed to `MAX_DEPTH` levels; deeper elements are flattened (see
 * `bounded-parser.ts`), their content read as the content of the element at the limit.
 *
 * @module
 */
import { BoundedParser, type DepthHandler } from './bounded-parser.ts';
import { Capture } from './capture.ts';
import {
  BLOCK_TAGS,
  classTokens,
  contentRank,
  type FieldName,
  fieldOf,
  isChrome,
  isNoteRef,
  isNotesContainer,
  isSkipped,
  kindOf,
  noteElement,
  type PartName,
  partOf,
  questionOrAnswer,
} from './elements.ts';
import { deriveFrame, type FieldState, type Frame, rootFrame } from './frame.ts';
import { MetaTags } from './meta.ts';
import { addIds, addLooseNote, addNote, finishNote, markerOf, type NoteState, startNote } from './notes.ts';
import type { RawBlock, RawNote, ScannedPage } from './page.ts';

/** How deep the structure of a page is followed. */
export const MAX_DEPTH = 256;

function fragment(href: string | undefined): string | null {
  return href?.startsWith('#') && href.length > 1 ? href.slice(1) : null;
}

class Scanner implements DepthHandler {
  readonly meta = new MetaTags();
  readonly blocks: RawBlock[] = [];
  readonly notes: RawNote[] = [];
  title: string | null = null;
  tooDeep = false;
  private paragraph = new Capture();
  private readonly root = rootFrame();
  private readonly stack: Frame[] = [this.root];

  onopentag(name: string, attribs: Record<string, string>): void {
    const parent = this.top();
    if (name === 'meta') this.meta.add(attribs);
    else if (name === 'br' || name === 'wbr') this.lineBreak(parent, name);
    else if (name === 'title' && this.title === null && (parent.isHead || parent.sink !== null)) {
      this.stack.push(this.openTitle(parent));
      return;
    } else if (parent.sink !== null || (parent.isHead && BLOCK_TAGS.has(name))) {
      this.stack.push(this.enter(name, attribs, parent.isHead ? this.root : parent));
      return;
    }
    // Void or skipped: the element's content is its parent's.
    this.stack.push(parent);
  }

  depth(): number {
    return this.stack.length - 1;
  }

  onflatten(): void {
    this.tooDeep = true;
  }

  onclosetag(): void {
    if (this.stack.length <= 1) return;
    const frame = this.stack.pop() as Frame;
    if (frame === this.top()) return;
    if (frame.block) this.boundary(frame);
    frame.close?.();
  }

  ontext(text: string): void {
    const frame = this.top();
    const sink = frame.sink;
    if (sink === null) return;
    if (sink === 'body') this.paragraph.add(text);
    else sink.add(text);
    frame.part?.add(text);
  }

  /** Flush what is left after the last element. */
  finish(): ScannedPage {
    this.flush(this.root);
    return { meta: this.meta, title: this.title ?? '', blocks: this.blocks, notes: this.notes, tooDeep: this.tooDeep };
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1] as Frame;
  }

  private enter(name: string, attribs: Record<string, string>, base: Frame): Frame {
    const classes = classTokens(attribs.class);
    const id = (attribs.id ?? '').trim().toLowerCase();
    if (name === 'head') return deriveFrame(base, { tag: name, sink: null, isHead: true });
    if (isSkipped(name, classes, id, attribs)) return deriveFrame(base, { tag: name, sink: null });
    if (base.ref) {
      base.ref.target ??= fragment(attribs.href);
      return base;
    }
    if (base.note) return this.enterNote(name, classes, attribs, base, base.note);
    if (isNoteRef(name, classes, attribs.href, base.tag)) return this.openRef(name, attribs, base);
    if (base.field) return this.enterField(name, classes, base, base.field);
    const qa = questionOrAnswer(classes) ?? base.qa;
    const inNotes = base.inNotes || isNotesContainer(classes, id);
    if (base.sink !== 'body') return this.enterCapture(name, base);
    const note = noteElement(name, classes, inNotes);
    if (note) return this.openNote(name, attribs, base, inNotes, note === 'continued');
    const field = inNotes ? null : fieldOf(classes, qa !== null);
    if (field) return this.openField(name, field, base);
    if (name === 'table') return this.openTable(base);
    const role = attribs.role?.toLowerCase();
    const rank = Math.max(base.rank, contentRank(name, classes, id, role));
    const chrome = base.chrome || isChrome(name, classes, id, role, rank > 0);
    const kind = kindOf(name, classes, base.kind, qa);
    const block =
      BLOCK_TAGS.has(name) ||
      rank !== base.rank ||
      chrome !== base.chrome ||
      kind !== base.kind ||
      qa !== base.qa ||
      inNotes !== base.inNotes;
    // An element that changes nothing (most inline elements) shares its parent's frame;
    // a `sup` is told apart, as a link inside it is a footnote marker.
    if (!block && name !== 'sup') return base;
    if (block) this.boundary(base);
    return deriveFrame(base, { tag: name, rank, chrome, kind, qa, inNotes, block });
  }

  /** Inside a table (or another capture): rows and cells, other blocks as spaces. */
  private enterCapture(name: string, base: Frame): Frame {
    const sink = base.sink as Capture;
    if (name === 'tr') sink.row();
    else if (name === 'td' || name === 'th') sink.cell();
    else if (BLOCK_TAGS.has(name)) sink.addBreak();
    return name === 'sup' ? deriveFrame(base, { tag: name }) : base;
  }

  private enterNote(
    name: string,
    classes: string[],
    attribs: Record<string, string>,
    base: Frame,
    note: NoteState,
  ): Frame {
    addIds(note, attribs);
    const isMarker = classes.includes('nootnum') || (name === 'sup' && !note.marker.hasText && !note.text.hasText);
    if (isMarker) return deriveFrame(base, { tag: name, sink: note.marker });
    if (BLOCK_TAGS.has(name)) (base.sink as Capture).addBreak();
    return base;
  }

  private enterField(name: string, classes: string[], base: Frame, field: FieldState): Frame {
    const part = partOf(classes);
    if (part) {
      const capture = field.parts.get(part) ?? new Capture();
      field.parts.set(part, capture);
      return deriveFrame(base, { tag: name, part: capture });
    }
    if (BLOCK_TAGS.has(name)) field.text.addBreak();
    return name === 'sup' ? deriveFrame(base, { tag: name }) : base;
  }

  private openTitle(parent: Frame): Frame {
    const capture = new Capture();
    return deriveFrame(parent, {
      tag: 'title',
      sink: capture,
      part: null,
      close: () => {
        this.title = capture.text();
      },
    });
  }

  private openRef(name: string, attribs: Record<string, string>, base: Frame): Frame {
    const capture = new Capture();
    const ref = { target: fragment(attribs.href) };
    const into = base.sink;
    const close = () => {
      const target = into === 'body' ? this.paragraph : into;
      const marker = markerOf(capture.text());
      if (!target || marker === '') return;
      // A long "marker" is a link in superscript, not a footnote marker.
      if (marker.length > 8) target.add(capture.text());
      else target.addRef({ marker, target: ref.target }, capture.plain());
    };
    return deriveFrame(base, { tag: name, sink: capture, part: null, ref, close });
  }

  private openNote(
    name: string,
    attribs: Record<string, string>,
    base: Frame,
    inNotes: boolean,
    mayContinue: boolean,
  ): Frame {
    this.boundary(base);
    const note = startNote(attribs);
    const close = () => {
      const raw = finishNote(note);
      if (raw) addNote(this.notes, raw, mayContinue);
    };
    return deriveFrame(base, { tag: name, sink: note.text, note, inNotes, block: true, close });
  }

  private openField(name: string, fieldName: FieldName, base: Frame): Frame {
    this.boundary(base);
    const field: FieldState = { name: fieldName, text: new Capture(), parts: new Map() };
    const close = () => {
      if (!field.text.hasText) return;
      const parts: Partial<Record<PartName, string>> = {};
      for (const [part, capture] of field.parts) parts[part] = capture.text();
      this.blocks.push({
        kind: fieldName === 'titleHeading' ? 'heading' : 'paragraph',
        ...field.text.renderings(),
        refs: [],
        rank: base.rank,
        chrome: base.chrome,
        field: fieldName,
        parts,
      });
    };
    return deriveFrame(base, { tag: name, sink: field.text, field, block: true, close });
  }

  private openTable(base: Frame): Frame {
    this.boundary(base);
    const table = new Capture(true);
    const close = () => {
      if (!table.hasText) return;
      const { rank, chrome } = base;
      this.blocks.push({ kind: 'table', ...table.renderings(), refs: table.refs, rank, chrome });
    };
    return deriveFrame(base, { tag: 'table', sink: table, block: true, close });
  }

  private lineBreak(parent: Frame, name: string): void {
    if (name === 'wbr' || parent.sink === null) return;
    if (parent.sink === 'body') this.paragraph.addBreak();
    else parent.sink.addBreak();
    parent.part?.addBreak();
  }

  /** The edge of a block element: the text so far is a unit of its own. */
  private boundary(frame: Frame): void {
    if (frame.sink === 'body') this.flush(frame);
    else frame.sink?.addBreak();
  }

  private flush(frame: Frame): void {
    const paragraph = this.paragraph;
    if (!paragraph.hasText) {
      // A marker standing alone belongs to the text before it.
      const last = this.blocks[this.blocks.length - 1];
      if (paragraph.refs.length > 0 && last && !last.field) last.refs.push(...paragraph.refs);
      paragraph.reset();
      return;
    }
    this.paragraph = new Capture();
    if (frame.inNotes) {
      addLooseNote(this.notes, paragraph.text());
      return;
    }
    const { kind, rank, chrome } = frame;
    this.blocks.push({ kind, ...paragraph.renderings(), refs: paragraph.refs, rank, chrome });
  }
}

/**
 * Scan an HTML page (already decoded) in one pass.
 *
 * @example
 * scanPage('<p>Tekst<sup><a href="#n1">1</a></sup></p><div class="noot" id="n1">Kamerstuk 99 001, nr. 3</div>')
 *   .notes; // [{ marker: '', text: 'Kamerstuk 99 001, nr. 3', ids: ['n1'] }]
 */
export function scanPage(html: string): ScannedPage {
  const scanner = new Scanner();
  new BoundedParser(scanner, MAX_DEPTH).parse(html);
  return scanner.finish();
}
