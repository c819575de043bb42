/**
 * fast-check generators of realistic paper lines: dossier lines ("32 824
 * Integratiebeleid"), number and type lines ("Nr. 93 BRIEF VAN ..."), addressees,
 * dates, body lines with glued footnote markers, footnote lines, hyphenated line ends,
 * page furniture, and noise. Combined in any order they make inputs that look like
 * papers without being any real one.
 *
 * @module
 */
import fc from 'fast-check';
import { DUTCH_MONTHS } from '../../src/model/index.ts';

/** The Dutch month names, as papers print dates. */
export const MONTHS: readonly string[] = DUTCH_MONTHS;
const TITLES = [
  'Integratiebeleid',
  'Milieuraad',
  'Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2016',
  'Kinderopvang',
  'Zorg en Jeugd',
];
const TYPES = [
  'BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN',
  'WERKGELEGENHEID',
  'MOTIE VAN HET LID VAN DER STAAIJ C.S.',
  'GEWIJZIGD AMENDEMENT VAN HET LID KANT TER VERVANGING VAN DAT GEDRUKT ONDER NR. 12',
  'VERSLAG VAN EEN SCHRIFTELIJK OVERLEG',
  'NOTA NAAR AANLEIDING VAN HET VERSLAG',
  'LIJST VAN VRAGEN EN ANTWOORDEN',
];
const WORDS = [
  'de',
  'het',
  'Kamer',
  'regering',
  'gemeenten',
  'integratie',
  'Marokko',
  'sub-Sahara',
  'Noord-Holland',
  'gecreëerd',
  'socialezekerheidsverdrag',
  'in',
  'op',
  '2015',
  '€',
  '(de)radicalisering',
  'c.q.',
  'art.',
  'zgn.',
  '’s-Gravenhage',
  'regio’s',
  'integratie-',
  'en',
];
const ROMAN = ['V', 'VII', 'XVIII', 'A', 'B'];

const dossierNumber = fc
  .integer({ min: 10_000, max: 36_999 })
  .map((n) => `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}`);
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 1, maxLength: 18 }).map((ws) => `${ws.join(' ')}.`);

/** A printed Dutch date: "28 mei 2015". */
export const dutchDate = fc
  .tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...MONTHS), fc.integer({ min: 1990, max: 2030 }))
  .map(([d, m, y]) => `${d} ${m} ${y}`);

/** A dossier line: "32 824 Integratiebeleid", "21 501-08 Milieuraad", "36 200 VII". */
export const dossierLine = fc
  .tuple(
    dossierNumber,
    fc.option(
      fc.oneof(
        fc.integer({ min: 1, max: 40 }).map((n) => `-${String(n).padStart(2, '0')}`),
        fc.constantFrom(...ROMAN).map((r) => ` ${r}`),
      ),
      { nil: '' },
    ),
    fc.option(fc.constantFrom(...TITLES), { nil: '' }),
  )
  .map(([n, suffix, title]) => `${n}${suffix}${title ? ` ${title}` : ''}`);

/** A number line with (the start of) a type line: "Nr. 93 BRIEF VAN DE MINISTER ...". */
export const numberLine = fc
  .tuple(
    fc.oneof(fc.integer({ min: 1, max: 4000 }).map(String), fc.constantFrom('A', 'B', 'C')),
    fc.constantFrom(...TYPES),
  )
  .map(([n, type]) => `Nr. ${n} ${type}`);

/** Header lines around the type line. */
export const headerLine = fc.oneof(
  fc.constant('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal'),
  dutchDate.map((d) => `Den Haag, ${d}`),
  dutchDate.map((d) => `Vastgesteld ${d}`),
  dutchDate.map((d) => `Voorgesteld ${d}`),
  fc.constant('Tweede Kamer der Staten-Generaal 2'),
  fc.integer({ min: 1990, max: 2030 }).map((y) => `Vergaderjaar ${y}–${y + 1}`),
  fc.constantFrom(...TYPES),
);

/** A body line, sometimes with a footnote marker glued to a word ("20151"). */
export const bodyLine = fc
  .tuple(sentence, fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }))
  .map(([s, marker]) => (marker === null ? s : s.replace(/\.$/, `${marker}.`)));

/** A line that ends in a hyphenated word, split across two lines. */
export const hyphenatedLines = fc
  .tuple(
    sentence,
    fc.constantFrom('integra', 'socialezeker', 'werkgele', 'Noord', 'ver'),
    fc.constantFrom('tie', 'heidsverdrag', 'genheid', '-Holland', 'slag'),
    sentence,
  )
  .map(([a, left, right, b]) => `${a} ${left}-\n${right} ${b}`);

/** A footnote line: "1 Kamerstuk 34 052, nr. 7". */
export const footnoteLine = fc
  .tuple(fc.integer({ min: 1, max: 12 }), dossierNumber, fc.integer({ min: 1, max: 999 }), sentence)
  .map(([m, d, n, s]) => (n % 2 ? `${m} Kamerstuk ${d}, nr. ${n}` : `${m} ${s}`));

/** Page furniture: running footer, page numbers, colophon. */
export const furnitureLine = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1990, max: 2030 }),
      dossierNumber,
      fc.integer({ min: 1, max: 999 }),
      fc.integer({ min: 1, max: 40 }),
    )
    .map(([y, d, n, p]) => `Tweede Kamer, vergaderjaar ${y}–${y + 1}, ${d}, nr. ${n} ${p}`),
  fc.constant('ISSN 0921 - 7371'),
  fc.constant('’s-Gravenhage 2015'),
  fc.integer({ min: 1, max: 40 }).map(String),
  fc.constant('\f'),
);

/** A signature line. */
export const signatureLine = fc.constantFrom(
  'De Minister van Sociale Zaken en Werkgelegenheid,',
  'L.F. Asscher',
  'De Minister van Sociale Zaken en Werkgelegenheid, L.F. Asscher',
  'Van der Staaij',
  'De voorzitter van de commissie,',
);

/** Any realistic line, or a bit of noise. */
export const anyLine = fc.oneof(
  { arbitrary: dossierLine, weight: 3 },
  { arbitrary: numberLine, weight: 3 },
  { arbitrary: headerLine, weight: 3 },
  { arbitrary: bodyLine, weight: 6 },
  { arbitrary: hyphenatedLines, weight: 2 },
  { arbitrary: footnoteLine, weight: 2 },
  { arbitrary: furnitureLine, weight: 2 },
  { arbitrary: signatureLine, weight: 1 },
  { arbitrary: fc.constantFrom('', ' ', '\t'), weight: 2 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
);

/** A paper-like text: realistic lines in any order, with LF, CRLF or CR line ends. */
export const paperLike = fc
  .tuple(fc.array(anyLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join('\n').replace(/\n/g, eol));

/** A well-formed header followed by body lines, in the order a printed paper has them. */
export const orderedPaper = fc
  .tuple(
    fc.array(dossierLine, { minLength: 1, maxLength: 3 }),
    numberLine,
    fc.array(headerLine, { maxLength: 3 }),
    fc.array(fc.oneof(bodyLine, hyphenatedLines, furnitureLine), { maxLength: 20 }),
    fc.array(signatureLine, { maxLength: 2 }),
    fc.array(footnoteLine, { maxLength: 3 }),
  )
  .map(([dossiers, nr, header, body, signature, notes]) =>
    [...dossiers, nr, ...header, ...body, ...signature, ...notes].join('\n'),
  );
