/**
 * Papers for the segment index's own tests: small made-up papers over a tiny
 * vocabulary (so that words, compounds, hyphens and phrases collide often), built from
 * a seeded generator.
 *
 * @module
 */
import { type Document, emptyDocument } from '../../model/index.ts';

/** A seeded pseudo-random integer generator: `rnd(k)` is in 0 … k − 1. */
export function seeded(seed: number): (k: number) => number {
  let s = seed >>> 0;
  return (k: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % k;
  };
}

/** Words of the test papers: stop words, compounds, hyphenated words, inflections. */
export const VOCAB = [
  'de',
  'kamer',
  'imamopleidingen',
  'opleiding',
  'sociale',
  'zekerheid',
  'sociaal-culturele',
  'begroting',
  'begrotingen',
  'motie',
  '(de)radicalisering',
  'gecreëerd',
  'D66',
];

/** A made-up paper; `i` makes its id, dossiers, type, date and sender vary. */
/** Topics of the test papers. */
export const TOPICS = ['migratie', 'integratie', 'sociale zekerheid', 'onderwijs', 'marokko', 'zorg'];

export function testPaper(i: number, rnd: (k: number) => number, version = 0): Document {
  const text = (n: number) => Array.from({ length: n }, () => VOCAB[rnd(VOCAB.length)]).join(' ');
  const doc = emptyDocument({ format: 'text', sha256: `${i.toString(16).padStart(8, '0')}${version}`.padEnd(64, '0') });
  doc.id = i % 7 === 0 ? null : `kst-99020-${i}`;
  doc.kind = 'kamerstuk';
  doc.type = ['brief', 'motie', 'amendement'][i % 3] as string;
  doc.chamber = i % 5 === 0 ? 'eerste-kamer' : 'tweede-kamer';
  doc.title = text(3);
  doc.dossiers = [{ number: `9902${i % 3}`, title: text(2), ...(i % 4 === 0 ? { suffix: 'VII' } : {}) }];
  if (i % 6 === 0) doc.dossiers.push({ number: '99030', title: text(1) });
  doc.date = i % 5 === 0 ? null : `${2014 + (i % 4)}-03-0${1 + (i % 9)}`;
  doc.parliamentaryYear = doc.date === null ? null : `${2013 + (i % 4)}-${2014 + (i % 4)}`;
  doc.sender =
    i % 3 === 0
      ? null
      : { role: i % 2 === 0 ? 'minister' : 'lid', portfolio: 'Sociale Zaken', name: `A. Jansen ${i % 4}` };
  // No topics, one, or two (a multi-word one among them), as extraction gives them.
  if (i % 4 !== 1) doc.topics = TOPICS.slice(i % 5, (i % 5) + 1 + (i % 2));
  doc.blocks = [
    { kind: 'paragraph', text: text(6 + rnd(6)) },
    { kind: 'paragraph', text: text(4) },
  ];
  return doc;
}
