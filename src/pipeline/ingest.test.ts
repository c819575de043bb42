/**
 * `ingest` in process, over several batches (analysis pipelined in a worker thread from
 * the second batch): the same archive as one batch analyzed by the store, failures kept,
 * `onBatch` after every committed batch.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore, type Store } from '../store/index.ts';
import { type IngestSummary, ingest } from './ingest.ts';
import { parseInput } from './parse-file.ts';

const TOPICS = ['zeewering', 'fietssnelwegen', 'laaggeletterdheid', 'ict-projecten', 'zoutwinning'];

/** A fictional letter (dossier 99 300 + i % 4). */
function letterText(i: number): string {
  const dossier = 99300 + (i % 4);
  return [
    `${String(dossier).replace(/^(\d\d)/, '$1 ')} Proefdossier ${dossier % 100} (fictief)`,
    '',
    `Nr. ${i + 1} BRIEF VAN DE MINISTER VAN PROEFZAKEN`,
    '',
    'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
    '',
    `Den Haag, ${1 + (i % 28)} maart ${2012 + (i % 9)}`,
    '',
    `Hierbij bericht ik uw Kamer over de ${TOPICS[i % TOPICS.length]} van proefprovincie ${i}.`,
    '',
    `Op ${1 + (i % 27)} februari ${2012 + (i % 9)} heeft de vaste commissie voor Proefzaken mij verzocht om een reactie op het rapport.`,
    `Ik zal uw Kamer voor de zomer van ${2013 + (i % 9)} informeren over de voortgang.`,
    '',
    'De Minister van Proefzaken,',
    'C.D. Proef',
    '',
  ].join('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'griffie-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function writeInputs(count: number): string {
  const inputs = join(dir, 'inputs');
  mkdirSync(inputs, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(inputs, `brief-${String(i).padStart(3, '0')}.txt`), letterText(i));
  writeFileSync(join(inputs, 'leeg.txt'), '');
  return inputs;
}

async function totals(store: Store, queries: string[]): Promise<number[]> {
  return Promise.all(queries.map(async (query) => (await store.search({ query, limit: 1 })).total));
}

describe('ingest', () => {
  const inputs = writeInputs(23);
  const files = Array.from({ length: 23 }, (_, i) => join(inputs, `brief-${String(i).padStart(3, '0')}.txt`));
  const queries = ['zeewering', 'ictprojecten', 'fiets snelweg', 'proefprovincie', 'laaggelet*', 'dossier:99301'];

  it('should store batches analyzed in a worker as the store would analyze them itself', async () => {
    const batched = await openStore({ db: join(dir, 'batched.db') });
    const single = await openStore({ db: join(dir, 'single.db') });
    try {
      const seen: IngestSummary[] = [];
      const summary = await ingest([...files, join(inputs, 'leeg.txt')], batched, {
        batchSize: 5,
        onBatch: (s) => seen.push(s),
      });
      assert.deepEqual(
        { ...summary, seconds: 0 },
        {
          files: 24,
          added: 23,
          updated: 0,
          unchanged: 0,
          failed: 1,
          records: { added: 0, updated: 0, unchanged: 0 },
          seconds: 0,
        },
      );
      assert.deepEqual(
        seen.map((s) => s.added),
        [5, 10, 15, 20, 23],
      );
      await ingest(files, single, { batchSize: 100 });
      assert.deepEqual(await totals(batched, queries), await totals(single, queries));
      assert.deepEqual(await totals(batched, queries), [5, 4, 5, 23, 5, 6]);
      // The linked records are read in the worker (on this thread for the first batch) as enrich reads them.
      const whole = await Promise.all(files.map(async (f) => parseInput(readFileSync(f), { path: f })));
      const counts = new Map<string, number>();
      for (const t of whole.flatMap((d) => d.topics ?? [])) counts.set(t, (counts.get(t) ?? 0) + 1);
      const sorted = (list: { value: string; count: number }[]) =>
        [...list].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      const expected = sorted([...counts].map(([value, count]) => ({ value, count }))).slice(0, 50);
      assert.ok(expected.length >= 3, JSON.stringify(expected));
      const facet = async (store: Store) => sorted((await store.search({ query: '', limit: 1 })).facets.topic);
      assert.deepEqual(await facet(batched), expected);
      assert.deepEqual(await facet(single), expected);
      for (const doc of whole) {
        const stored = await batched.get(doc.id as string);
        const record = (d: typeof stored) => [d?.requests, d?.commitments, d?.entities, d?.topics, d?.warnings];
        assert.deepEqual(record(stored), record(doc), doc.id ?? '');
      }
      assert.ok(
        whole.every((d) => d.requests.length === 1 && d.commitments.length === 1 && d.entities.persons.length > 0),
        'every letter answers a request, makes a promise and is signed',
      );
      assert.deepEqual(
        (await batched.failures()).map((f) => [f.source, f.error]),
        [[join(inputs, 'leeg.txt'), 'the input is empty']],
      );
    } finally {
      await batched.close();
      await single.close();
    }
  });

  it('should find nothing changed on a second run, and take a failure that now parses off the list', async () => {
    const store = await openStore({ db: join(dir, 'batched.db') });
    try {
      writeFileSync(join(inputs, 'leeg.txt'), letterText(99));
      const summary = await ingest([...files, join(inputs, 'leeg.txt')], store, { batchSize: 4 });
      assert.deepEqual([summary.added, summary.unchanged, summary.failed], [1, 23, 0]);
      assert.deepEqual(await store.failures(), []);
    } finally {
      await store.close();
    }
  });
});
