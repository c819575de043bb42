import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { splitCompound } from './compounds.ts';
import { foldToken } from './fold.ts';
import { analyzeText, forEachWordTermIds, wordTerms } from './index-terms.ts';
import { stemWord } from './stem.ts';
import { termName } from './term-ids.ts';
import { MAX_TOKEN_LENGTH, tokenize, tokenizeByPattern } from './tokenize.ts';

const TERM = /^[\p{L}\p{N}\-()]+$/u;

describe('tokenize', () => {
  const cases: Array<[string, string[]]> = [
    ['D66 stemt voor', ['D66', 'stemt', 'voor']],
    ["in 's-Gravenhage", ['in', "'s-Gravenhage"]],
    ['in ’s-Gravenhage', ['in', '’s-Gravenhage']],
    ['Kamerstuk 21 501-32, nr. 7', ['Kamerstuk', '21 501-32', 'nr', '7']],
    ['dossier 99 824 en', ['dossier', '99 824', 'en']],
    ['zie COM(2015) 240 van', ['zie', 'COM(2015) 240', 'van']],
    ['nummer 2024D12345.', ['nummer', '2024D12345']],
    ['arrest ECLI:NL:HR:2015:1234.', ['arrest', 'ECLI:NL:HR:2015:1234']],
    ['de (de)radicalisering', ['de', '(de)radicalisering']],
    ['alle medewerker(s) hier', ['alle', 'medewerker(s)', 'hier']],
    ['sociaal-culturele auto’s', ['sociaal-culturele', 'auto’s']],
    ['ruim 1.000 euro, 3,5%', ['ruim', '1.000', 'euro', '3', '5']],
    ['(tussen haakjes)', ['tussen', 'haakjes']],
  ];
  for (const [text, tokens] of cases) {
    it(`should cut ${JSON.stringify(text)}`, () => {
      assert.deepEqual(
        tokenize(text).map((t) => t.text),
        tokens,
      );
    });
  }

  it('should give offsets into the original text', () => {
    const text = 'Zie  ’s-Gravenhage en 21 501-32.';
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
  });

  // The fast path for plain words must cut exactly what the pattern cuts.
  const pieces = [
    'de',
    'Kamer',
    'één',
    'ECLI',
    'ECLI:NL:HR:2015:1234',
    'COM',
    'SEC',
    'JOIN',
    'COMMISSIE',
    'D66',
    '21',
    '501',
    '32',
    '1.000',
    '3,5',
    '(de)',
    '(s)',
    'auto’s',
    "'s-Gravenhage",
    'ĳs',
    'µg',
    '²',
    'x',
    'naïef',
    ' ',
    ' ',
    '  ',
    '-',
    "'",
    '’',
    '&',
    '(',
    ')',
    '.',
    ',',
    ':',
    ';',
    '/',
    '\n',
    '…',
    '×',
    'e\u0301',
  ];
  it('should cut what the pattern alone cuts, for any mix of words, numbers and signs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(tokenize(text), tokenizeByPattern(text));
      }),
      { numRuns: 3000 },
    );
    const long = `a${'b'.repeat(MAX_TOKEN_LENGTH + 20)} c`;
    assert.deepEqual(tokenize(long), tokenizeByPattern(long));
  });
});

describe('foldToken', () => {
  const cases: Array<[string, string]> = [
    ['Gecreëerd', 'gecreeerd'],
    ['ideeën', 'ideeen'],
    ['ĳzer', 'ijzer'],
    ['auto’s', 'autos'],
    ["'s-Gravenhage", 's-gravenhage'],
    ['21 501-32', '21501-32'],
    ['COM(2015) 240', 'com(2015)240'],
    ['ECLI:NL:HR:2015:1234', 'ecli-nl-hr-2015-1234'],
    ['1.000', '1000'],
    ['2024D12345', '2024d12345'],
  ];
  for (const [token, folded] of cases) {
    it(`should fold ${token} to ${folded}`, () => assert.equal(foldToken(token), folded));
  }
});

describe('stemWord', () => {
  it('should stem Dutch words with Snowball', () => {
    assert.equal(stemWord('opleidingen'), stemWord('opleiding'));
    assert.equal(stemWord('migranten'), stemWord('migrant'));
    assert.equal(stemWord('stabiele'), stemWord('stabiel'));
  });
  it('should shorten a long vowel after a vowel as for the inflected form', () => {
    assert.equal(stemWord('sociaal'), stemWord('sociale'));
    assert.equal(stemWord('financieel'), stemWord('financiele'));
  });
  it('should keep stop words and words with digits', () => {
    assert.equal(stemWord('deze'), 'deze');
    assert.equal(stemWord('d66'), 'd66');
  });
});

describe('splitCompound', () => {
  const cases: Array<[string, string[] | null]> = [
    ['imamopleidingen', ['imam', 'opleidingen']],
    ['lozingsverbod', ['lozing', 'verbod']],
    ['beleidscyclus', ['beleid', 'cyclus']],
    ['levensonderhoud', ['leven', 'onderhoud']],
    ['kinderopvangtoeslag', ['kinder', 'opvang', 'toeslag']],
    ['stikstofuitstoot', ['stikstof', 'uitstoot']],
    ['wetsvoorstel', ['wet', 'voorstel']],
    ['regering', null],
    ['verzekering', null],
    ['onderzoek', null],
    ['ministerie', null],
  ];
  for (const [word, parts] of cases) {
    it(`should split ${word} into ${JSON.stringify(parts)}`, () => assert.deepEqual(splitCompound(word), parts));
  }
});

/** Terms of a text, stems and expansions together. */
function terms(text: string): Set<string> {
  const a = analyzeText(text);
  return new Set(`${a.stems} ${a.expansions}`.split(' ').filter(Boolean));
}

describe('analyzeText', () => {
  it('should give exactly one stem per word, stop words kept, in order', () => {
    const a = analyzeText('De minister van Sociale Zaken en de imamopleidingen');
    assert.equal(
      a.stems,
      `de minister van ${stemWord('sociale')} ${stemWord('zaken')} en de ${stemWord('imamopleidingen')}`,
    );
  });

  const found: Array<[string, string[]]> = [
    ['imamopleidingen', ['imam', 'opleid', 'imamopleidingen']],
    ['socialezekerheidsverdrag', [stemWord('sociale'), stemWord('zekerheid'), 'verdrag']],
    ['lozingsverbod', ['lozing', 'verbod']],
    [
      'sociaal-culturele',
      [stemWord('sociaal'), stemWord('culturele'), stemWord('sociaalculturele'), 'sociaal-culturele'],
    ],
    ['ict-projecten', [stemWord('ictprojecten'), 'ict', stemWord('projecten')]],
    ['Midden-Oosten', [stemWord('middenoosten')]],
    ['(de)radicalisering', [stemWord('radicalisering'), stemWord('deradicalisering')]],
    ['gecreëerd', [stemWord('gecreeerd')]],
    ['’s-Gravenhage', ['s-gravenhag', stemWord('gravenhage')]],
    ['21 501-32', ['21501-32', '21501']],
    ['COM(2015) 240', ['com(2015)240']],
    ['2024D12345', ['2024d12345']],
    ['D66', ['d66']],
  ];
  for (const [text, expected] of found) {
    it(`should index ${text} as ${expected.join(', ')}`, () => {
      const t = terms(text);
      for (const e of expected) assert.ok(t.has(e), `${e} not in ${[...t].join(' ')}`);
    });
  }

  it('should keep each expansion once', () => {
    const e = analyzeText('imamopleidingen imamopleidingen').expansions.split(' ');
    assert.equal(new Set(e).size, e.length);
  });

  it('should give only safe terms on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const a = analyzeText(text);
        for (const term of `${a.stems} ${a.expansions}`.split(' ')) {
          if (term === '') continue;
          assert.match(term, TERM);
          assert.equal(term, term.toLowerCase());
        }
        // one stem per word
        assert.equal(
          a.stems === '' ? 0 : a.stems.split(' ').length,
          tokenize(text).filter((t) => wordTerms(t.text)).length,
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('forEachWordTermIds', () => {
  /** Each word's terms as the index reads them: stem first, then the expansions. */
  const byIds = (text: string) => {
    const out: string[][] = [];
    forEachWordTermIds(text, (ids, at, count) => {
      out.push(Array.from(ids.subarray(at, at + count), termName));
    });
    return out;
  };
  const byWords = (text: string) =>
    tokenize(text).flatMap((t) => {
      const terms = wordTerms(t.text);
      return terms === null ? [] : [[terms.stem, ...terms.expansions]];
    });

  it("should give each word's stem and expansions, as wordTerms does, first seen and seen again", () => {
    const text =
      "De (de)radicalisering in 's-Gravenhage: 21 501-32, D66, COM(2015) 240, 1.000 sociaal-culturele imamopleidingen; de imamopleidingen.";
    const expected = byWords(text);
    assert.equal(expected.length, 12);
    assert.deepEqual(expected[1], ['deradicaliser', 'deradicalisering', 'radicaliser', 'radicalisering']);
    assert.deepEqual(expected[4], ['21501-32', '21501', '32']);
    assert.deepEqual(byIds(text), expected);
    assert.deepEqual(byIds(text), expected);
  });

  it('should read any text as wordTerms reads its tokens', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 60 }), (a, b) => {
        const text = `${a} ${b} ${a}`;
        assert.deepEqual(byIds(text), byWords(text));
      }),
      { numRuns: 500 },
    );
  });
});
