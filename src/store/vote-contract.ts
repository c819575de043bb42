/**
 * The votes contract (`Store.votes`): one suite every engine must pass, against the
 * `Store` interface only. `describeVoteContract('sqlite', open)` registers it; `open`
 * must return a new, EMPTY store each time (the suite closes it).
 * The records and papers are `vote-fixtures.ts`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NAMED_OUTCOMES } from '../model/index.ts';
import { paper } from './fixtures.ts';
import type { Store } from './types.ts';
import {
  B_AANGEHOUDEN,
  B_AANGENOMEN,
  B_INGEDIEND,
  besluit,
  G,
  syncedRecords,
  VOTE_DOSSIER,
  votePapers,
  ZAAK_AANGEHOUDEN,
  ZAAK_MOTIE,
} from './vote-fixtures.ts';
import type { TkRecordInput } from './vote-types.ts';

/** Register the votes contract for an engine. */
export function describeVoteContract(engine: string, open: () => Promise<Store>): void {
  describe(`Votes contract (${engine})`, () => {
    let store: Store;
    before(async () => {
      store = await open();
      await store.put(votePapers().slice(0, 2));
    });
    after(() => store.close());

    it('stores the records of a sync, each once, and says so again as unchanged', async () => {
      const records = syncedRecords();
      const first = await store.votes.putRecords(records);
      assert.deepEqual(
        first,
        records.map(() => 'added'),
      );
      const again = await store.votes.putRecords(syncedRecords());
      assert.deepEqual(
        again,
        records.map(() => 'unchanged'),
      );
      const counts = await store.votes.counts();
      assert.deepEqual(counts, {
        zaak: 3,
        besluit: 4,
        stemming: 9,
        fractie: 1,
        persoon: 0,
        agendapunt: 1,
        activiteit: 1,
        documentversie: 0,
        decisions: 4,
      });
    });

    it("gives a motion's decisions, dated, its outcome and its party votes with seats", async () => {
      const votes = await store.votes.ofPaper('kst-99010-7');
      assert.ok(votes);
      assert.deepEqual(
        votes.zaken.map((z) => [z.nummer, z.soort]),
        [['2026Z00101', 'Motie']],
      );
      assert.deepEqual(
        votes.decisions.map((d) => [d.besluitId, d.outcome, d.date, d.volgorde]),
        [
          [B_INGEDIEND, 'overig', '2026-03-10', 1],
          [B_AANGENOMEN, 'aangenomen', '2026-03-10', 2],
        ],
      );
      assert.equal(votes.outcome, 'aangenomen');
      assert.equal(votes.final, B_AANGENOMEN);
      const carried = votes.decisions[1]!;
      assert.deepEqual(
        carried.parties.map((p) => [p.fractie, p.side, p.seats, p.vergissing]),
        [
          ['KP', 'tegen', 45, false],
          ['VBP', 'voor', 40, false],
          ['GPP', 'voor', 35, false],
          ['LVP', 'voor', 30, true],
        ],
      );
      assert.deepEqual(carried.totals, { voor: 105, tegen: 45, nietDeelgenomen: 0 });
      assert.deepEqual(carried.vergissingen, { voor: 30, tegen: 0, nietDeelgenomen: 0 });
      assert.deepEqual(carried.superseded, [G(402)]);
    });

    it('gives a roll call per member, a withdrawn vote left out, through a Zaak GUID', async () => {
      const votes = await store.votes.ofPaper('kst-99010-9');
      assert.ok(votes);
      assert.equal(votes.outcome, 'verworpen');
      const [rollCall] = votes.decisions;
      assert.equal(rollCall?.kind, 'hoofdelijk');
      assert.equal(rollCall?.unit, 'leden');
      assert.deepEqual(
        rollCall?.members.map((m) => [m.naam, m.side]),
        [
          ['C. Claes', 'voor'],
          ['D. Dekker', 'tegen'],
          ['A. Aalders', 'tegen'],
          ['B. Bakker', 'tegen'],
        ],
      );
      assert.deepEqual(rollCall?.totals, { voor: 1, tegen: 3, nietDeelgenomen: 0 });
    });

    it('links a paper stored after its votes, through the Zaak record that names it', async () => {
      assert.equal(await store.votes.ofPaper('kst-99010-11'), null, 'no such paper yet');
      await store.put(votePapers().slice(2));
      const votes = await store.votes.ofPaper('kst-99010-11');
      assert.equal(votes?.outcome, 'aangehouden');
      assert.deepEqual(
        votes?.zaken.map((z) => z.onderwerp),
        ['Motie over duinen'],
      );
    });

    it('lists the decided papers of a dossier and a party, newest decision first', async () => {
      const inDossier = await store.votes.ofDossier('99010');
      assert.equal(inDossier.total, 3);
      assert.deepEqual(inDossier.items.map((p) => [p.id, p.outcome]).sort(), [
        ['kst-99010-11', 'aangehouden'],
        ['kst-99010-7', 'aangenomen'],
        ['kst-99010-9', 'verworpen'],
      ]);
      const vbp = await store.votes.ofParty('vbp');
      assert.deepEqual(vbp.items.map((p) => [p.id, p.side, p.seats]).sort(), [
        ['kst-99010-7', 'voor', 40],
        ['kst-99010-9', 'tegen', 2],
      ]);
      const none = await store.votes.ofParty('vbp', { from: '2027-01-01' });
      assert.equal(none.total, 0);
      const parties = await store.votes.parties();
      assert.deepEqual(
        parties.map((p) => [p.party, p.votes, p.name]),
        [
          ['GPP', 2, null],
          ['KP', 2, null],
          ['VBP', 2, 'Voorbeeldpartij'],
          ['LVP', 1, null],
        ],
      );
    });

    it('counts how often parties voted alike, and with the coalition', async () => {
      const agreement = await store.votes.agreement({}, ['VBP', 'LVP']);
      assert.equal(agreement.decisions, 2);
      const at = (p: string) => agreement.parties.indexOf(p);
      const agree = (p: string, q: string) => agreement.agree[at(p)]![at(q)];
      // The motion: VBP, GPP, LVP voor, KP tegen. The roll call: VBP, KP tegen, GPP voor.
      assert.equal(agree('VBP', 'GPP'), 0.5);
      assert.equal(agree('VBP', 'KP'), 0.5);
      assert.equal(agree('VBP', 'LVP'), 1);
      assert.equal(agree('GPP', 'GPP'), 1);
      assert.equal(agreement.together[at('KP')]![at('LVP')], 1);
      const withCoalition = agreement.withCoalition!;
      assert.equal(withCoalition[at('VBP')], 1);
      assert.equal(withCoalition[at('GPP')], 0.5);
      assert.equal(withCoalition[at('KP')], 0.5);
    });

    it('searches by outcome and by a party that voted for, alone and with words', async () => {
      const ids = async (query: string) => (await store.search({ query, limit: 20 })).hits.map((h) => h.id).sort();
      assert.deepEqual(await ids('outcome:aangenomen'), ['kst-99010-7']);
      assert.deepEqual(await ids('uitkomst:verworpen dijken'), ['kst-99010-9']);
      assert.deepEqual(await ids('outcome:aangehouden OR outcome:verworpen'), ['kst-99010-11', 'kst-99010-9']);
      assert.deepEqual(await ids('dijken -outcome:aangenomen'), ['kst-99010-11', 'kst-99010-9']);
      // LVP's vote for the motion was a mistake, but it stands: it counts as for.
      assert.deepEqual(await ids('party-voted-for:lvp'), ['kst-99010-7']);
      assert.deepEqual(await ids('party-voted-for:GPP'), ['kst-99010-7', 'kst-99010-9']);
      assert.deepEqual(await ids('party-voted-for:KP'), []);
      assert.equal((await store.search({ query: 'outcome:aangenomen', limit: 20 })).total, 1);
    });

    it('counts the matches by outcome in the same search, as a search with each outcome: filter does', async () => {
      for (const query of ['', 'dijken', 'kades OR duinen', '-dijken']) {
        const { facets, total, hits } = await store.search({ query, limit: 20, outcomes: true });
        const expected = [];
        for (const value of NAMED_OUTCOMES) {
          const filtered = query === '' ? `outcome:${value}` : `(${query}) outcome:${value}`;
          const count = (await store.search({ query: filtered, limit: 1 })).total;
          if (count > 0) expected.push({ value, count });
        }
        assert.deepEqual(facets.outcome, expected, query);
        // The rest of the answer is the search's without the facet.
        const plain = await store.search({ query, limit: 20 });
        const { outcome: _, ...others } = facets;
        assert.deepEqual([total, hits, others], [plain.total, plain.hits, plain.facets], query);
        assert.equal(plain.facets.outcome, undefined);
      }
      const all = await store.search({ query: '', limit: 1, outcomes: true });
      assert.deepEqual(all.facets.outcome, [
        { value: 'aangenomen', count: 1 },
        { value: 'verworpen', count: 1 },
        { value: 'aangehouden', count: 1 },
      ]);
    });

    it('follows a newer version of a decision, and a withdrawn one', async () => {
      const older = besluit(B_AANGEHOUDEN, ZAAK_AANGEHOUDEN, 'Stemmen - verworpen', 'Verworpen.', null, 1);
      (older.record as { bijgewerkt: string }).bijgewerkt = '2026-01-01T00:00:00';
      assert.deepEqual(await store.votes.putRecords([{ ...older, bijgewerkt: '2026-01-01T00:00:00' }]), ['unchanged']);
      const carried = besluit(B_AANGEHOUDEN, ZAAK_AANGEHOUDEN, 'Stemmen - aangenomen', 'Aangenomen.', null, 1);
      const newer = { ...carried, bijgewerkt: '2026-03-24T12:00:00' };
      assert.deepEqual(await store.votes.putRecords([newer]), ['updated']);
      assert.equal((await store.votes.ofPaper('kst-99010-11'))?.outcome, 'aangenomen');

      const withdrawn = {
        ...besluit(B_AANGENOMEN, ZAAK_MOTIE, 'Stemmen - aangenomen', 'Aangenomen.', 'Met handopsteken', 2),
      };
      const gone: TkRecordInput = {
        ...withdrawn,
        verwijderd: true,
        bijgewerkt: '2026-03-25T09:00:00',
        record: { ...withdrawn.record, verwijderd: true },
      };
      assert.deepEqual(await store.votes.putRecords([gone]), ['updated']);
      const motion = await store.votes.ofPaper('kst-99010-7');
      assert.deepEqual(
        motion?.decisions.map((d) => d.besluitId),
        [B_INGEDIEND],
      );
      assert.equal(motion?.outcome, null, 'only the submission is left, which decides nothing');
      assert.equal((await store.votes.ofParty('vbp')).total, 1);
    });

    it("reaches a publication through its Kamer Document's DocumentVersie", async () => {
      const zaak = G(110);
      const document = G(710);
      // The officielebekendmakingen paper knows no Zaak; the Kamer's Document of it does.
      const publication = paper({
        id: 'kst-99010-13',
        kind: 'kamerstuk',
        type: 'motie',
        dossiers: [VOTE_DOSSIER],
        title: 'Motie nr. 13 over kades',
        body: ['De Kamer verzoekt de regering de kades op te hogen.'],
      });
      const kamerDocument = paper({ kind: 'kamerstuk', type: 'motie', title: 'Motie over kades', body: ['Kades.'] });
      kamerDocument.external = { tkId: document, tkZaakIds: [zaak] };
      await store.put([publication, kamerDocument]);
      const versie = G(720);
      const outcomes = await store.votes.putRecords([
        besluit(G(230), zaak, 'Stemmen - verworpen', 'Verworpen.', null, 1),
        {
          kind: 'documentversie',
          id: versie,
          verwijderd: false,
          bijgewerkt: '2026-03-04T10:00:00',
          record: {
            id: versie,
            versienummer: 1,
            externeIdentifier: 'kst-99010-13',
            extensie: '.pdf',
            documentRef: document,
          },
        },
      ]);
      assert.deepEqual(outcomes, ['added', 'added']);
      assert.equal((await store.votes.ofPaper('kst-99010-13'))?.outcome, 'verworpen');
      const ids = (await store.search({ query: 'outcome:verworpen kades', limit: 20 })).hits.map((h) => h.id);
      assert.ok(ids.includes('kst-99010-13'), ids.join(', '));
    });

    it('gives no decisions for a paper without Zaken, and null for an unknown one', async () => {
      await store.put([
        paper({
          id: 'kst-99010-12',
          kind: 'kamerstuk',
          type: 'brief',
          dossiers: [VOTE_DOSSIER],
          title: 'Brief',
          body: ['Tekst.'],
        }),
      ]);
      assert.deepEqual(await store.votes.ofPaper('kst-99010-12'), {
        zaken: [],
        decisions: [],
        outcome: null,
        final: null,
      });
      assert.equal(await store.votes.ofPaper('kst-00000-1'), null);
    });
    it('exports every record as putRecords takes it: written into another archive, the same records and decisions', async () => {
      const exported = async (s: Store, pageSize: number) => {
        const out: TkRecordInput[] = [];
        for await (const record of s.exportRecords({ pageSize })) out.push(record);
        return out;
      };
      const from = await open();
      const into = await open();
      try {
        assert.deepEqual(await exported(from, 2), [], 'an archive without records exports none');
        await from.put(votePapers());
        await from.votes.putRecords(syncedRecords());
        const records = await exported(from, 3);
        assert.equal(records.length, syncedRecords().length, 'each record once, withdrawn ones too');
        assert.deepEqual(await exported(from, 100), records, 'the same records whatever the page size');
        const keys = records.map((r) => `${r.kind} ${r.id}`);
        assert.deepEqual(keys, [...keys].sort(), 'by kind and id');
        assert.deepEqual(records.find((r) => r.id === ZAAK_AANGEHOUDEN)?.papers, ['kst-99010-11']);
        assert.equal(records.find((r) => r.id === G(410))?.verwijderd, true);
        const byKey = new Map(syncedRecords().map((r) => [`${r.kind} ${r.id}`, r]));
        for (const record of records) {
          const given = byKey.get(`${record.kind} ${record.id}`);
          assert.deepEqual(record, given, `${record.kind} ${record.id}`);
        }

        await into.put(votePapers());
        assert.deepEqual(
          await into.votes.putRecords(records),
          records.map(() => 'added'),
        );
        assert.deepEqual(await exported(into, 4), records);
        assert.deepEqual(await into.votes.counts(), await from.votes.counts());
        for (const id of ['kst-99010-7', 'kst-99010-11'])
          assert.deepEqual(await into.votes.ofPaper(id), await from.votes.ofPaper(id), id);
      } finally {
        await from.close();
        await into.close();
      }
    });
  });
}
