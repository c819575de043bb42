import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from './analyzer/index-terms.ts';
import { type FilterableDocument, matchesPlan } from './evaluate.ts';
import { planQuery } from './plan.ts';
import { parseQuery } from './query/parser.ts';

/** Whether query `q` finds a document with body `text` (and metadata `doc`). */
function finds(q: string, text: string, doc: FilterableDocument = {}): boolean {
  return matchesPlan(planQuery(parseQuery(q)), { title: analyzeText(''), body: analyzeText(text) }, doc);
}

describe('planQuery', () => {
  it('should plan an empty query as all', () => {
    assert.deepEqual(planQuery(parseQuery('  ')), { kind: 'all' });
  });

  it('should drop stop words from a query with other words', () => {
    assert.deepEqual(planQuery(parseQuery('de motie')), {
      kind: 'match',
      match: { terms: ['motie'], groups: [], prefix: false },
    });
  });

  it('should keep the words of a stop-word-only query', () => {
    assert.deepEqual(planQuery(parseQuery('van het')), {
      kind: 'and',
      children: [
        { kind: 'match', match: { terms: ['van'], groups: [], prefix: false } },
        { kind: 'match', match: { terms: ['het'], groups: [], prefix: false } },
      ],
    });
  });

  it('should give a hyphenated word its join and its parts', () => {
    assert.deepEqual(planQuery(parseQuery('ict-projecten')), {
      kind: 'match',
      match: { terms: ['ict-project', 'ictproject'], groups: [['ict', 'project']], prefix: false },
    });
  });

  it('should give a compound that is not a dictionary word its parts', () => {
    const plan = planQuery(parseQuery('socialezekerheidsverdrag'));
    assert.ok(plan.kind === 'match' && plan.match.groups.length === 1 && plan.match.groups[0]!.includes('verdrag'));
  });

  it('should fold a prefix and not stem it', () => {
    assert.deepEqual(planQuery(parseQuery('Radicalisé*')), {
      kind: 'match',
      match: { terms: ['radicalise'], groups: [], prefix: true },
    });
  });

  it('should refuse a one-letter prefix', () => {
    assert.throws(() => planQuery(parseQuery('a*')), /prefix too short/);
  });

  it('should plan a phrase as stems, stop words kept', () => {
    assert.deepEqual(planQuery(parseQuery('"de Sociale Zaken"')), { kind: 'phrase', stems: ['de', 'social', 'zak'] });
  });

  it('should normalise field values', () => {
    const plan = planQuery(
      parseQuery(
        'dossier:"21 501-32" dossier:36200-vii type:Brieven from:2015 to:2016-02 year:2014-2015 chamber:ek sender:Minister portfolio:"Sociale  Zaken" id:kst-99001-1',
      ),
    );
    assert.ok(plan.kind === 'and');
    assert.deepEqual(
      plan.children.map((c) => (c.kind === 'filter' ? `${c.filter.field}=${c.filter.value}` : c.kind)),
      [
        'dossier=21501-32',
        'dossier=36200-VII',
        'type=brief',
        'from=2015-01-01',
        'to=2016-02-29',
        'year=2014-2015',
        'chamber=eerste-kamer',
        'sender=minister',
        'portfolio=sociale zaken',
        'id=kst-99001-1',
      ],
    );
  });
});

describe('matchesPlan', () => {
  const found: Array<[string, string]> = [
    ['imam opleiding', 'Over de imamopleidingen in Nederland.'],
    ['opleidingen', 'Over de imamopleidingen in Nederland.'],
    ['imamopleiding', 'Over de imamopleidingen in Nederland.'],
    ['sociale zekerheid', 'Het socialezekerheidsverdrag met Marokko.'],
    ['zekerheidsverdrag', 'Het socialezekerheidsverdrag met Marokko.'],
    ['lozing verbod', 'Een lozingsverbod geldt.'],
    ['sociaal-culturele', 'Het sociaal-culturele leven.'],
    ['sociaal culturele', 'Het sociaal-culturele leven.'],
    ['culturele', 'Het sociaal-culturele leven.'],
    ['sociaalculturele', 'Het sociaal-culturele leven.'],
    ['sociaal-culturele', 'Het sociaal culturele leven.'],
    ['ictprojecten', 'Grote ict-projecten lopen uit.'],
    ['middenoosten', 'Vrede in het Midden-Oosten.'],
    ['radicalisering', 'Aanpak van (de)radicalisering.'],
    ['deradicalisering', 'Aanpak van (de)radicalisering.'],
    ['(de)radicalisering', 'Aanpak van deradicalisering.'],
    ['gecreeerd', 'Er is ruimte gecreëerd.'],
    ['gecreëerd', 'Er is ruimte gecreeerd.'],
    ['migrant', 'Veel migranten.'],
    ['sociaal', 'De sociale dienst.'],
    ["'s-Gravenhage", 'Gedaan te ’s-Gravenhage.'],
    ['gravenhage', 'Gedaan te ’s-Gravenhage.'],
    ['D66', 'De fractie van D66.'],
    ['21 501-32', 'Kamerstuk 21 501-32, nr. 99.'],
    ['21501-32', 'Kamerstuk 21 501-32, nr. 99.'],
    ['99824', 'Kamerstuk 99 824, nr. 1.'],
    ['COM(2015) 240', 'Het voorstel COM(2015) 240 van de Commissie.'],
    ['2099D12345', 'Document 2099D12345.'],
    ['ECLI:NL:HR:2099:1234', 'Zie ECLI:NL:HR:2099:1234.'],
    ['"de minister van financiën"', 'Zo schrijft de minister van Financiën.'],
    ['radicalis*', 'Aanpak van radicalisering.'],
    ['mogelijkhed*', 'Er zijn mogelijkheden.'],
    ['motie OR brief', 'Een brief.'],
    ['brief -motie', 'Een brief.'],
    ['de', 'De brief.'],
    ['(imam OR pastor) opleiding', 'De imamopleiding.'],
  ];
  for (const [q, text] of found) {
    it(`should find ${JSON.stringify(text)} by ${q}`, () => assert.equal(finds(q, text), true));
  }

  const notFound: Array<[string, string]> = [
    ['"minister van financiën"', 'Financiën en de minister van Defensie.'],
    ['brief -motie', 'Een brief en een motie.'],
    ['brief NOT (motie OR amendement)', 'Een brief met een amendement.'],
    ['imam opleiding', 'De imam.'],
    ['21501-32', 'Kamerstuk 21 501-20, nr. 32.'],
    ['regering', 'Een ring van rege.'],
    ['migrant', 'Een emigratie.'],
  ];
  for (const [q, text] of notFound) {
    it(`should not find ${JSON.stringify(text)} by ${q}`, () => assert.equal(finds(q, text), false));
  }

  const doc: FilterableDocument = {
    id: 'kst-99824-7',
    key: 'sha256:abc',
    type: 'motie',
    date: '2015-03-10',
    parliamentaryYear: '2014-2015',
    chamber: 'tweede-kamer',
    dossiers: ['99824', '21501-32', '36200-VII'],
    sender: { role: 'minister', name: 'J. de Vries', portfolio: 'Sociale Zaken en Werkgelegenheid' },
  };
  const filters: Array<[string, boolean]> = [
    ['dossier:99824', true],
    ['dossier:21501', true],
    ['dossier:"21 501-32"', true],
    ['dossier:21501-3', false],
    ['dossier:36200-vii', true],
    ['dossier:36200', true],
    ['dossier:9982', false],
    ['type:motie', true],
    ['type:brief', false],
    ['from:2015-03-10', true],
    ['from:2015-03-11', false],
    ['to:2015-03', true],
    ['to:2015-02', false],
    ['year:2015', true],
    ['year:2014-2015', true],
    ['year:2014', false],
    ['sender:Minister', true],
    ['sender:vries', true],
    ['sender:staatssecretaris', false],
    ['portfolio:"sociale zaken"', true],
    ['portfolio:financien', false],
    ['chamber:tk', true],
    ['chamber:ek', false],
    ['id:kst-99824-7', true],
    ['id:sha256:abc', true],
    ['id:kst-99824-8', false],
    ['-type:motie', false],
    ['type:brief OR year:2015', true],
  ];
  for (const [q, expected] of filters) {
    it(`should ${expected ? '' : 'not '}match ${q}`, () => assert.equal(finds(q, '', doc), expected));
  }

  it('should exclude documents without a date from date filters', () => {
    assert.equal(finds('from:1900', '', {}), false);
    assert.equal(finds('to:2100', '', {}), false);
  });
});
