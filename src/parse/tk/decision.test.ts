import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decisionOf, outcomeOf, type TkDecision } from '../../model/index.ts';
import { readODataBesluit } from './odata-votes.ts';
import { readSyncFeedRecord } from './syncfeed.ts';
import type { TkBesluit, TkStemming } from './vote-records.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const RUNS = Number(process.env.GRIFFIE_FC_RUNS) || 300;

const BESLUIT = 'c1e0240e-5588-4902-a251-c2e473e8d07b';
const GV_VOTE = '5e7c3eb3-f20b-41a3-aeac-88d10aeb7663';

function syncBesluit(name: string): TkBesluit {
  const record = readSyncFeedRecord(fixture(name));
  assert.ok(record.entity === 'besluit');
  return record.besluit;
}

function syncStemmingen(name: string): TkStemming[] {
  return (fixture(name).match(/<entry>[\s\S]*?<\/entry>/g) ?? []).map((entry) => {
    const record = readSyncFeedRecord(entry);
    assert.ok(record.entity === 'stemming');
    return record.stemming;
  });
}

const besluit = (fields: Partial<TkBesluit> = {}): TkBesluit => ({
  origin: 'odata',
  id: BESLUIT,
  agendapuntId: null,
  zaken: [],
  stemmingsSoort: 'Met handopsteken',
  besluitSoort: 'Stemmen - aangenomen',
  besluitTekst: 'Aangenomen.',
  opmerking: null,
  status: 'Besluit',
  agendapuntZaakBesluitVolgorde: null,
  stemmingen: [],
  verwijderd: false,
  bijgewerkt: null,
  warnings: [],
  ...fields,
});

let counter = 0;
/** A party's vote (fractie `party`, `seats`), with a fresh GUID unless given. */
const vote = (party: string, soort: string, seats: number | null, fields: Partial<TkStemming> = {}): TkStemming => ({
  origin: 'odata',
  id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  besluitId: BESLUIT,
  persoonId: null,
  fractieId: null,
  soort,
  fractieGrootte: seats,
  actorNaam: party,
  actorFractie: party,
  vergissing: false,
  sidActorLid: null,
  sidActorFractie: null,
  verwijderd: false,
  bijgewerkt: '2024-12-03T14:41:07Z',
  warnings: [],
  ...fields,
});

/** The decision without what differs between the two sources (the form of `bijgewerkt`). */
const comparable = (decision: TkDecision) => ({
  ...decision,
  parties: decision.parties.map(({ bijgewerkt: _b, ...rest }) => rest),
  members: decision.members.map(({ bijgewerkt: _b, ...rest }) => rest),
});

describe('outcomeOf', () => {
  it('should normalise the texts the Kamer writes', () => {
    const table: Array<[string | null, ReturnType<typeof outcomeOf>]> = [
      ['Stemmen - aangenomen', 'aangenomen'],
      ['Stemmen - aangenomen.', 'aangenomen'],
      ['Aangenomen.', 'aangenomen'],
      ['Aangenomen met algemene stemmen.', 'aangenomen'],
      ['Zonder stemming aangenomen.', 'aangenomen'],
      ['Stemmen - zonder stemming aannemen', 'aangenomen'],
      ['Stemmen - verworpen', 'verworpen'],
      ['Verworpen', 'verworpen'],
      ['Stemmen - niet aangenomen', 'verworpen'],
      ['Aangehouden (tijdens vergadering)', 'aangehouden'],
      ['Stemmen - aangehouden', 'aangehouden'],
      ['Aanhouden - tot de volgende procedurevergadering', 'aangehouden'],
      ['Ingetrokken.', 'ingetrokken'],
      ['Stemmen - ingetrokken', 'ingetrokken'],
      ['Vervallen', 'vervallen'],
      ['Termijn - vervallen in verband met verstrijken termijn', 'vervallen'],
      ['Vervallen door aanneming van amendement 12.', 'vervallen'],
      ['VERWORPEN.', 'verworpen'],
      ['Stemmen - uitstellen', null],
      ['Ingediend', null],
      ['Behandelen [en afdoen]', null],
      ['[Vrij tekstveld / geen Parlisproces]', null],
      ['', null],
      [null, null],
    ];
    for (const [text, outcome] of table) assert.equal(outcomeOf(text), outcome, String(text));
  });
});

describe('decisionOf', () => {
  it('should count a vote by show of hands in seats, a mistaken vote as cast and flagged, the withdrawn left out', () => {
    const decision = decisionOf(syncBesluit('syncfeed-besluit.xml'), syncStemmingen('syncfeed-page-stemming.xml'));
    assert.deepEqual(
      [decision.besluitId, decision.outcome, decision.kind, decision.unit],
      [BESLUIT, 'aangenomen', 'met handopsteken', 'zetels'],
    );
    assert.deepEqual(
      [decision.besluitSoort, decision.besluitTekst, decision.stemmingsSoort],
      ['Stemmen - aangenomen', 'Aangenomen.', 'Met handopsteken'],
    );
    assert.deepEqual(decision.zaakIds, [
      '18293a4b-c2d5-43e4-b506-718293a4b526',
      'b2ac7dfd-b822-4e02-abbc-766143ce5753',
    ]);
    assert.deepEqual(
      decision.parties.map((p) => [p.fractie, p.side, p.seats, p.vergissing]),
      [
        ['DP', 'voor', 41, false],
        ['FF', 'voor', 40, false],
        ['PP', 'tegen', 35, false],
        ['GV', 'tegen', 25, true],
        ['VBP', 'voor', 9, false],
      ],
    );
    assert.deepEqual(decision.totals, { voor: 90, tegen: 60, nietDeelgenomen: 0 });
    assert.deepEqual(decision.vergissingen, { voor: 0, tegen: 25, nietDeelgenomen: 0 });
    assert.deepEqual(decision.parties[3], {
      stemmingId: GV_VOTE,
      fractieId: 'ba846039-bd43-468d-867c-158e11b3086f',
      side: 'tegen',
      soort: 'Tegen',
      vergissing: true,
      bijgewerkt: '2024-12-03T15:02:11.0000000Z',
      fractie: 'GV',
      seats: 25,
    });
    assert.deepEqual(
      [decision.members, decision.superseded, decision.verwijderd, decision.warnings],
      [[], [], false, []],
    );
  });

  it('should give the same decision from the OData Besluit with $expand=Stemming', () => {
    const odata = decisionOf(readODataBesluit(JSON.parse(fixture('odata-besluit.json'))));
    const syncfeed = decisionOf(syncBesluit('syncfeed-besluit.xml'), syncStemmingen('syncfeed-page-stemming.xml'));
    assert.deepEqual(comparable(odata), comparable(syncfeed));
  });

  it('should count a roll call per member', () => {
    const decision = decisionOf(
      syncBesluit('syncfeed-entry-besluit-hoofdelijk.xml'),
      syncStemmingen('syncfeed-page-stemming-hoofdelijk.xml'),
    );
    assert.deepEqual([decision.outcome, decision.kind, decision.unit], ['verworpen', 'hoofdelijk', 'leden']);
    assert.deepEqual(
      decision.members.map((m) => [m.fractie, m.naam, m.side]),
      [
        ['DP', 'J. Denkbeeld', 'tegen'],
        ['FF', 'H. Verzinsel', 'tegen'],
        ['GV', 'L. Bedacht', 'niet-deelgenomen'],
        ['PP', 'D.E. Proefpersoon', 'voor'],
        ['PP', 'K. van Fictie', 'tegen'],
        ['VBP', 'C. Voorbeeldlid', 'voor'],
      ],
    );
    assert.equal(decision.members.at(-1)?.persoonId, '5c6d7e8f-90a1-4b2c-9d3e-4f5a6b7c8d9e');
    assert.deepEqual(decision.totals, { voor: 2, tegen: 3, nietDeelgenomen: 1 });
    assert.deepEqual([decision.parties, decision.warnings], [[], []]);
  });

  it('should let the newest vote of a party win, in whatever order the votes come', () => {
    const first = vote('VBP', 'Tegen', 9, { bijgewerkt: '2024-12-03T14:41:07.1230000Z' });
    const correction = vote('VBP', 'Voor', 9, { bijgewerkt: '2024-12-03T15:41:07.5+01:00' });
    const other = vote('PP', 'Tegen', 35);
    for (const order of [
      [first, correction, other],
      [correction, other, first],
    ]) {
      const decision = decisionOf(besluit(), order);
      assert.deepEqual(
        decision.parties.map((p) => [p.fractie, p.side, p.stemmingId]),
        [
          ['PP', 'tegen', other.id],
          ['VBP', 'voor', correction.id],
        ],
      );
      assert.deepEqual(decision.totals, { voor: 9, tegen: 35, nietDeelgenomen: 0 });
      assert.deepEqual(decision.superseded, [first.id]);
    }
  });

  it('should tell the newest by the instant, not the text: offsets, no zone (UTC), sub-millisecond digits', () => {
    const cases: Array<[string, string]> = [
      ['2024-12-03T15:00:00+01:00', '2024-12-03T14:30:00Z'],
      ['2024-12-03T14:41:07.1230000', '2024-12-03T14:41:07.1231000Z'],
      ['2024-12-03T14:41:07.123Z', '2024-12-03T14:41:07.1230001Z'],
    ];
    for (const [older, newer] of cases) {
      const old = vote('VBP', 'Tegen', 9, { bijgewerkt: older, fractieId: 'f' });
      const young = vote('Voorbeeldpartij', 'Voor', 9, { bijgewerkt: newer, fractieId: 'f' });
      assert.deepEqual(decisionOf(besluit(), [young, old]).superseded, [old.id], `${older} < ${newer}`);
    }
    const dated = vote('VBP', 'Voor', 9);
    const undated = vote('VBP', 'Tegen', 9, { bijgewerkt: null });
    assert.deepEqual(decisionOf(besluit(), [undated, dated]).superseded, [undated.id]);
  });

  it('should leave out withdrawn votes, even the newest, and votes of another Besluit', () => {
    const kept = vote('VBP', 'Voor', 9);
    const withdrawn = vote('VBP', 'Tegen', 9, { verwijderd: true, bijgewerkt: '2025-01-01T00:00:00Z' });
    const stray = vote('PP', 'Tegen', 35, { besluitId: '36bfe39a-5c20-4152-8c47-213d3e2abbad' });
    const decision = decisionOf(besluit(), [withdrawn, stray, kept]);
    assert.deepEqual(decision.totals, { voor: 9, tegen: 0, nietDeelgenomen: 0 });
    assert.deepEqual(decision.superseded, []);
    assert.deepEqual(decision.warnings, [
      `the Stemming ${stray.id} is of another Besluit (36bfe39a-5c20-4152-8c47-213d3e2abbad); it is left out`,
    ]);
  });

  it("should count a member's own vote in a vote by show of hands as one seat, beside the party's", () => {
    const party = vote('PP', 'Tegen', 34, { fractieId: 'pp' });
    const member = vote('PP', 'Voor', 35, { persoonId: 'p1', fractieId: 'pp', actorNaam: 'K. van Fictie' });
    const decision = decisionOf(besluit(), [party, member]);
    assert.deepEqual(decision.totals, { voor: 1, tegen: 34, nietDeelgenomen: 0 });
    assert.deepEqual(
      [decision.parties.map((p) => p.fractie), decision.members.map((m) => [m.naam, m.fractie, m.side])],
      [['PP'], [['K. van Fictie', 'PP', 'voor']]],
    );
  });

  it('should count in members, and take each by name, when the Besluit does not say how it was voted', () => {
    const decision = decisionOf(besluit({ stemmingsSoort: null }), [
      vote('VBP', 'Voor', 9, { persoonId: 'p1', actorNaam: 'C. Voorbeeldlid' }),
      vote('PP', 'Tegen', 35, { persoonId: 'p2', actorNaam: 'D.E. Proefpersoon' }),
    ]);
    assert.deepEqual(
      [decision.kind, decision.unit, decision.totals],
      [null, 'leden', { voor: 1, tegen: 1, nietDeelgenomen: 0 }],
    );
    const none = decisionOf(
      besluit({ stemmingsSoort: 'Zonder stemming', besluitSoort: 'Stemmen - zonder stemming aannemen' }),
      [],
    );
    assert.deepEqual(
      [none.kind, none.unit, none.outcome, none.totals],
      ['zonder stemming', null, 'aangenomen', { voor: 0, tegen: 0, nietDeelgenomen: 0 }],
    );
  });

  it('should say what it cannot count, and not count it', () => {
    const decision = decisionOf(besluit({ stemmingsSoort: 'Schriftelijk' }), [
      vote('VBP', 'Onthouden', 9),
      vote('PP', 'Tegen', null),
      vote('FF', 'Voor', 40),
    ]);
    assert.deepEqual(decision.totals, { voor: 40, tegen: 0, nietDeelgenomen: 0 });
    assert.equal(decision.kind, null);
    const [vbp] = decision.parties.filter((p) => p.fractie === 'VBP');
    assert.deepEqual([vbp?.side, vbp?.soort], [null, 'Onthouden']);
    assert.deepEqual(
      decision.warnings.map((w) => w.replace(/[0-9a-f-]{36}/, 'ID')),
      [
        'the Besluit\'s stemmingsSoort "Schriftelijk" is not one Griffie knows',
        'the Stemming ID has soort "Onthouden", which Griffie does not know; it is not counted',
        'the vote of PP gives no fractieGrootte; its seats are not counted',
      ],
    );
  });

  it('should take besluitSoort over besluitTekst, saying so when they disagree, and keep both', () => {
    const cases: Array<[string | null, string | null, TkDecision['outcome'], number]> = [
      ['Stemmen - aangenomen', 'Verworpen.', 'aangenomen', 1],
      ['[Vrij tekstveld / geen Parlisproces]', 'Aangehouden (tijdens vergadering)', 'aangehouden', 0],
      [null, 'Ingetrokken.', 'ingetrokken', 0],
      ['Ingediend', 'Ingediend.', 'overig', 0],
      [null, null, 'overig', 0],
    ];
    for (const [besluitSoort, besluitTekst, outcome, warned] of cases) {
      const decision = decisionOf(besluit({ besluitSoort, besluitTekst }), []);
      assert.deepEqual(
        [decision.outcome, decision.besluitSoort, decision.besluitTekst, decision.warnings.length],
        [outcome, besluitSoort, besluitTekst, warned],
      );
    }
  });

  it('should mark the decision of a withdrawn Besluit', () => {
    const decision = decisionOf(besluit({ verwijderd: true }), []);
    assert.deepEqual([decision.verwijderd, decision.warnings], [true, ['the Besluit is withdrawn']]);
  });

  it('should give the same decision for the votes in any order, and never throw', () => {
    const party = fc.constantFrom('VBP', 'PP', 'FF', 'GV');
    const stemming = fc
      .record({
        party,
        soort: fc.constantFrom('Voor', 'Tegen', 'Niet deelgenomen', 'voor', 'Onthouden', ''),
        seats: fc.option(fc.nat({ max: 150 }), { nil: null }),
        member: fc.boolean(),
        vergissing: fc.option(fc.boolean(), { nil: null }),
        verwijderd: fc.boolean(),
        bijgewerkt: fc.option(
          fc.constantFrom('2024-12-03T14:41:07Z', '2024-12-03T15:41:07+01:00', '2024-12-03T14:41:08.1', 'gisteren'),
          { nil: null },
        ),
      })
      .map((r) =>
        vote(r.party, r.soort, r.seats, {
          persoonId: r.member ? `lid-${r.party}` : null,
          vergissing: r.vergissing,
          verwijderd: r.verwijderd,
          bijgewerkt: r.bijgewerkt,
        }),
      );
    fc.assert(
      fc.property(
        fc.array(stemming, { maxLength: 12 }),
        fc.constantFrom('Met handopsteken', 'Hoofdelijk', null),
        (votes, stemmingsSoort) => {
          const one = decisionOf(besluit({ stemmingsSoort }), votes);
          const other = decisionOf(besluit({ stemmingsSoort }), [...votes].reverse());
          assert.deepEqual(one, other);
          const counted = [...one.parties, ...one.members];
          assert.equal(counted.length + one.superseded.length, votes.filter((v) => !v.verwijderd).length);
          const sum = (count: TkDecision['totals']) => count.voor + count.tegen + count.nietDeelgenomen;
          assert.ok(sum(one.vergissingen) <= sum(one.totals));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
