import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Document, emptyDocument, type Person } from '../model/index.ts';
import { extractEntities } from './entities.ts';

function doc(blocks: string[], fields: Partial<Document> = {}): Document {
  return {
    ...emptyDocument({ format: 'text', sha256: '' }),
    kind: 'kamerstuk',
    chamber: 'tweede-kamer',
    blocks: blocks.map((text) => ({ kind: 'paragraph' as const, text })),
    ...fields,
  };
}

function persons(blocks: string[], fields: Partial<Document> = {}): Person[] {
  return extractEntities(doc(blocks, fields)).persons;
}

function names(blocks: string[], fields: Partial<Document> = {}): string[] {
  return persons(blocks, fields).map((p) => p.name);
}

describe('persons named by their context', () => {
  const cases: Array<[string, Person[]]> = [
    ['Het woord is aan de heer Van Dijk (SP).', [{ name: 'Van Dijk', role: 'lid van de Tweede Kamer' }]],
    ['Dat vroeg mevrouw Kroosberg gisteren.', [{ name: 'Kroosberg', role: null }]],
    ['Zo schreef minister Asscher eerder.', [{ name: 'Asscher', role: 'Minister' }]],
    [
      'Zij spraken met minister Koenders van Buitenlandse Zaken over de Raad.',
      [{ name: 'Koenders', role: 'Minister van Buitenlandse Zaken' }],
    ],
    [
      'Het overleg met mevrouw Helder, Minister voor Langdurige Zorg en Sport, en de heer Van Ooijen, Staatssecretaris van Volksgezondheid, Welzijn en Sport, over:',
      [
        { name: 'Helder', role: 'Minister voor Langdurige Zorg en Sport' },
        { name: 'Van Ooijen', role: 'Staatssecretaris van Volksgezondheid, Welzijn en Sport' },
      ],
    ],
    ['Dit is gemeld door Kamerlid Kwint (SP).', [{ name: 'Kwint', role: 'lid van de Tweede Kamer' }]],
    ['De Minister van Financiën, W.B. Hoekstra', [{ name: 'W.B. Hoekstra', role: 'Minister van Financiën' }]],
    [
      'De Marokkaanse Minister voor Marokkanen in het buitenland en migratie Birou gaf te kennen te willen leren.',
      [{ name: 'Birou', role: 'Marokkaanse Minister voor Marokkanen in het buitenland en migratie' }],
    ],
    ['Daarover sprak de Franse president Macron in Parijs.', [{ name: 'Macron', role: 'Franse president' }]],
    [
      'In de vaste commissie benoem ik het lid Th.A.M. Meijer tot lid in plaats van het lid Leers.',
      [
        { name: 'Th.A.M. Meijer', role: 'lid van de Tweede Kamer' },
        { name: 'Leers', role: 'lid van de Tweede Kamer' },
      ],
    ],
    [
      'Ter uitvoering van de gewijzigde motie-Kroosberg c.s. en de motie-Van Wierum/Heggeman over sluizen.',
      [
        { name: 'Kroosberg', role: 'lid van de Tweede Kamer' },
        { name: 'Van Wierum', role: 'lid van de Tweede Kamer' },
        { name: 'Heggeman', role: 'lid van de Tweede Kamer' },
      ],
    ],
    [
      'Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van Oranje-Nassau, enz. enz. enz.',
      [{ name: 'Willem-Alexander', role: 'Koning der Nederlanden' }],
    ],
    ['Daarna sprak Tom Dumoulin over de Tour.', [{ name: 'Tom Dumoulin', role: null }]],
  ];
  for (const [text, want] of cases) {
    it(`should read ${JSON.stringify(text.slice(0, 60))}`, () => assert.deepEqual(persons([text]), want));
  }

  it('should read the lists of members present and absent in Handelingen', () => {
    const blocks = [
      'Voorzitter: Bruijn',
      'Tegenwoordig zijn 4 leden, te weten:',
      'Van Apeldoorn, Prins, Ton van Kesteren en De Vries,',
      'en de heer Kamp, minister van Economische Zaken.',
      'Ik deel mee dat zijn ingekomen berichten van verhindering van de leden:',
      'Swagerman en Dupuis, wegens verblijf buitenslands;',
      'Strik, wegens ziekte.',
    ];
    const found = persons(blocks, { kind: 'handelingen', chamber: 'eerste-kamer' });
    assert.deepEqual(found, [
      { name: 'Bruijn', role: 'voorzitter' },
      { name: 'Van Apeldoorn', role: 'lid van de Eerste Kamer' },
      { name: 'Prins', role: 'lid van de Eerste Kamer' },
      { name: 'Ton van Kesteren', role: 'lid van de Eerste Kamer' },
      { name: 'De Vries', role: 'lid van de Eerste Kamer' },
      { name: 'Kamp', role: 'Minister van Economische Zaken' },
      { name: 'Swagerman', role: 'lid van de Eerste Kamer' },
      { name: 'Dupuis', role: 'lid van de Eerste Kamer' },
      { name: 'Strik', role: 'lid van de Eerste Kamer' },
    ]);
  });

  it('should take no capitalised word for a person without a cue', () => {
    const blocks = [
      'Marokko heeft te maken met een grote instroom van migranten. Van Nederlandse zijde is kennis gedeeld.',
      'A. Inleiding',
      'B. Financiële gevolgen van het voorstel',
      'De N.V. Nederlandse Gasunie en De Nederlandsche Bank zijn betrokken; zie bijlage B. Vervolgens is gesproken.',
      'De Minister van Buitenlandse Zaken heeft de heer en mevrouw de voorzitter gesproken in Den Haag.',
      'Het lid, onderdeel b, vervalt. De leden van de ZWP-fractie vragen of het eerste lid blijft.',
      'De minister van Infrastructuur en Waterstaat Rijnstraat 8 Den Haag',
    ];
    assert.deepEqual(names(blocks), []);
  });

  it('should list the signatories and the sender first, with their roles', () => {
    const found = persons(['Met de motie-Kroosberg is de regering verzocht.'], {
      signatories: [{ name: 'Kroosberg', role: 'lid' }],
      sender: { role: 'staatssecretaris', portfolio: 'Infrastructuur en Waterstaat', name: 'De Kaai-Boelens' },
    });
    assert.deepEqual(found, [
      { name: 'Kroosberg', role: 'lid van de Tweede Kamer' },
      { name: 'De Kaai-Boelens', role: 'Staatssecretaris van Infrastructuur en Waterstaat' },
    ]);
  });

  it('should list a person once: a bare surname joins the one fuller name it belongs to', () => {
    const found = persons(['Minister Asscher sprak met het lid Jasper van Dijk. De heer Van Dijk stemde tegen.'], {
      signatories: [{ name: 'L.F. Asscher', role: 'Minister van Sociale Zaken en Werkgelegenheid' }],
    });
    assert.deepEqual(found, [
      { name: 'L.F. Asscher', role: 'Minister van Sociale Zaken en Werkgelegenheid' },
      { name: 'Jasper van Dijk', role: 'lid van de Tweede Kamer' },
    ]);
  });

  it('should keep a bare surname apart when two fuller names could be meant', () => {
    const found = names([
      'Voorzitter: Fred de Graaf',
      'Aanwezig zijn de leden Thom de Graaf en Fred de Graaf. De heer De Graaf sprak.',
    ]);
    assert.deepEqual(found, ['Fred de Graaf', 'Thom de Graaf', 'De Graaf']);
  });

  it('should take the role of an Eerste Kamer member for the chamber the paper is of', () => {
    assert.deepEqual(persons(['De heer Leijnse (PvdA):'], { kind: 'handelingen', chamber: 'eerste-kamer' }), [
      { name: 'Leijnse', role: 'lid van de Eerste Kamer' },
    ]);
  });

  it('should not throw on odd content', () => {
    const odd = doc([]);
    (odd as unknown as { blocks: unknown[] }).blocks = [null, { kind: 'paragraph' }, { kind: 'paragraph', text: 42 }];
    (odd as unknown as { signatories: unknown[] }).signatories = [null, { name: null, role: null }];
    (odd as unknown as { footnotes: unknown }).footnotes = undefined;
    assert.deepEqual(extractEntities(odd), { persons: [], places: [], organisations: [] });
  });
});
