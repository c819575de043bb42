import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Document, emptyDocument } from '../model/index.ts';
import { extractEntities } from './entities.ts';
import { ministryOf, readPortfolio } from './ministries.ts';

function doc(blocks: string[], fields: Partial<Document> = {}): Document {
  return {
    ...emptyDocument({ format: 'text', sha256: '' }),
    blocks: blocks.map((text) => ({ kind: 'paragraph' as const, text })),
    ...fields,
  };
}

function organisations(blocks: string[], fields: Partial<Document> = {}): string[] {
  return extractEntities(doc(blocks, fields)).organisations;
}

describe('ministries', () => {
  it('should normalise every way of naming a ministry to one name', () => {
    for (const text of [
      'Het Ministerie van SZW stuurt een brief.',
      'Het ministerie van Sociale Zaken en Werkgelegenheid stuurt een brief.',
      'Bij SZW is daarvoor een team ingericht.',
      'Het departement van Sociale Zaken & Werkgelegenheid stuurt een brief.',
    ]) {
      assert.deepEqual(organisations([text]), ['Ministerie van Sociale Zaken en Werkgelegenheid'], text);
    }
  });

  it('should read current and historic ministries by their abbreviations', () => {
    assert.equal(ministryOf('IenW'), 'Infrastructuur en Waterstaat');
    assert.equal(ministryOf('VROM'), 'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer');
    assert.equal(ministryOf('V&W'), 'Verkeer en Waterstaat');
    assert.equal(ministryOf('EL&I'), 'Economische Zaken, Landbouw en Innovatie');
    assert.equal(ministryOf('Ontwikkelingssamenwerking'), null);
    assert.deepEqual(organisations(['De ministeries van BZK en OCW werken samen met het ministerie van VenJ.']), [
      'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
      'Ministerie van Onderwijs, Cultuur en Wetenschap',
      'Ministerie van Veiligheid en Justitie',
    ]);
  });

  it('should name no ministry for the portfolio of a minister or a committee', () => {
    assert.deepEqual(organisations(['De Minister van SZW en de Staatssecretaris van VWS hebben geantwoord.']), []);
    assert.deepEqual(organisations(['Brief van de minister van Sociale Zaken en Werkgelegenheid']), []);
  });

  it('should read a portfolio the table holds, or one printed in capitals', () => {
    assert.deepEqual(readPortfolio('voor Infrastructuur en Waterstaat heeft', 5), {
      portfolio: 'Infrastructuur en Waterstaat',
      end: 33,
    });
    assert.equal(
      readPortfolio('Infrastructuur, Waterstaat en Omgeving', 0, true)?.portfolio,
      'Infrastructuur, Waterstaat en Omgeving',
    );
    assert.equal(readPortfolio('Koninkrijksrelaties1 en', 0)?.end, 20);
    assert.equal(readPortfolio('Haegen', 0), null);
  });
});

describe('committees, chambers and other bodies', () => {
  it('should keep committees by their name, one per portfolio of a joint committee', () => {
    assert.deepEqual(
      organisations([
        'Op 9 april 2015 is door de vaste commissie voor Sociale Zaken en Werkgelegenheid verzocht.',
        'De vaste commissies voor Binnenlandse Zaken en Koninkrijksrelaties1 en Buitenlandse Zaken2 hebben overleg gevoerd.',
        'De commissie voor de Rijksuitgaven en de vaste Kamercommissie voor Financiën.',
      ]),
      [
        'vaste commissie voor Sociale Zaken en Werkgelegenheid',
        'vaste commissie voor Binnenlandse Zaken en Koninkrijksrelaties',
        'vaste commissie voor Buitenlandse Zaken',
        'commissie voor de Rijksuitgaven',
        'vaste commissie voor Financiën',
      ],
    );
  });

  it('should give the chambers their full name and the gazetteer bodies theirs', () => {
    assert.deepEqual(
      organisations([
        'De Tweede Kamer, de Raad van State, het UWV en de NZa; de EU en de Eerste Kamer der Staten-Generaal.',
      ]),
      [
        'Tweede Kamer der Staten-Generaal',
        'Raad van State',
        'UWV',
        'Nederlandse Zorgautoriteit',
        'Europese Unie',
        'Eerste Kamer der Staten-Generaal',
      ],
    );
    assert.deepEqual(organisations(['Een Eerste Kamerlid en de EU-lidstaten.']), []);
  });

  it('should name parties where the text speaks of them, not after a member', () => {
    assert.deepEqual(
      organisations([
        'De leden van de CDA-fractie en de ZWP-fractie; de fracties van de SP, GroenLinks en de PvdA. De heer Feenstra (PvdA).',
      ]),
      ['CDA', 'ZWP', 'SP', 'GroenLinks', 'PvdA'],
    );
  });

  it('should name municipalities, provinces and water boards as authorities', () => {
    assert.deepEqual(
      organisations([
        'Met de provincies Gelderland, Overijssel en Limburg en de gemeente Vianen; de provincie Fryslân.',
      ]),
      ['provincie Gelderland', 'provincie Overijssel', 'provincie Limburg', 'gemeente Vianen', 'provincie Friesland'],
    );
  });

  it('should name foundations and associations by their head word', () => {
    assert.deepEqual(organisations(['De proef wordt uitgevoerd door de Stichting Laadstroom op het Water.']), [
      'Stichting Laadstroom op het Water',
    ]);
  });

  it('should list each organisation once, in reading order, the header after the body', () => {
    assert.deepEqual(
      organisations(['De Europese Unie en de Europese Unie.'], {
        addressee: 'Voorzitter van de Tweede Kamer der Staten-Generaal',
      }),
      ['Europese Unie', 'Tweede Kamer der Staten-Generaal'],
    );
  });
});
