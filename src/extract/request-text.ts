/**
 * Small text tools for requests: where what is asked ends ("… aan Marokko bracht" before
 * "om te spreken over …"), trimming citations and stray punctuation off it, and clause
 * ends that skip commas inside brackets.
 *
 * @module
 */

/** Where the object of a request ends: a purpose clause, a new clause, a citation, the end. */
const CUT =
  /\s+om\s+(?:te|zo|daarmee|hiermee|daarna|vervolgens|daarbij)\b|,\s+(?:om|zodat|omdat|nu|maar|waarop|waarna|terwijl|waarbij|dat|die|welke|zoals|gedaan|en\s+(?:heb|heeft|hebben|is|zijn|wordt|ik|wij|we|dat|die))\b|;|\s+\((?:Kamerstuk|Kamerstukken|Handelingen|kenmerk|Aanhangsel|zie|Tweede Kamer|Eerste Kamer)\b|\.\s*$/iu;

/** Trailing "(Kamerstuk 99 101, nr. 6)", punctuation and dangling conjunctions. */
export function tidyAsks(text: string): string {
  // A footnote marker glued after the full stop: "… de toedracht.2".
  let out = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\p{L}|[»)])\.\d{1,2}$/u, '$1');
  for (let i = 0; i < 4; i++) {
    const before = out;
    // A citation in brackets at the end: "(Kamerstuk 99 101, nr. 6)".
    if (out.endsWith(')')) {
      const open = out.lastIndexOf('(');
      if (open >= 0 && /\d/.test(out.slice(open)) && !out.slice(open + 1, -1).includes(')')) out = out.slice(0, open);
    }
    out = out
      .replace(/[\s,;:.?–-]+$/u, '')
      .replace(/\s+(?:en|of|alsmede|en aan|aan)$/u, '')
      .trim();
    if (out === before) break;
  }
  return out;
}

/** The object phrase of `text`: up to the first cut, tidied. */
export function cutAsks(text: string): string {
  const m = CUT.exec(text);
  return tidyAsks(m ? text.slice(0, m.index) : text);
}

/**
 * The index where the clause that starts at `from` ends: the next comma or semicolon
 * outside brackets, or `to`. With `citation`, a closing bracket that ends a citation
 * after the clause's words ends it too ("zoals toegezegd tijdens het debat (Kamerstuk …)").
 */
export function clauseEnd(text: string, from: number, to: number, citation = false): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
      if (depth === 0 && citation) return i + 1;
    } else if (depth === 0 && (c === ',' || c === ';')) return i;
  }
  return to;
}

/** Strip leading words from `text` while `pattern` (anchored, sticky-like) matches. */
export function stripLeading(text: string, pattern: RegExp): string {
  let out = text;
  for (let i = 0; i < 6; i++) {
    const m = pattern.exec(out);
    if (!m || m[0].length === 0) break;
    out = out.slice(m[0].length);
  }
  return out;
}
