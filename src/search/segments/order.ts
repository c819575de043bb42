/**
 * The order of terms in the segment index: by Unicode code point, which is the byte
 * order of UTF-8. SQLite's BINARY collation and PostgreSQL's `COLLATE "C"` sort text
 * this way, so a range scan of the database and a merge in JavaScript agree (JavaScript's
 * own `<` compares UTF-16 code units, which differs for characters above U+FFFF).
 *
 * @module
 */

/** Negative when `a` sorts before `b`, 0 when equal, positive after. */
export function compareTerms(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (an astral character) sorts after every BMP character.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * The first string after every string that starts with `prefix`, for a range scan
 * `term >= prefix AND term < prefixEnd(prefix)`; null when there is none.
 */
export function prefixEnd(prefix: string): string | null {
  const points = [...prefix];
  while (points.length > 0) {
    const last = points.pop()!.codePointAt(0)!;
    let next = last + 1;
    if (next >= 0xd800 && next <= 0xdfff) next = 0xe000;
    if (next <= 0x10ffff) return points.join('') + String.fromCodePoint(next);
  }
  return null;
}
