/**
 * fast-check generators of search queries, for the fuzz tests of the query parser:
 * the tokens of Griffie's query language (Dutch words with their inflections,
 * compounds, hyphens, diacritics and apostrophes; dossier numbers with spaces, EU and
 * ECLI numbers, "(de)" words; prefixes; phrases in any of the quotes; fields with
 * valid and invalid values, Dutch aliases, unknown names; OR, AND, NOT, `-`,
 * parentheses) joined by any whitespace or none, and queries of any characters and of
 * about the longest length accepted.
 *
 * @module
 */
import fc from 'fast-check';

const WORDS = [
  'imam',
  'imamopleidingen',
  'sociale',
  'zekerheid',
  'socialezekerheidsverdrag',
  'motie',
  'Kamerstuk',
  'ict-projecten',
  '(de)radicalisering',
  'medewerker(s)',
  "auto's",
  'regio’s',
  'D66',
  '’s-Gravenhage',
  'Noord-Holland',
  'gecreëerd',
  'financiële',
  'İstanbul',
  'straße',
  'ĳzer',
  '1.000',
  '2015',
  '32824',
  '21 501-32',
  '36 200 VII',
  'COM(2015) 240',
  'ECLI:NL:HR:2015:1234',
  'https://zoek.officielebekendmakingen.nl/kst-32824-93',
  '10:30',
  'de',
  'het',
  'van',
  'een',
  'or',
  'and',
  'not',
  '€',
  '😀',
  '-',
  '--',
  '()',
  '(',
  'a(b',
  'x)',
  "'",
  '\\',
];

const FIELD_NAMES = [
  'dossier',
  'type',
  'soort',
  'from',
  'van',
  'vanaf',
  'to',
  'tot',
  'totenmet',
  'year',
  'jaar',
  'sender',
  'afzender',
  'portfolio',
  'ministerie',
  'chamber',
  'kamer',
  'id',
  'TYPE',
  'Dossier',
  'onbekend',
  'x',
  'constructor',
  '__proto__',
];

const FIELD_VALUES = [
  '32824',
  '21 501-32',
  '21501-32',
  '36200-VII',
  '36 200 VII',
  'abc',
  '1.000.000',
  'motie',
  'Kamerbrief',
  'brieven',
  'voorstel van wet',
  'onbekend',
  'kamervragen',
  '2015',
  '2015-02',
  '2015-2-3',
  '2015-02-30',
  '2015-13',
  '31-12-2015',
  '0000',
  '9999-12-31',
  '2014-2015',
  '2014–2015',
  '2014-2016',
  'tk',
  'EK',
  'verenigde-vergadering',
  'xx',
  'minister',
  'Sociale Zaken',
  'kst-32824-93',
  'sha256:00',
  '',
  ' ',
  '"',
];

const QUOTES = ['"', '“', '”', '„', '‟', '″'];

/** A token of a query. */
const queryToken = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 8 },
  { arbitrary: fc.constantFrom(...WORDS).map((w) => `${w}*`), weight: 2 },
  { arbitrary: fc.constantFrom('a*', '*', '**', 'a*b', '-*', '(de)*'), weight: 1 },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom(...QUOTES),
        fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
        fc.constantFrom(...QUOTES, ''),
      )
      .map(([open, words, close]) => `${open}${words.join(' ')}${close}`),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...FIELD_NAMES), fc.constantFrom(...FIELD_VALUES), fc.boolean())
      .map(([name, value, quoted]) => (quoted ? `${name}:"${value}"` : `${name}:${value}`)),
    weight: 3,
  },
  { arbitrary: fc.constantFrom('OR', 'AND', 'NOT', '-', '(', ')', '()', '((', '))'), weight: 3 },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
);

/** What stands between tokens: a space mostly, other whitespace, or nothing. */
const separator = fc.oneof(
  { arbitrary: fc.constant(' '), weight: 8 },
  { arbitrary: fc.constantFrom('', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\u200b'), weight: 2 },
);

/** A query: tokens of the language joined by whitespace. */
const tokenQuery = fc
  .array(fc.tuple(queryToken, separator), { maxLength: 24 })
  .map((parts) => parts.map(([token, space]) => token + space).join(''));

/** A query of any characters, or of the tokens repeated to about the longest length accepted. */
export const anyQuery = fc.oneof(
  { arbitrary: tokenQuery, weight: 12 },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 100 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(
        tokenQuery.filter((q) => q.length > 0),
        fc.integer({ min: 950, max: 1050 }),
      )
      .map(([q, length]) => q.repeat(Math.ceil(length / q.length)).slice(0, length)),
    weight: 1,
  },
);
