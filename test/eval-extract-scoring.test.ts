/**
 * The scoring of `npm run eval:extract` on made-up papers: token matching that ignores
 * spacing and hyphenation, the request containment rule, one-to-one assignment,
 * surname keys, per-field and per-type counts, and the seed's exact check.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAnnotations, occurrences, resolveAnchor, resolveSpec } from '../scripts/eval/annotate-tool.ts';
import type { PaperAnnotation } from '../scripts/eval/extract-annotations.ts';
import { spanProblem } from '../scripts/eval/extract-annotations.ts';
import {
  assign,
  commitmentScore,
  jaccard,
  personScore,
  requestScore,
  surnameKey,
  tokenSet,
} from '../scripts/eval/extract-match.ts';
import { type ExtractMiss, scoreExtraction, scorePaper } from '../scripts/eval/extract-score.ts';
import { checkSeed } from '../scripts/eval/extract-seed.ts';
import { parseSplitChoice, splitOf } from '../scripts/eval/extract-split.ts';
import { type Document, emptyDocument } from '../src/model/index.ts';

const TEXT = [
  'Brief van de minister.',
  'De vaste commissie heeft mij verzocht om een overzicht van de wacht-',
  'lijsten in de zorg te sturen.',
  'Ik zal uw Kamer voor de zomer informeren over de uitkomsten van het onderzoek.',
  'Het kabinet wil de wachtlijsten verkorten.',
  'De minister van Zorg,',
  'J.A. van der Berg-Jansen',
  'Mede namens mevrouw De Vries.',
].join('\n');

function spanOf(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return { start, end: start + phrase.length };
}

function annotation(): PaperAnnotation {
  return {
    source_id: 'made-up-1',
    type: 'brief',
    requests: [
      {
        ...spanOf(
          TEXT,
          'De vaste commissie heeft mij verzocht om een overzicht van de wacht-\nlijsten in de zorg te sturen.',
        ),
        kind: 'committee',
        by: 'committee:VWS',
      },
    ],
    commitments: [spanOf(TEXT, 'Ik zal uw Kamer voor de zomer informeren over de uitkomsten van het onderzoek.')],
    persons: [spanOf(TEXT, 'J.A. van der Berg-Jansen'), spanOf(TEXT, 'De Vries')],
  };
}

function doc(fill: (d: Document) => void): Document {
  const d = emptyDocument({ format: 'text', sha256: '0'.repeat(64) });
  fill(d);
  return d;
}

describe('token matching', () => {
  it('should ignore case, spacing and hyphenation at line ends', () => {
    assert.equal(jaccard(tokenSet('de wacht-\nlijsten  in de Zorg'), tokenSet('De wachtlijsten in de zorg')), 1);
    assert.equal(jaccard(tokenSet('socialezeker- heidsverdrag'), tokenSet('socialezekerheidsverdrag')), 1);
    assert.equal(jaccard(tokenSet('aap noot'), tokenSet('mies wim')), 0);
  });

  it('should match a commitment at Jaccard 0.5 and not below', () => {
    const want = tokenSet('een twee drie vier');
    assert.equal(commitmentScore(tokenSet('een twee drie vier'), want), 1);
    assert.ok(commitmentScore(tokenSet('een twee drie'), want) >= 0.5);
    assert.equal(commitmentScore(tokenSet('een twee vijf zes'), want), 0);
  });

  it('should match a request whose asks is a part of the annotated sentence', () => {
    const sentence = tokenSet(
      'Op 9 april is door de vaste commissie verzocht om een verslag van het werkbezoek dat ik aan Marokko bracht om te spreken over integratie.',
    );
    assert.ok(requestScore(tokenSet('een verslag van het werkbezoek dat ik aan Marokko bracht'), sentence) >= 0.8);
    // too short to say anything
    assert.equal(requestScore(tokenSet('een verslag'), sentence), 0);
    // mostly outside the sentence
    assert.equal(requestScore(tokenSet('een verslag van de begroting voor defensie in 2030'), sentence), 0);
  });
});

describe('assign', () => {
  it('should pair best scores first and use each item once', () => {
    const score = (g: number, w: number) => (g === w ? 1 : Math.abs(g - w) === 1 ? 0.6 : 0);
    const a = assign([1, 2, 2], [2, 3], score);
    // the exact pair (2, 2) first; the second 2 then takes 3; the 1 is left over
    assert.deepEqual(a.pairs, [
      [1, 0],
      [2, 1],
    ]);
    assert.deepEqual(a.unmatchedGot, [0]);
    assert.deepEqual(a.unmatchedWant, []);
    assert.deepEqual(assign([5], [1], score).pairs, []);
  });
});

describe('surnameKey and personScore', () => {
  it('should drop initials and titles and keep tussenvoegsels', () => {
    assert.equal(surnameKey('L.F. Asscher'), 'asscher');
    assert.equal(surnameKey('J.J. (Jasper) van Dijk'), 'van dijk');
    assert.equal(surnameKey('Van der Ham'), 'van der ham');
    assert.equal(surnameKey('J. M.van Bijsterveldt-Vliegenthart'), 'van bijsterveldt-vliegenthart');
    assert.equal(surnameKey('drs. Clémence Ross-van Dorp'), 'ross-van dorp');
    assert.equal(surnameKey('Faber-van de Klashorst'), 'faber-van de klashorst');
  });

  it('should match a surname however the name is written, and a part of a double name', () => {
    assert.equal(personScore('Asscher', 'L.F. Asscher'), 2);
    assert.equal(personScore('KRÖGER', 'Suzanne Kröger'), 2);
    assert.equal(personScore('Huizinga', 'J. C. Huizinga-Heringa'), 1);
    assert.equal(personScore('De Graaf', 'Van der Graaf'), 0);
    assert.equal(personScore('Van', 'Van Dijk'), 0);
    assert.equal(personScore('Jansen', 'Janssen'), 0);
  });
});

describe('scorePaper and scoreExtraction', () => {
  it('should count nothing found as all false negatives', () => {
    const misses: ExtractMiss[] = [];
    const score = scoreExtraction([{ annotation: annotation(), text: TEXT, doc: null }], misses);
    assert.equal(score.failed, 1);
    assert.deepEqual([score.fields.requests.fn, score.fields.commitments.fn, score.fields.persons.fn], [1, 1, 2]);
    assert.equal(score.fields.commitments.recall, 0);
    assert.equal(score.fields.commitments.precision, null);
    assert.equal(misses.filter((m) => m.side === 'fn').length, 4);
    assert.ok(misses.some((m) => m.field === 'requests' && m.text.includes('wacht- lijsten')));
  });

  it('should match good extractions and count duplicates and inventions as false positives', () => {
    const d = doc((x) => {
      x.requests = [
        {
          date: null,
          by: 'vaste commissie',
          asks: 'een overzicht van de wachtlijsten in de zorg te sturen',
          kind: 'committee',
        },
      ];
      x.commitments = [
        { text: 'Ik zal uw Kamer voor de zomer informeren over de uitkomsten van het onderzoek.', by: null, due: null },
        { text: 'Ik zal uw Kamer voor de zomer informeren over de uitkomsten van het onderzoek.', by: null, due: null },
        { text: 'Het kabinet wil de wachtlijsten verkorten.', by: null, due: null },
      ];
      x.entities.persons = [
        { name: 'J.A. van der Berg-Jansen', role: 'minister' },
        { name: 'Vries', role: null },
        { name: 'Zorg', role: null },
      ];
    });
    const per = scorePaper({ annotation: annotation(), text: TEXT, doc: d });
    assert.equal(per.requests.tp, 1);
    assert.equal(per.commitments.tp, 1);
    assert.equal(per.commitments.fp.length, 2);
    assert.equal(per.persons.tp, 2);
    assert.deepEqual(per.persons.fp, ['Zorg']);

    const score = scoreExtraction([
      { annotation: annotation(), text: TEXT, doc: d },
      {
        annotation: {
          ...annotation(),
          source_id: 'made-up-2',
          type: 'motie',
          requests: [],
          commitments: [],
          persons: [],
        },
        text: TEXT,
        doc: emptyDocument({ format: 'text', sha256: '1'.repeat(64) }),
      },
    ]);
    assert.equal(score.fields.commitments.precision, 0.3333);
    assert.equal(score.fields.commitments.recall, 1);
    assert.equal(score.fields.persons.precision, 0.6667);
    assert.deepEqual(score.requestKinds, { agree: 1, total: 1 });
    assert.equal(score.byType.brief?.papers, 1);
    assert.equal(score.byType.motie?.commitments.tp, 0);
    assert.equal(score.byType.motie?.commitments.fp, 0);
  });
});

describe('checkSeed', () => {
  const expected = {
    requests: [{ date: '2015-04-09', by: 'commissie', asks: 'een verslag' }],
    commitments: [{ text: 'Er zal worden gesproken.', by: 'Minister', due: 'komende periode' }],
    entities: { persons: [{ name: 'Birou', role: 'minister' }] },
  };

  it('should pass an exact extraction in any order and spacing', () => {
    const d = doc((x) => {
      x.requests = [{ date: '2015-04-09', by: 'commissie', asks: 'een  verslag' }];
      x.commitments = [{ text: 'Er zal worden gesproken.', by: 'Minister', due: 'komende periode' }];
      x.entities.persons = [{ name: 'Birou', role: 'minister' }];
    });
    assert.equal(checkSeed(d, expected).met, true);
  });

  it('should fail on a wrong field and on a missing document', () => {
    const d = doc((x) => {
      x.requests = [{ date: '2015-04-10', by: 'commissie', asks: 'een verslag' }];
      x.commitments = [{ text: 'Er zal worden gesproken.', by: 'Minister', due: 'komende periode' }];
      x.entities.persons = [{ name: 'Birou', role: 'minister' }];
    });
    const check = checkSeed(d, expected);
    assert.deepEqual([check.requests, check.commitments, check.persons, check.met], [false, true, true, false]);
    assert.equal(check.differences[0]?.field, 'requests');
    assert.equal(checkSeed(null, expected).met, false);
  });
});

describe('annotate-tool', () => {
  it('should find phrases across line breaks and resolve ranged anchors', () => {
    assert.deepEqual(occurrences(TEXT, 'de wacht- lijsten'), [spanOf(TEXT, 'de wacht-\nlijsten')]);
    assert.deepEqual(resolveAnchor(TEXT, 'Ik zal ... onderzoek.'), annotation().commitments[0]);
    assert.throws(() => resolveAnchor(TEXT, 'geen zodanige zin'), /not found/);
  });

  it('should turn a spec into annotations and flag bad spans', () => {
    const spec =
      '@ made-up-1 brief\nR committee committee:VWS | De vaste commissie ... te sturen.\nC | Ik zal ... onderzoek.\nP | De Vries\n';
    const papers = resolveSpec(spec, () => TEXT);
    assert.deepEqual(papers, [{ ...annotation(), persons: [spanOf(TEXT, 'De Vries')] }]);
    assert.deepEqual(
      checkAnnotations(papers, () => TEXT, false),
      [],
    );
    assert.equal(spanProblem(TEXT, { start: 0, end: 5 }), null);
    assert.match(spanProblem(TEXT, { start: 5, end: 7 }) ?? '', /whitespace/);
    assert.match(spanProblem(TEXT, { start: 5, end: 5000 }) ?? '', /range/);
  });
});

describe('splitOf', () => {
  it('should put the seed in dev and every paper in one half by its id alone', () => {
    assert.equal(splitOf('seed:kst-32824-93'), 'dev');
    // The rule pinned: the first byte of the SHA-256 of the id, even or odd (44 and 57 here).
    assert.equal(splitOf('kst-99101-9'), 'dev');
    assert.equal(splitOf('kst-99101-5'), 'heldout');
    const ids = Array.from({ length: 200 }, (_, i) => `kst-99101-${i}`);
    const dev = ids.map(splitOf).filter((h) => h === 'dev').length;
    assert.ok(dev > 60 && dev < 140, `dev ${dev} of 200`);
  });

  it('should read a --misses choice and refuse others', () => {
    assert.equal(parseSplitChoice('dev'), 'dev');
    assert.equal(parseSplitChoice('heldout'), 'heldout');
    assert.equal(parseSplitChoice('all'), 'all');
    assert.equal(parseSplitChoice('test'), null);
    assert.equal(parseSplitChoice(undefined), null);
  });
});
