/**
 * The linking rules (`linking.ts`) by hand: content words, overlap, and which request
 * fulfils which commitment.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentWords, findFulfilments, type LinkPaper, linkQuestions, overlaps } from './linking.ts';
import { chainPapers } from './record-fixtures.ts';

const words = (text: string) => [...contentWords(text)].sort();

const paper = (doc: number, more: Partial<LinkPaper>): LinkPaper => ({
  doc,
  id: `kst-1-${doc}`,
  date: '2020-01-01',
  dossiers: ['1'],
  commitments: [],
  requests: [],
  ...more,
});

describe('contentWords', () => {
  it('should keep lower-cased words of four letters and more, accents dropped, stop words aside', () => {
    // "zal", "de", "van" are short; "minister", "kamer", "voor", "over" are stop words.
    assert.deepEqual(words('De minister zal de Kamer vóór 1 juli informeren over de Evaluatie van gecreëerde banen.'), [
      'banen',
      'evaluatie',
      'gecreeerde',
      'juli',
    ]);
    assert.deepEqual(words('2016, 12-3: ja.'), []);
  });

  it('should call two sets overlapping from a third of the smaller one, never without a shared word', () => {
    const a = contentWords('evaluatie inburgering taaleisen');
    assert.equal(overlaps(a, contentWords('evaluatie')), true);
    assert.equal(overlaps(a, contentWords('evaluatie nieuwkomers budget')), true, '1 of 3');
    const b = contentWords('evaluatie inburgering taaleisen nieuwkomers');
    assert.equal(overlaps(b, contentWords('evaluatie budget wetgeving begroting')), false, '1 of 4');
    assert.equal(overlaps(b, contentWords('evaluatie inburgering wetgeving begroting')), true, '2 of 4');
    assert.equal(overlaps(contentWords(''), contentWords('')), false);
  });
});

describe('findFulfilments', () => {
  const promises = [
    { position: 0, text: 'Een wetsvoorstel over taaleisen.' },
    { position: 1, text: 'De evaluatie van de inburgering.' },
    { position: 2, text: 'De evaluatie van de inburgering en de taaleisen.' },
  ];

  it('should let a referring request fulfil the best-matching promise, ties and no match the first', () => {
    const p = paper(1, { commitments: promises });
    const link = (asks: string) =>
      findFulfilments([p, paper(2, { requests: [{ position: 4, asks, reference: 'kst-1-1' }] })], new Set([2]));
    assert.deepEqual(link('de evaluatie van de inburgering en de taaleisen'), [
      { doc: 1, position: 2, byDoc: 2, byPosition: 4 },
    ]);
    // "evaluatie inburgering": two words with #1 and #2, the lower position wins.
    assert.deepEqual(
      link('evaluatie inburgering').map((l) => l.position),
      [1],
    );
    assert.deepEqual(
      link('iets anders').map((l) => l.position),
      [0],
    );
  });

  it('should let an unreferring request fulfil every overlapping promise of a paper in a shared dossier', () => {
    const p = paper(1, { commitments: promises });
    const q = paper(2, { requests: [{ position: 0, asks: 'de taaleisen', reference: null }] });
    assert.deepEqual(
      findFulfilments([p, q], new Set([1])).map((l) => l.position),
      [0, 2],
    );
    assert.deepEqual(findFulfilments([p, { ...q, dossiers: ['2'] }], new Set([1, 2])), [], 'no shared dossier');
    assert.deepEqual(findFulfilments([p, { ...q, date: '2019-12-31' }], new Set([1, 2])), [], 'older');
    assert.equal(findFulfilments([p, { ...q, date: null }], new Set([2])).length, 2, 'undated');
    assert.deepEqual(findFulfilments([p, q], new Set([3])), [], 'neither changed');
    const self = { ...p, requests: [{ position: 0, asks: 'taaleisen', reference: null }] };
    assert.deepEqual(findFulfilments([self], new Set([1])), [], 'never its own paper');
  });

  it('should ask for nothing when a batch has neither promises nor requests of kind commitment', () => {
    const { letter, answer } = chainPapers();
    assert.deepEqual(linkQuestions([letter, answer]), {
      references: ['kst-99301-1'],
      requestDossiers: [],
      ids: ['kst-99301-1'],
      commitmentDossiers: ['99301'],
    });
    assert.equal(
      linkQuestions([
        { ...letter, commitments: [] },
        { ...answer, requests: [] },
      ]),
      null,
    );
  });
});
