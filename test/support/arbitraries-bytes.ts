/**
 * fast-check generators of damage, for the fuzz tests: a valid input cut at any point,
 * bytes flipped, spans deleted, repeated or swapped, invalid UTF-8 spliced in; the same
 * text in the encodings papers come in (UTF-8 with or without BOM, UTF-16 with BOM,
 * Windows-1252); and hostile text (control characters, lone surrogates, bidi and
 * zero-width marks, very long words).
 *
 * @module
 */
import fc from 'fast-check';
import { encodeCp1252, encodeUtf16 } from './encodings.ts';

/** Byte sequences that are not UTF-8: overlong forms, surrogates, stray continuations, cut sequences, 0xFE/0xFF. */
const INVALID_UTF8: readonly (readonly number[])[] = [
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0x80],
  [0xbf, 0xbf],
  [0xc3],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
  [0xfe],
  [0xff],
  [0xef, 0xbb, 0xbf],
  [0x00],
  [0xeb],
];

/** Characters that trouble text handling: controls, NUL, lone surrogates, bidi, zero-width, separators, combining marks. */
const HOSTILE_CHARACTERS = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u202e',
  '\u2028',
  '\u2029',
  '\u2060',
  '\ufeff',
  '\ufffd',
  '\ufffe',
  '\ud800',
  '\udfff',
  '\u0301',
  '\u0308',
  '\u3000',
  '\ud83d\ude00',
  'ß',
  'İ',
  'ĳ',
  '’',
  '€',
];

/** A hostile character. */
export const hostileCharacter = fc.constantFrom(...HOSTILE_CHARACTERS);

/** Text that mixes words with hostile characters, and now and then a very long run of one character. */
export const hostileText = fc.oneof(
  { arbitrary: fc.string({ maxLength: 30 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: hostileCharacter, maxLength: 12 }), weight: 2 },
  {
    // Long runs; long words only up to a few thousand letters (the extract stage is slow on longer ones).
    arbitrary: fc
      .tuple(
        fc.constantFrom('a', 'Kamerstuk', 'a ', 'Kamerstuk 99 012, nr. 5; ', '1', ' ', '-', '\n', '&', '<'),
        fc.integer({ min: 200, max: 3000 }),
      )
      .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length))),
    weight: 1,
  },
);

/** Positions are shares of the input's length (0 to 1), so that one damage fits every input. */
const share = fc.double({ min: 0, max: 1, noNaN: true });
const at = (s: number, length: number) => Math.min(length, Math.floor(s * length));

/** A damage to bytes, as a plain value fast-check can shrink and print. */
export const byteDamage: fc.Arbitrary<(bytes: Uint8Array) => Uint8Array> = fc
  .oneof(
    { arbitrary: share.map((s) => ({ kind: 'truncate' as const, s })), weight: 4 },
    {
      arbitrary: fc
        .array(fc.tuple(share, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
        .map((flips) => ({ kind: 'flip' as const, flips })),
      weight: 4,
    },
    {
      arbitrary: fc.tuple(share, fc.nat({ max: 400 })).map(([s, n]) => ({ kind: 'delete' as const, s, n })),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(share, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 2, max: 50 }))
        .map(([s, n, times]) => ({ kind: 'repeat' as const, s, n, times })),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(
          share,
          fc.oneof(fc.constantFrom(...INVALID_UTF8), fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 16 })),
        )
        .map(([s, inserted]) => ({ kind: 'insert' as const, s, inserted: [...inserted] })),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(share, share, fc.integer({ min: 1, max: 100 }))
        .map(([a, b, n]) => ({ kind: 'swap' as const, a, b, n })),
      weight: 1,
    },
  )
  .map((damage: DamageSpec) => {
    const apply = (bytes: Uint8Array): Uint8Array => damageBytes(bytes, damage);
    // fast-check prints the damage in a counterexample, not the function.
    return Object.assign(apply, { [fc.toStringMethod]: () => `damage ${JSON.stringify(damage)}` });
  });

type DamageSpec =
  | { kind: 'truncate'; s: number }
  | { kind: 'flip'; flips: [number, number][] }
  | { kind: 'delete'; s: number; n: number }
  | { kind: 'repeat'; s: number; n: number; times: number }
  | { kind: 'insert'; s: number; inserted: number[] }
  | { kind: 'swap'; a: number; b: number; n: number };

function damageBytes(bytes: Uint8Array, damage: DamageSpec): Uint8Array {
  const length = bytes.length;
  switch (damage.kind) {
    case 'truncate':
      return bytes.slice(0, at(damage.s, length));
    case 'flip': {
      const out = bytes.slice();
      for (const [s, value] of damage.flips) if (length > 0) out[Math.min(length - 1, at(s, length))] = value;
      return out;
    }
    case 'delete': {
      const from = at(damage.s, length);
      return concat(bytes.subarray(0, from), bytes.subarray(from + damage.n));
    }
    case 'repeat': {
      const from = at(damage.s, length);
      const span = bytes.subarray(from, from + damage.n);
      return concat(bytes.subarray(0, from), ...Array.from({ length: damage.times }, () => span), bytes.subarray(from));
    }
    case 'insert': {
      const from = at(damage.s, length);
      return concat(bytes.subarray(0, from), Uint8Array.from(damage.inserted), bytes.subarray(from));
    }
    case 'swap': {
      const [a, b] = [at(damage.a, length), at(damage.b, length)].sort((x, y) => x - y) as [number, number];
      const n = Math.min(damage.n, b - a);
      if (n <= 0) return bytes;
      return concat(
        bytes.subarray(0, a),
        bytes.subarray(b, b + n),
        bytes.subarray(a + n, b),
        bytes.subarray(a, a + n),
        bytes.subarray(b + n),
      );
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The encodings papers come in. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** An encoding, UTF-8 most often. */
export const textEncoding: fc.Arbitrary<TextEncodingName> = fc.oneof(
  { arbitrary: fc.constant('utf-8' as const), weight: 6 },
  { arbitrary: fc.constantFrom('utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252' as const), weight: 1 },
);

/** `text` in `encoding`; characters Windows-1252 lacks become `?`. */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from(`\ufeff${text}`, 'utf8');
    case 'utf-16le':
    case 'utf-16be':
      return encodeUtf16(text, encoding === 'utf-16le' ? 'le' : 'be');
    case 'windows-1252':
      return encodeCp1252(toCp1252Repertoire(text));
  }
}

function toCp1252Repertoire(text: string): string {
  let out = '';
  for (const ch of text) {
    try {
      encodeCp1252(ch);
      out += ch;
    } catch {
      out += '?';
    }
  }
  return out;
}
