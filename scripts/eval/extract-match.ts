/**
 * Matching extracted requests, commitments and persons to hand-annotated spans: token
 * sets that ignore spacing, case, diacritics and hyphenation; a one-to-one assignment
 * of the best pairs first; person names compared by surname with tussenvoegsels.
 *
 * @module
 */

/** Lower case, no diacritics, hyphenated words joined, so `Socialezeker-\nheids` equals `socialezekerheids`. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u00ad/g, '')
    .toLowerCase()
    .replace(/(\p{L})[-\u2010\u2011]\s*(\p{L})/gu, '$1$2');
}

/** The distinct words and numbers of a text, after {@link normaliseText}. */
export function tokenSet(text: string): Set<string> {
  return new Set(normaliseText(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/** Jaccard similarity of two token sets (1 when both are empty). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const both = shared(a, b);
  return both / (a.size + b.size - both);
}

/** Threshold of token Jaccard for a match. */
export const JACCARD_MIN = 0.5;
/** Share of the shorter side's tokens that must lie in the other for a containment match (requests). */
export const CONTAINMENT_MIN = 0.8;
/** A containment match needs at least this many tokens on the contained side. */
export const CONTAINED_MIN_TOKENS = 4;

/**
 * How well an extracted commitment matches an annotated sentence: their Jaccard, or 0
 * below {@link JACCARD_MIN}.
 */
export function commitmentScore(extracted: Set<string>, annotated: Set<string>): number {
  const j = jaccard(extracted, annotated);
  return j >= JACCARD_MIN ? j : 0;
}

/**
 * How well an extracted request (`asks`) matches an annotated span. A request's `asks`
 * is usually a part of the annotated sentence, so besides Jaccard ≥ 0.5 a match is also
 * an `asks` of at least four tokens lying ≥ 80% inside the span, or a span lying ≥ 80%
 * inside an `asks` at most four times its size. 0 when none holds.
 *
 * @example
 * requestScore(tokenSet('een verslag van het werkbezoek'), tokenSet('De commissie verzocht om een verslag van het werkbezoek.')); // 1
 */
export function requestScore(extracted: Set<string>, annotated: Set<string>): number {
  const j = jaccard(extracted, annotated);
  if (j >= JACCARD_MIN) return j;
  const both = shared(extracted, annotated);
  const inSpan = extracted.size >= CONTAINED_MIN_TOKENS ? both / extracted.size : 0;
  const spanInAsks =
    annotated.size >= CONTAINED_MIN_TOKENS && extracted.size <= 4 * annotated.size ? both / annotated.size : 0;
  const contained = Math.max(inSpan, spanInAsks);
  return contained >= CONTAINMENT_MIN ? contained : 0;
}

/** The result of a one-to-one assignment: matched index pairs and the leftovers of each side. */
export interface Assignment {
  pairs: Array<[number, number]>;
  unmatchedGot: number[];
  unmatchedWant: number[];
}

/**
 * Assign `got` items to `want` items one to one, best-scoring pairs first; a pair with
 * score 0 never matches. Ties keep the order of the lists.
 */
export function assign<G, W>(got: G[], want: W[], score: (g: G, w: W) => number): Assignment {
  const candidates: Array<[number, number, number]> = [];
  got.forEach((g, i) => {
    want.forEach((w, j) => {
      const s = score(g, w);
      if (s > 0) candidates.push([s, i, j]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGot = new Set<number>();
  const usedWant = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedGot.has(i) || usedWant.has(j)) continue;
    usedGot.add(i);
    usedWant.add(j);
    pairs.push([i, j]);
  }
  return {
    pairs,
    unmatchedGot: got.map((_, i) => i).filter((i) => !usedGot.has(i)),
    unmatchedWant: want.map((_, j) => j).filter((j) => !usedWant.has(j)),
  };
}

const TUSSENVOEGSELS = new Set([
  'van',
  'der',
  'den',
  'de',
  'het',
  "'t",
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'von',
  'la',
  'le',
  'du',
  'di',
  'da',
  'del',
]);
const TITLES = /^(?:mr|dr|drs|ir|ing|prof|mevrouw|mevr|mw|dhr|heer|ds)\.?$/;
const INITIALS = /^(?:\p{L}{1,2}\.)+\p{L}?$/u;

/** The words of a name without titles, initials, brackets ("(Jasper)", "(SP)"): lower case, no diacritics. */
export function nameWords(name: string): string[] {
  const plain = name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[’`]/g, "'")
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // initials glued to the next word: "J. M.van Bijsterveldt" → "J. M. van Bijsterveldt"
    .replace(/(\p{L}\.)(?=\p{L}{2,})/gu, '$1 ');
  const words = plain.split(/[\s,]+/).filter((w) => w !== '');
  const out: string[] = [];
  for (const [i, w] of words.entries()) {
    if (TITLES.test(w) || (w === 'de' && words[i + 1] === 'heer')) continue;
    if (INITIALS.test(w)) continue;
    out.push(w.replace(/\.$/, ''));
  }
  return out;
}

/**
 * The surname of a person's name with its tussenvoegsels, lower case, initials and
 * titles dropped: `L.F. Asscher` → `asscher`, `J.J. (Jasper) van Dijk` → `van dijk`,
 * `Van der Ham` → `van der ham`.
 */
export function surnameKey(name: string): string {
  const words = nameWords(name);
  if (words.length === 0) return '';
  let i = words.length - 1;
  for (;;) {
    while (i > 0 && TUSSENVOEGSELS.has(words[i - 1] as string)) i--;
    // a double name joined by a hyphen before a tussenvoegsel: "Faber-van de Klashorst"
    if (i > 0 && /-(?:van|de|der|den|ter|ten|te)$/.test(words[i - 1] as string)) i--;
    else break;
  }
  return words.slice(i).join(' ');
}

function parts(name: string): string[] {
  return nameWords(name).flatMap((w) => w.split('-').filter(Boolean));
}

/**
 * How well two person names match: 2 for the same {@link surnameKey}; 1 when all
 * words of one (split at hyphens, at least one not a tussenvoegsel) stand in a row in
 * the other (`Huizinga` in `Huizinga-Heringa`, `Schultz van Haegen` in the full
 * name); else 0.
 */
export function personScore(got: string, want: string): number {
  const a = surnameKey(got);
  if (a !== '' && a === surnameKey(want)) return 2;
  const [short, long] = [parts(got), parts(want)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (short.length === 0 || short.every((w) => TUSSENVOEGSELS.has(w))) return 0;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) return 1;
  }
  return 0;
}
