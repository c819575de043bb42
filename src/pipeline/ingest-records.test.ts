/**
 * `ingest` of files of Tweede Kamer records that are no paper (`tk-records.ts`): OData
 * and SyncFeed forms of the same decision give the same votes on the paper; a second
 * run changes nothing; a file whose records cannot be read is a failure with its reason
 * and stops nothing; files of kinds not kept stay failures as before.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore, type PaperVotes, type Store } from '../store/index.ts';
import { ingest } from './ingest.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/tk');
const MOTION = 'kst-99200-VII-12';
const dir = mkdtempSync(join(tmpdir(), 'griffie-ingest-records-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const fixture = (name: string) => join(FIXTURES, name);
/** The motion paper (OData Document), its Zaak and the decision with its votes, as OData. */
const ODATA = ['odata-motie-page.json', 'odata-zaak.json', 'odata-besluit.json'].map(fixture);
/** The same decision as SyncFeed: the Besluit, and a feed page of its Stemmingen (one withdrawn). */
const SYNCFEED = ['odata-motie-page.json', 'syncfeed-besluit.xml', 'syncfeed-page-stemming.xml'].map(fixture);

async function withStore<T>(name: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ db: join(dir, `${name}.db`) });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** What a reader sees of the votes on the paper: outcome, totals and each party's side and seats. */
function seen(votes: PaperVotes | null) {
  assert.ok(votes, 'the paper is in the archive');
  return {
    outcome: votes.outcome,
    decisions: votes.decisions.map((d) => ({
      outcome: d.outcome,
      kind: d.kind,
      totals: d.totals,
      parties: d.parties.map((p) => `${p.fractie} ${p.side} ${p.seats}${p.vergissing ? ' (vergissing)' : ''}`).sort(),
    })),
  };
}

const EXPECTED = {
  outcome: 'aangenomen',
  decisions: [
    {
      outcome: 'aangenomen',
      kind: 'met handopsteken',
      totals: { voor: 90, tegen: 60, nietDeelgenomen: 0 },
      parties: ['DP voor 41', 'FF voor 40', 'GV tegen 25 (vergissing)', 'PP tegen 35', 'VBP voor 9'],
    },
  ],
};

describe('ingest of Tweede Kamer record files', () => {
  it('should store OData records as a sync does: the Zaak with its paper, the Besluit and its expanded Stemmingen', async () => {
    await withStore('odata', async (store) => {
      const summary = await ingest(ODATA, store);
      assert.deepEqual([summary.files, summary.added, summary.failed], [3, 1, 0]);
      // one Zaak, one Besluit, its five Stemmingen (OData leaves the withdrawn one out)
      assert.deepEqual(summary.records, { added: 7, updated: 0, unchanged: 0 });
      const counts = await store.votes.counts();
      assert.deepEqual([counts.zaak, counts.besluit, counts.stemming, counts.decisions], [1, 1, 5, 1]);
      const votes = await store.votes.ofPaper(MOTION);
      assert.deepEqual(seen(votes), EXPECTED);
      // The Zaak names the paper ($expand=Document), so the paper shows its Zaak.
      assert.deepEqual(
        votes?.zaken.map((z) => [z.nummer, z.kabinetsappreciatie]),
        [['2024Z99012', 'Oordeel Kamer']],
      );
      assert.deepEqual(await store.failures(), []);
    });
  });

  it('should read the SyncFeed forms of the same decision into the same votes', async () => {
    await withStore('syncfeed', async (store) => {
      const summary = await ingest(SYNCFEED, store);
      assert.equal(summary.failed, 0);
      // the Besluit and the page's six Stemmingen, the withdrawn one kept marked
      assert.deepEqual(summary.records, { added: 7, updated: 0, unchanged: 0 });
      assert.equal((await store.votes.counts()).stemming, 5);
      assert.deepEqual(seen(await store.votes.ofPaper(MOTION)), EXPECTED);
    });
  });

  it('should find every record unchanged on a second run', async () => {
    await withStore('odata', async (store) => {
      const summary = await ingest(ODATA, store);
      assert.deepEqual([summary.added, summary.unchanged, summary.failed], [0, 1, 0]);
      assert.deepEqual(summary.records, { added: 0, updated: 0, unchanged: 7 });
      assert.deepEqual(seen(await store.votes.ofPaper(MOTION)), EXPECTED);
    });
  });

  it('should keep a file whose records cannot be read as a failure, store nothing of it, and store the rest', async () => {
    const broken = join(dir, 'stemmingen-kapot.xml');
    // One entity of the page without its GUID: the whole page is refused, not half of it.
    const page = readFileSync(fixture('syncfeed-page-stemming.xml'), 'utf8');
    writeFileSync(
      broken,
      page.replace('<stemming id="b5737fe7-e14b-45ba-9f7c-2b6d376f33f0"', '<stemming id="geen-guid"'),
    );
    const toezegging = join(dir, 'toezegging.json');
    copyFileSync(fixture('odata-toezegging.json'), toezegging);
    await withStore('broken', async (store) => {
      const failures: string[] = [];
      const summary = await ingest([broken, fixture('syncfeed-besluit.xml'), toezegging], store, {
        onFailure: (source, error) => failures.push(`${source}: ${error}`),
      });
      assert.deepEqual([summary.files, summary.failed], [3, 2]);
      assert.deepEqual(summary.records, { added: 1, updated: 0, unchanged: 0 });
      assert.match(failures[0] ?? '', /stemmingen-kapot\.xml: the Tweede Kamer records could not be read: .*no id/);
      // A Toezegging is not kept in the votes: the paper parser's word stands.
      assert.match(failures[1] ?? '', /toezegging\.json: .*record of a toezegging, not a paper/);
      const counts = await store.votes.counts();
      assert.deepEqual([counts.besluit, counts.stemming], [1, 0]);
      assert.deepEqual(
        (await store.failures()).map((f) => f.source),
        [broken, toezegging],
      );

      // Mended, the page is stored and leaves the failure list.
      writeFileSync(broken, page);
      const again = await ingest([broken], store);
      assert.deepEqual(again.records, { added: 6, updated: 0, unchanged: 0 });
      assert.deepEqual(
        (await store.failures()).map((f) => f.source),
        [toezegging],
      );
    });
  });
});
