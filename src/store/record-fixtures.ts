/**
 * Fictional papers for the record contract (dossiers 99301–99303), built with `paper()`
 * of `fixtures.ts` (kept apart from it for its size): promises, the requests that
 * fulfil them or not, motions carried out or not, named entities and references. Every
 * text is made up.
 *
 * @module
 */
import type { Commitment, Document, Dossier, Entities, Reference, Request } from '../model/index.ts';
import { paper } from './fixtures.ts';

const inburgering: Dossier = { number: '99301', title: 'Inburgering' };
const reclassering: Dossier = { number: '99302', title: 'Reclassering' };
const gevangeniswezen: Dossier = { number: '99303', title: 'Gevangeniswezen' };
const szw = { role: 'minister', portfolio: 'Sociale Zaken en Werkgelegenheid', name: 'A.B. Jansen' };
const jenv = { role: 'minister', portfolio: 'Justitie en Veiligheid', name: 'E. Bakker' };
const lid = { role: 'lid', portfolio: null, name: 'C. de Vries' };

const none: Entities = { persons: [], places: [], organisations: [] };
const cites = (kind: Reference['kind'], target: string): Reference => ({ kind, target, text: target });
const promise = (text: string, due: string | null, deadline?: string): Commitment =>
  deadline === undefined ? { text, by: 'de minister', due } : { text, by: 'de minister', due, deadline };
const asks = (kind: Request['kind'], text: string, reference?: string): Request =>
  reference === undefined
    ? { date: null, by: null, asks: text, kind }
    : { date: null, by: null, asks: text, kind, reference };

/** A brief of dossier 99302 (Reclassering) with the given fields. */
function brief(id: string | null, date: string | null, more: Partial<Document>): Document {
  return paper({
    id,
    kind: 'kamerstuk',
    type: 'brief',
    dossiers: [reclassering],
    number: id === null ? null : id.slice(id.lastIndexOf('-') + 1),
    title: `Brief ${id ?? 'zonder nummer'}`,
    sender: jenv,
    date,
    entities: none,
    body: [`Tekst van ${id ?? 'een brief zonder nummer'}.`],
    ...more,
  });
}

/**
 * The chain of the brief: a letter (2016-01-15) with two promises, due 2016-07-01
 * (deadline 2016-06-30) and by the end of 2016, and a later letter (2016-05-01) whose
 * request (kind `commitment`) refers to the first letter and asks about the first
 * promise (the evaluation of the integration courses).
 */
export function chainPapers(): { letter: Document; answer: Document } {
  const letter = brief('kst-99301-1', '2016-01-15', {
    dossiers: [inburgering],
    sender: szw,
    commitments: [
      promise(
        'De minister zendt de Kamer voor 1 juli 2016 de evaluatie van de inburgeringscursussen.',
        '2016-07-01',
        '2016-06-30',
      ),
      promise(
        'Voor het einde van het jaar volgt een wetsvoorstel over taaleisen voor nieuwkomers.',
        '2016',
        '2016-12-31',
      ),
    ],
  });
  const answer = brief('kst-99301-2', '2016-05-01', {
    dossiers: [inburgering],
    sender: szw,
    requests: [
      asks(
        'commitment',
        'De evaluatie van de inburgeringscursussen, toegezegd in de brief van 15 januari.',
        'kst-99301-1',
      ),
    ],
  });
  return { letter, answer };
}

/** A copy of `doc` with other fields (and so another hash). */
export function changed(doc: Document, fields: Partial<Omit<Document, 'blocks' | 'source'>>): Document {
  const { blocks, source, ...rest } = doc;
  return paper({ ...rest, ...fields, body: blocks.map((b) => b.text), path: source.path });
}

/**
 * The record papers: the chain, and in 99302 a letter with three promises (one without
 * a deadline) and a request referring to itself; a later letter fulfilling its second
 * promise by shared words only; an older one that would fulfil the third (too early);
 * an undated one referring to it with no shared word (the first promise); a paper of
 * another dossier with shared words (no shared dossier); a motion carried out by a
 * later letter, a motion that is not (a reference of another kind, an earlier motion
 * request); a paper without id with a promise, fulfilled with the first promise of the
 * letter by one withdrawn paper; named entities with accents, roles and repeats;
 * references to stored, unstored and dossier targets.
 */
export function recordPapers(): Document[] {
  const { letter, answer } = chainPapers();
  return [
    letter,
    answer,
    brief('kst-99302-1', '2017-03-01', {
      commitments: [
        promise(
          'Het kabinet laat het reclasseringstoezicht evalueren en stuurt de evaluatie na de zomer.',
          '2017-Q3',
          '2017-09-30',
        ),
        promise('Een wetsvoorstel over slachtofferrechten volgt in de komende maanden.', 'komende maanden'),
        promise('Er komt een onderzoek naar de capaciteit van het gevangeniswezen.', '2017-06-30', '2017-06-30'),
      ],
      requests: [asks('commitment', 'De capaciteit van het gevangeniswezen.', 'kst-99302-1')],
      entities: {
        persons: [
          { name: 'E. Bakker', role: 'staatssecretaris' },
          { name: 'Gécréau, É.', role: null },
        ],
        organisations: ['Reclassering Nederland'],
        places: ['Utrecht'],
      },
      references: [cites('kamerstuk', 'kst-99999-1'), cites('dossier', 'dossier-99302')],
    }),
    brief('kst-99302-2', '2017-05-01', {
      requests: [asks('commitment', 'Het wetsvoorstel over slachtofferrechten.')],
      entities: {
        persons: [
          { name: 'E. Bakker', role: 'minister' },
          { name: 'E. Bakker', role: 'staatssecretaris' },
          { name: 'GECREËLAAR', role: 'lid' },
        ],
        organisations: [],
        places: [],
      },
    }),
    brief('kst-99302-3', '2016-12-01', {
      requests: [asks('commitment', 'Een onderzoek naar de capaciteit van het gevangeniswezen.')],
      entities: { persons: [{ name: 'E. Bakker', role: 'minister' }], organisations: [], places: [] },
    }),
    brief('kst-99302-4', null, { requests: [asks('commitment', 'Zoals beloofd.', 'kst-99302-1')] }),
    brief('kst-99303-1', '2017-06-01', {
      dossiers: [gevangeniswezen],
      requests: [asks('commitment', 'De evaluatie van het reclasseringstoezicht.')],
      entities: { persons: [{ name: 'Ge Creaux', role: null }], organisations: [], places: ['Utrecht', 'Utrecht'] },
      references: [
        cites('kamerstuk', 'kst-99302-1'),
        cites('kamerstuk', 'kst-99999-1'),
        cites('kamerstuk', 'kst-99999-1'),
        cites('handelingen', 'h-tk-20162017-12-3'),
      ],
    }),
    brief('kst-99302-5', '2017-03-10', {
      type: 'motie',
      sender: lid,
      requests: [asks('motion', 'Verzoekt de regering de reclassering te versterken.')],
      entities: { persons: [{ name: 'C. de Vries', role: 'lid' }], organisations: [], places: [] },
    }),
    brief('kst-99302-6', '2017-08-01', {
      requests: [
        asks('motion', 'De motie-De Vries over het versterken van de reclassering.', 'kst-99302-5'),
        asks('committee', 'De commissie vroeg om een reactie op het rapport.'),
        { date: '2017-07-01', by: 'het lid Smit', asks: 'Een vraag zonder soort.' },
      ],
      commitments: [
        promise('Wij sturen de Kamer een voortgangsrapportage over de reclassering.', '2018-01', '2018-01-31'),
      ],
      entities: { persons: [], organisations: ['Reclassering Nederland'], places: ['Den Haag'] },
      references: [cites('motie', 'kst-99302-5'), cites('kamerstuk', 'kst-99303-1')],
    }),
    brief('kst-99302-7', '2017-04-01', {
      type: 'motie',
      sender: lid,
      requests: [asks('motion', 'Verzoekt de regering de capaciteit te vergroten.')],
    }),
    brief('kst-99302-8', '2017-01-01', {
      type: 'motie',
      sender: lid,
      requests: [asks('motion', 'Een eerdere motie over de capaciteit.', 'kst-99302-7')],
    }),
    brief('kst-99303-2', '2017-09-01', {
      dossiers: [gevangeniswezen],
      requests: [asks('other', 'Hoe staat het met de motie over de capaciteit?', 'kst-99302-7')],
      references: [cites('dossier', 'dossier-99302'), cites('kamerstuk', 'kst-99999-2')],
    }),
    brief(null, '2017-02-01', {
      sender: { role: 'minister', portfolio: 'Financiën', name: 'F. Visser' },
      commitments: [promise('Het reclasseringstoezicht krijgt extra geld.', '2017', '2017-12-31')],
      entities: { persons: [{ name: 'F. Visser', role: 'minister' }], organisations: [], places: [] },
    }),
    brief('kst-99302-9', '2017-10-01', {
      withdrawn: true,
      requests: [asks('commitment', 'Extra geld voor het reclasseringstoezicht.')],
      entities: { persons: [], organisations: ['Reclassering Nederland'], places: [] },
    }),
  ];
}
