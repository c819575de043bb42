/**
 * htmlparser2's parser with a bound on nesting. htmlparser2 keeps its open elements in
 * an array it shifts at the front, which costs time in proportion to the depth for
 * every element: a page of a million nested `<div>`s would take hours. Past the bound,
 * an element is treated as empty (opened and closed at once, through the parser's
 * documented `isVoidElement` hook), so its content becomes the content of the element
 * at the bound and the parser's work stays linear. The closing tag of a flattened
 * element is then passed over, so that it does not close one of the element's
 * ancestors instead.
 *
 * @module
 */
import { type Handler, Parser } from 'htmlparser2';

/** Elements whose content the tokenizer reads as raw text: never flattened, or their text would leak. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** A handler that says how deep the open elements go and hears when the bound flattens one. */
export interface DepthHandler extends Partial<Handler> {
  /** The number of elements open now. */
  depth(): number;
  /** An element was flattened at the bound. */
  onflatten(): void;
}

/** An htmlparser2 parser (HTML mode, self-closing tags honoured) that flattens elements past `maxDepth`. */
export class BoundedParser extends Parser {
  private readonly handler: DepthHandler;
  private readonly maxDepth: number;
  private html = '';
  /** The tag being opened is flattened. */
  private flatten = false;
  private flattenedName = '';
  /** Closing tags still to pass over, by element name. */
  private readonly unclosed = new Map<string, number>();

  constructor(handler: DepthHandler, maxDepth: number) {
    super(handler, { recognizeSelfClosing: true });
    this.handler = handler;
    this.maxDepth = maxDepth;
  }

  /** Parse a whole page (in one piece, so that positions are positions in `html`). */
  parse(html: string): void {
    this.html = html;
    this.end(html);
  }

  /** @internal The tokenizer found the name of an opening tag: decide here whether it may nest. */
  override onopentagname(start: number, endIndex: number): void {
    this.flatten = this.handler.depth() >= this.maxDepth;
    if (this.flatten) this.flattenedName = this.html.slice(start, endIndex).toLowerCase();
    super.onopentagname(start, endIndex);
    if (this.flatten) this.handler.onflatten();
  }

  /** @internal */
  override onopentagend(endIndex: number): void {
    const name = this.flatten ? this.flattenedName : '';
    super.onopentagend(endIndex);
    this.flatten = false;
    if (name !== '' && !RAW_TEXT.has(name) && !super.isVoidElement(name)) {
      this.unclosed.set(name, (this.unclosed.get(name) ?? 0) + 1);
    }
  }

  /** @internal */
  override onselfclosingtag(endIndex: number): void {
    super.onselfclosingtag(endIndex);
    this.flatten = false;
  }

  /** @internal A closing tag: passed over when it closes a flattened element. */
  override onclosetag(start: number, endIndex: number): void {
    if (this.unclosed.size > 0) {
      const name = this.html.slice(start, endIndex).toLowerCase();
      const pending = this.unclosed.get(name);
      if (pending !== undefined) {
        if (pending > 1) this.unclosed.set(name, pending - 1);
        else this.unclosed.delete(name);
        return;
      }
    }
    super.onclosetag(start, endIndex);
  }

  protected override isVoidElement(name: string): boolean {
    return (this.flatten && !RAW_TEXT.has(name)) || super.isVoidElement(name);
  }
}
