/**
 * Snippets: the part of a text around the best cluster of words that match a plan,
 * HTML-escaped, each matching original word in `<mark>…</mark>`, "…" where cut.
 *
 * @module
 */
import { wordTerms } from './analyzer/index-terms.ts';
import { forEachToken } from './analyzer/tokenize.ts';
import type { PlanNode } from './types.ts';

/** The terms a plan looks for outside any NOT: exact terms (with their weight) and prefixes. */
interface Wanted {
  /** 2 for a word's own terms and phrase stems, 1 for the parts of a group. */
  exact: Map<string, number>;
  prefixes: string[];
}

function collect(node: PlanNode, into: Wanted): void {
  switch (node.kind) {
    case 'match':
      for (const t of node.match.terms) {
        if (node.match.prefix) into.prefixes.push(t);
        else into.exact.set(t, 2);
      }
      for (const g of node.match.groups) for (const t of g) if (!into.exact.has(t)) into.exact.set(t, 1);
      return;
    case 'phrase':
      for (const s of node.stems) into.exact.set(s, 2);
      return;
    case 'and':
    case 'or':
      for (const c of node.children) collect(c, into);
      return;
    default:
      return; // not, filter, all: nothing to mark
  }
}

/** The key of the plan term a word matches ("" when it matches none). */
function matchKey(token: string, wanted: Wanted): string {
  const terms = wordTerms(token);
  if (terms === null) return '';
  if (wanted.exact.has(terms.stem)) return terms.stem;
  let key = '';
  for (const e of terms.expansions) {
    const w = wanted.exact.get(e);
    if (w === 2) return e;
    if (w === 1 && key === '') key = e;
  }
  if (key !== '') return key;
  for (const p of wanted.prefixes) {
    if (terms.stem.startsWith(p) || terms.folded.startsWith(p)) return p;
    for (const e of terms.expansions) if (e.startsWith(p)) return p;
  }
  return '';
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!).replace(/\s+/g, ' ');
}

/** Most matches considered when choosing the window (a long text with a common word). */
const MAX_HITS = 200;
/** How far past the first match the text is read for a better window, in characters. */
const SCAN_PAST_FIRST = 8000;

/**
 * A snippet of `text` of at most about `maxLength` characters around the words that
 * match `plan`, HTML-escaped, each matching word in `<mark>…</mark>`, "…" where cut.
 * Without matches, the start of the text.
 *
 * @example
 * highlight('De imamopleidingen worden besproken.', planQuery(parseQuery('imam')));
 * // 'De <mark>imamopleidingen</mark> worden besproken.'
 */
export function highlight(text: string, plan: PlanNode, maxLength = 240): string {
  const wanted: Wanted = { exact: new Map(), prefixes: [] };
  collect(plan, wanted);
  const hits: Array<{ start: number; end: number; key: string }> = [];
  if (wanted.exact.size > 0 || wanted.prefixes.length > 0) {
    forEachToken(text, (token, start, end) => {
      // Long papers: read on only a little past the first match (a snippet is short).
      if (
        hits.length >= MAX_HITS ||
        (hits.length > 0 && start > (hits[0] as { start: number }).start + SCAN_PAST_FIRST)
      ) {
        return false;
      }
      const key = matchKey(token, wanted);
      if (key !== '') hits.push({ start, end, key });
    });
  }
  // the window with the most distinct matched terms, then the most matches
  let best = { from: 0, to: 0, distinct: 0, count: 0 };
  for (let i = 0; i < hits.length; i++) {
    const keys = new Set<string>();
    let j = i;
    let weight = 0;
    while (j < hits.length && hits[j]!.end - hits[i]!.start <= maxLength) {
      const key = hits[j++]!.key;
      if (!keys.has(key)) weight += wanted.exact.get(key) ?? 2;
      keys.add(key);
    }
    if (weight > best.distinct || (weight === best.distinct && j - i > best.count)) {
      best = { from: i, to: j, distinct: weight, count: j - i };
    }
  }
  let start = 0;
  if (best.count > 0) {
    const first = hits[best.from]!.start;
    const last = hits[best.to - 1]!.end;
    start = Math.max(0, first - Math.floor((maxLength - (last - first)) / 3));
  }
  let end = Math.min(text.length, start + maxLength);
  if (end === text.length) start = Math.max(0, end - maxLength);
  // cut at word boundaries
  if (start > 0) {
    const space = text.slice(start, start + 30).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  if (end < text.length) {
    const tail = text.slice(Math.max(start, end - 30), end);
    const space = tail.search(/\s\S*$/);
    if (space >= 0) end = Math.max(start, end - 30) + space;
  }
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const h of hits) {
    if (h.start < start || h.end > end) continue;
    out += `${escapeHtml(text.slice(at, h.start))}<mark>${escapeHtml(text.slice(h.start, h.end))}</mark>`;
    at = h.end;
  }
  out = (out + escapeHtml(text.slice(at, end))).trim();
  return end < text.length ? `${out}…` : out;
}
