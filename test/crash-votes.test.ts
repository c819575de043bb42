/**
 * Crash safety of the votes: `griffie sync tk --category Stemming` (against the local
 * fake SyncFeed) SIGKILLed into a SQLite archive at 16 random moments, each after a delay
 * or after a page fetched. After every kill the archive passes `integrity_check`, holds
 * a whole number of pages of votes, never fewer than before, and the decision it keeps
 * counts exactly the votes it holds (the records and what is computed from them are
 * written in one transaction). Run to its end, the sync completes the count, and run
 * again adds nothing. The seed is printed; `GRIFFIE_CRASH_SEED=<seed>` replays it.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { assertBuilt, tempDir } from './support/cli.ts';
import { crashSeed, describeMoment, killedRun, killMoments, linesWhere, runToEnd } from './support/crash.ts';
import { type FakeEntity, fictionalGuid, type OfficialServer, startOfficialServer } from './support/official-server.ts';

const SEED = crashSeed();
const KILLS = 16;
/** Votes, each of a party of its own with one seat: the decision's count is the number of votes held. */
const VOTES = 240;
const PAGE = 3;
const BESLUIT = fictionalGuid(7001);
const NS = 'xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0"';

function entities(): FakeEntity[] {
  const besluit =
    `<besluit ${NS} id="${BESLUIT}" tk:bijgewerkt="2099-03-10T16:00:00Z" tk:verwijderd="false">` +
    `<zaak ref="${fictionalGuid(7002)}" /><stemmingsSoort>Met handopsteken</stemmingsSoort>` +
    '<besluitSoort>Stemmen - aangenomen</besluitSoort><besluitTekst>Aangenomen.</besluitTekst>' +
    '<status>Besluit</status><agendapuntZaakBesluitVolgorde>1</agendapuntZaakBesluitVolgorde></besluit>';
  const list: FakeEntity[] = [
    { guid: BESLUIT, category: 'Besluit', skiptoken: 1, updated: '2099-03-10T16:00:00Z', deleted: false, xml: besluit },
  ];
  for (let n = 0; n < VOTES; n++) {
    const guid = fictionalGuid(71000 + n);
    const party = `P${String(n).padStart(3, '0')}`;
    const xml =
      `<stemming ${NS} id="${guid}" tk:bijgewerkt="2099-03-10T16:05:00Z" tk:verwijderd="false">` +
      `<besluit ref="${BESLUIT}" /><fractie ref="${fictionalGuid(72000 + n)}" />` +
      `<soort>${n % 3 === 0 ? 'Tegen' : 'Voor'}</soort><fractieGrootte>1</fractieGrootte>` +
      `<actorNaam>${party}</actorNaam><actorFractie>${party}</actorFractie><vergissing>false</vergissing></stemming>`;
    list.push({ guid, category: 'Stemming', skiptoken: 100 + n, updated: '2099-03-10T16:05:00Z', deleted: false, xml });
  }
  return list;
}

/** What the archive holds: votes kept, and the votes its decision counts (null before the archive can be read). */
function heldIn(db: string): { votes: number; counted: number } | null {
  let reader: Database.Database;
  try {
    reader = new Database(db, { readonly: true, fileMustExist: true });
  } catch {
    return null;
  }
  try {
    assert.equal(reader.pragma('integrity_check', { simple: true }), 'ok');
    const tables = reader.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'tk_records'").pluck().get();
    if (tables === 0) return null;
    const votes = reader.prepare("SELECT count(*) FROM tk_records WHERE kind = 'stemming'").pluck().get() as number;
    const json = reader.prepare('SELECT json FROM tk_decisions WHERE besluit = ?').pluck().get(BESLUIT) as
      | string
      | undefined;
    const totals = json ? (JSON.parse(json) as { totals: { voor: number; tegen: number } }).totals : null;
    return { votes, counted: totals ? totals.voor + totals.tegen : 0 };
  } finally {
    reader.close();
  }
}

describe('griffie sync tk of votes SIGKILLed at random moments', () => {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'votes.db');
  let server: OfficialServer;
  const args = (category: string) => [
    'sync',
    'tk',
    '--category',
    category,
    '--base-url',
    server.url,
    '--db',
    db,
    '--pause',
    '0',
  ];
  before(async () => {
    assertBuilt();
    server = await startOfficialServer({ entities: entities(), feedPageSize: PAGE });
  });
  after(async () => {
    await server.close();
    cleanup();
  });

  it('keeps every committed page of votes and a decision that counts exactly them, then completes', async (t) => {
    t.diagnostic(`seed ${SEED} (GRIFFIE_CRASH_SEED=${SEED} replays these kills)`);
    const first = await runToEnd(args('Besluit'));
    assert.equal(first.status, 0, first.stderr);
    const moments = killMoments(SEED + 7, KILLS, {
      delayShare: 0.4,
      delayMs: [0, 1200],
      steps: [1, 4],
      afterStepMs: [0, 40],
    });
    let before = 0;
    let killed = 0;
    const counts: number[] = [];
    for (const moment of moments) {
      const run = await killedRun(
        [...args('Stemming'), '--json'],
        moment,
        linesWhere((line) => line.startsWith('sync tk:Stemming: page')),
      );
      if (run.killed) killed++;
      else assert.equal(run.status, 0, `${describeMoment(moment)}: ${run.stderr}`);
      const held = heldIn(db);
      assert.ok(held, `${describeMoment(moment)}: the archive can be read`);
      counts.push(held.votes);
      assert.ok(held.votes >= before, `${describeMoment(moment)}: ${held.votes} votes, fewer than ${before} before`);
      assert.ok(held.votes % PAGE === 0 || held.votes === VOTES, `${held.votes} votes: not whole pages`);
      assert.equal(held.counted, held.votes, `${describeMoment(moment)}: the decision counts what is held`);
      before = held.votes;
      if (held.votes === VOTES) {
        // A run that got to the end leaves the next nothing to do and nothing to kill: start over.
        for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
        const again = await runToEnd(args('Besluit'));
        assert.equal(again.status, 0, again.stderr);
        before = 0;
      }
    }
    t.diagnostic(`votes held after each kill: ${counts.join(' ')}`);
    assert.ok(killed >= KILLS / 2, `only ${killed} of ${KILLS} kills hit a running process`);
    assert.ok(
      counts.some((n) => n > 0 && n < VOTES),
      `no kill left the votes part-way: ${counts.join(' ')}`,
    );

    const final = await runToEnd([...args('Stemming'), '--json']);
    assert.equal(final.status, 0, final.stderr);
    assert.deepEqual(heldIn(db), { votes: VOTES, counted: VOTES });
    const again = await runToEnd([...args('Stemming'), '--json']);
    const summary = JSON.parse(again.stdout.trim().split('\n').at(-1) as string) as { added: number; updated: number };
    assert.deepEqual([summary.added, summary.updated], [0, 0], 'a second run adds nothing');
  });
});
