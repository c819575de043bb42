/**
 * The body of an officielebekendmakingen publication → blocks in reading order,
 * footnotes, signatories, and the place and date of a dateline.
 *
 * The markup says what a block is: `kop`, `tussenkop`, `item-titel` and `intitule` are
 * headings; `al` (and `wij`, `considerans.al`, a speaker's `spreker`) paragraphs; `li`
 * and `lid` list items, their number kept in front ("a. op de voorzijde …");
 * `tabel`/`table` one table block (cells joined by " | ", rows by line breaks); the
 * paragraphs of `vraag` and `antwoord` questions and answers, with their `nr` as a
 * heading; those of `aanhaling` quotes. `ondertekening` gives a signatory, `dagtekening`
 * a place and date. An element the reader does not know is a paragraph when it holds
 * text of its own, else its children are read.
 *
 * Footnotes (`noot`) are numbered once for the whole paper, in document order; a block
 * lists the markers of the footnotes that stand in it (or that a `nootref` points at).
 *
 * @module
 */
import type { Block, BlockKind, Footnote, Signatory } from '../../model/index.ts';
import { findDutchDate, isoDate } from '../text/dates.ts';
import { cleanRole, type InlineText, inlineText, type NoteLinks, normaliseSpace } from './text.ts';
import { childNamed, elementsOf, findAll, findFirst, type XmlElement } from './tree.ts';

const HEADINGS = new Set(['kop', 'tussenkop', 'tuskop', 'item-titel', 'intitule', 'titel']);
const PARAGRAPHS = new Set(['al', 'wij', 'considerans.al', 'spreker']);
const LIST_ITEMS = new Set(['li', 'lid']);
const TABLES = new Set(['tabel', 'table']);
/** Elements the body never shows: pictures, footnotes (read apart) and envelope metadata. */
const HIDDEN = new Set(['plaatje', 'illustratie', 'noot', 'nootref', 'metadata', 'meta']);
/** Inline elements: an unknown element holding only these (and text) is a paragraph. */
const INLINE = new Set([
  'nadruk',
  'extref',
  'intref',
  'sup',
  'inf',
  'naam',
  'voornaam',
  'achternaam',
  'voorvoegsels',
  'politiek',
  'datum',
  'plaats',
  'noot',
  'nootref',
  'br',
  'functie',
]);
const NOTE = new Set(['noot']);
const NOTE_NUMBER = new Set(['noot.nr']);
const LABELS = new Set(['li.nr', 'lidnr']);
/** What a list item's own text leaves out: its number and the lists inside it. */
const LIST_PARTS = new Set(['li.nr', 'lidnr', 'lijst']);
const ROWS = new Set(['row']);

type Mode = 'body' | 'question' | 'answer' | 'quote';

/** What the body reader found. */
export interface BodyContent {
  blocks: Block[];
  footnotes: Footnote[];
  signatories: Signatory[];
  /** From a `dagtekening`: where and when the paper was signed or dated. */
  place: string | null;
  date: string | null;
  warnings: string[];
}

/**
 * Reads body elements into blocks. Create one per paper (it numbers the paper's
 * footnotes), then {@link BodyReader.read} each body element in order.
 */
export class BodyReader implements NoteLinks {
  readonly content: BodyContent = {
    blocks: [],
    footnotes: [],
    signatories: [],
    place: null,
    date: null,
    warnings: [],
  };
  private readonly markers = new Map<XmlElement, string>();
  private readonly markersById = new Map<string, string>();
  private mode: Mode = 'body';

  /**
   * @param paper the paper element: its footnotes are numbered here
   * @param skip elements the header read, which the body leaves out
   */
  constructor(
    paper: XmlElement,
    private readonly skip: ReadonlySet<XmlElement> = new Set(),
  ) {
    for (const note of findAll(paper, NOTE)) {
      const number = childNamed(note, 'noot.nr');
      const printed = number ? inlineText(number).text : (note.attrs.nr ?? '');
      const marker = printed.replace(/[.)]$/, '') || String(this.content.footnotes.length + 1);
      this.markers.set(note, marker);
      if (note.attrs.id) this.markersById.set(note.attrs.id, marker);
      this.content.footnotes.push({ marker, text: inlineText(note, this, NOTE_NUMBER).text });
    }
  }

  markerOf(note: XmlElement): string | null {
    return this.markers.get(note) ?? null;
  }

  markerOfRef(ref: XmlElement): string | null {
    const marker = this.markersById.get(ref.attrs.refid ?? '') ?? null;
    if (marker === null)
      this.content.warnings.push(`a footnote reference points at no footnote (${ref.attrs.refid ?? '?'})`);
    return marker;
  }

  /** Read the children of a body element, in order. */
  read(element: XmlElement): void {
    for (const child of element.children) {
      if (typeof child === 'string') {
        if (child.trim() !== '') this.push(this.textKind(), { text: normaliseSpace(child), refs: [] });
        continue;
      }
      if (!this.skip.has(child)) this.element(child);
    }
  }

  private element(el: XmlElement): void {
    const name = el.name;
    if (HIDDEN.has(name)) return;
    if (name === 'nr') {
      // The number of a question or answer is its heading; that of an agenda item is in the id.
      if (this.mode === 'question' || this.mode === 'answer') this.push('heading', inlineText(el, this));
    } else if (HEADINGS.has(name)) this.push('heading', inlineText(el, this));
    else if (PARAGRAPHS.has(name)) this.push(this.textKind(), inlineText(el, this));
    else if (LIST_ITEMS.has(name)) this.listItem(el);
    else if (TABLES.has(name)) this.table(el);
    else if (name === 'vraag') this.within('question', el);
    else if (name === 'antwoord') this.within('answer', el);
    else if (name === 'aanhaling') this.within('quote', el);
    else if (name === 'ondertekening') this.signature(el);
    else if (name === 'koning') this.signatory(inlineText(el).text, 'Koning');
    else if (name === 'dagtekening') this.dateline(el);
    else if (holdsText(el)) this.push(this.textKind(), inlineText(el, this));
    else this.read(el);
  }

  private textKind(): BlockKind {
    return this.mode === 'body' ? 'paragraph' : this.mode;
  }

  private push(kind: BlockKind, { text, refs }: InlineText): void {
    const blocks = this.content.blocks;
    if (text === '') {
      // A footnote standing alone belongs to the block before it.
      const last = blocks[blocks.length - 1];
      if (last && refs.length > 0) last.footnoteRefs = [...(last.footnoteRefs ?? []), ...refs];
      return;
    }
    blocks.push(refs.length > 0 ? { kind, text, footnoteRefs: refs } : { kind, text });
  }

  private within(mode: Mode, el: XmlElement): void {
    const outer = this.mode;
    this.mode = mode;
    this.read(el);
    this.mode = outer;
  }

  private listItem(li: XmlElement): void {
    const kind = this.mode === 'body' || this.mode === 'quote' ? 'list-item' : this.mode;
    const label = elementsOf(li).find((child) => LABELS.has(child.name));
    const labelText = label ? inlineText(label).text : '';
    const withLabel = ({ text, refs }: InlineText): InlineText => ({
      text: labelText !== '' && text !== '' ? `${labelText} ${text}` : text,
      refs,
    });
    if (holdsText(li)) {
      this.push(kind, withLabel(inlineText(li, this, LIST_PARTS)));
      for (const child of elementsOf(li)) if (child.name === 'lijst') this.element(child);
      return;
    }
    // The number goes with the item's first paragraph; what follows is read as usual.
    const lead = elementsOf(li).find((child) => child !== label);
    for (const child of elementsOf(li)) {
      if (child === label) continue;
      if (child === lead && lead.name === 'al') this.push(kind, withLabel(inlineText(lead, this)));
      else this.element(child);
    }
  }

  private table(el: XmlElement): void {
    const title = childNamed(el, 'titel');
    if (title) this.push('heading', inlineText(title, this));
    const refs: string[] = [];
    const lines: string[] = [];
    for (const row of findAll(el, ROWS)) {
      const cells = elementsOf(row).map((cell) => {
        const text = inlineText(cell, this);
        refs.push(...text.refs);
        return text.text;
      });
      if (cells.some((cell) => cell !== '')) lines.push(cells.join(' | '));
    }
    this.push('table', { text: lines.join('\n'), refs });
  }

  private signature(el: XmlElement): void {
    const role = childNamed(el, 'functie');
    const name = childNamed(el, 'naam');
    const nameText = name ? inlineText(name).text : inlineText(el, undefined, new Set(['functie', 'dagtekening'])).text;
    this.signatory(nameText, role ? cleanRole(inlineText(role).text) || null : null);
    const dateline = childNamed(el, 'dagtekening');
    if (dateline) this.dateline(dateline);
  }

  private signatory(name: string, role: string | null): void {
    if (name !== '') this.content.signatories.push({ name, role });
  }

  private dateline(el: XmlElement): void {
    const place = childNamed(el, 'plaats');
    const date = findFirst(el, 'datum');
    const iso = date ? (isoAttribute(date) ?? findDutchDate(inlineText(date).text)?.iso ?? null) : null;
    if (this.content.date !== null || iso === null) return;
    this.content.date = iso;
    this.content.place = place ? inlineText(place).text.replace(/,$/, '') || null : null;
  }
}

/** The `isodatum` of a `datum` element, when it is a date. */
export function isoAttribute(date: XmlElement): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.attrs.isodatum ?? '');
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** An element that holds text of its own: character data, or only inline elements with text. */
function holdsText(el: XmlElement): boolean {
  let inline = false;
  for (const child of el.children) {
    if (typeof child === 'string') {
      if (child.trim() !== '') return true;
    } else if (INLINE.has(child.name)) inline = true;
    else return el.children.some((c) => typeof c === 'string' && c.trim() !== '');
  }
  return inline;
}
