import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decisionOf, type TkStemmingFacts } from '../model/index.ts';
import { agreementOf, finalOf, isOlder, linksOf, partyRows } from './vote-rows.ts';

const member = (n: number, fractie: string, soort: string): TkStemmingFacts => ({
  id: `s${n}`,
  besluitId: 'b',
  persoonId: `p${n}`,
  fractieId: `f-${fractie}`,
  soort,
  fractieGrootte: null,
  actorNaam: `Lid ${n}`,
  actorFractie: fractie,
  vergissing: false,
  verwijderd: false,
  bijgewerkt: '2026-03-10T16:00:00',
});

describe('partyRows', () => {
  it("gives a roll call's party the side most of its members took, and none to a party split evenly", () => {
    const decision = decisionOf(
      {
        id: 'b',
        zaken: [{ id: 'z' }],
        stemmingsSoort: 'Hoofdelijk',
        besluitSoort: 'Stemmen - verworpen',
        besluitTekst: 'Verworpen.',
        verwijderd: false,
        stemmingen: [],
      },
      [
        member(1, 'VBP', 'Voor'),
        member(2, 'VBP', 'Tegen'),
        member(3, 'VBP', 'Tegen'),
        member(4, 'GPP', 'Voor'),
        member(5, 'GPP', 'Tegen'),
        member(6, 'KP', 'Niet deelgenomen'),
      ],
    );
    assert.deepEqual(
      partyRows(decision).sort((a, b) => (a.party < b.party ? -1 : 1)),
      [
        { party: 'KP', side: 'niet-deelgenomen', seats: 1 },
        { party: 'VBP', side: 'tegen', seats: 2 },
      ],
    );
  });
});

describe('isOlder', () => {
  it('reads a time without a zone as UTC, as the SyncFeed writes it', () => {
    assert.equal(isOlder('2026-03-10T16:00:00', '2026-03-10T17:00:00+01:00'), false, 'the same moment');
    assert.equal(isOlder('2026-03-10T16:00:00', '2026-03-10T17:30:00+01:00'), true, 'half an hour before');
    assert.equal(isOlder('2026-03-10T15:59:59', '2026-03-10T17:00:00+01:00'), true);
    assert.equal(isOlder(null, '2026-03-10T16:00:00'), false, 'an undated version is taken');
  });
});

describe('finalOf', () => {
  it('takes the last decision that decided something, by day, then place on the agenda', () => {
    const d = (besluit: string, outcome: string, date: string | null, volgorde: number | null) => ({
      besluit,
      outcome,
      date,
      volgorde,
      bijgewerkt: null,
    });
    assert.equal(
      finalOf([
        d('a', 'aangehouden', '2026-02-01', 1),
        d('b', 'aangenomen', '2026-03-10', 2),
        d('c', 'overig', '2026-03-11', 1),
      ])?.besluit,
      'b',
    );
    assert.equal(finalOf([d('a', 'aangenomen', '2026-03-10', 2), d('b', 'verworpen', '2026-03-10', 1)])?.besluit, 'a');
    assert.equal(finalOf([d('a', 'overig', null, null)]), null);
  });
});

describe('linksOf', () => {
  it("links a DocumentVersie's Document to its publication's id, lower-cased, and a withdrawn record to nothing", () => {
    const record = { documentRef: 'doc-1', externeIdentifier: ' KST-99010-7 ' };
    assert.deepEqual(linksOf({ kind: 'documentversie', id: 'v', verwijderd: false, bijgewerkt: null, record }), [
      ['versie-document', 'doc-1'],
      ['versie-paper', 'kst-99010-7'],
    ]);
    assert.deepEqual(linksOf({ kind: 'documentversie', id: 'v', verwijderd: true, bijgewerkt: null, record }), []);
  });
});

describe('agreementOf', () => {
  it('leaves out votes without a side, and decisions where the coalition is split evenly', () => {
    const votes = new Map([
      [
        'b1',
        new Map([
          ['A', { side: 'voor' as const, seats: 10 }],
          ['B', { side: 'tegen' as const, seats: 10 }],
          ['C', { side: 'niet-deelgenomen' as const, seats: 5 }],
        ]),
      ],
      [
        'b2',
        new Map([
          ['A', { side: 'voor' as const, seats: 10 }],
          ['B', { side: 'voor' as const, seats: 10 }],
        ]),
      ],
    ]);
    const agreement = agreementOf(votes, ['A', 'B']);
    assert.deepEqual(agreement.parties, ['A', 'B']);
    assert.deepEqual(agreement.agree, [
      [1, 0.5],
      [0.5, 1],
    ]);
    assert.deepEqual(agreement.withCoalition, [1, 1], 'only b2 has a coalition majority');
  });
});
