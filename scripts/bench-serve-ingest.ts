/**
 * The ingest that `npm run bench:serve -- --ingest` runs while the server is loaded: a
 * process of its own that stores synthetic papers into the served archive as fast as it
 * can, as `griffie ingest` does (each paper extracted, each batch analyzed in worker
 * threads and stored in one transaction), until SIGTERM; then it prints one JSON line,
 * `{"papers": N, "seconds": S, "per_s": R}`. Its papers are new ones (dossiers 80000 and
 * up), so that the archive grows while it is searched.
 *
 * Usage: `node --import tsx scripts/bench-serve-ingest.ts FILE`.
 *
 * @module
 */
import { enrich } from '../src/extract/index.ts';
import { kamerstukId } from '../src/model/index.ts';
import { PipelinedWriter } from '../src/pipeline/index.ts';
import { openStore } from '../src/store/index.ts';
import { syntheticDocuments } from './bench/synthetic.ts';

const BATCH = 200;
const db = process.argv[2];
if (!db) {
  process.stderr.write('bench-serve-ingest: give the archive file\n');
  process.exit(2);
}
let stopping = false;
process.on('SIGTERM', () => {
  process.stderr.write('bench-serve-ingest: stopping after the batch being stored\n');
  stopping = true;
});
// Stop too when the bench that started it is gone.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stopping = true;
}, 1000).unref();
const store = await openStore({ db });
const writer = new PipelinedWriter(async ({ documents }, draft) => {
  await store.put(documents, draft);
});
const started = performance.now();
let papers = 0;
let batch = [];
try {
  for (const doc of syntheticDocuments(10_000_000, { seed: 9 })) {
    if (stopping) break;
    const dossier = doc.dossiers[0];
    if (dossier) {
      dossier.number = String(Number(dossier.number) + 50_000);
      doc.id = kamerstukId(dossier, doc.number ?? '1');
    }
    doc.source.sha256 = `bench-serve-ingest-${doc.source.sha256}`;
    batch.push(enrich(doc));
    if (batch.length >= BATCH) {
      await writer.add({ documents: batch, sources: [] });
      papers += batch.length;
      batch = [];
      // A turn of the event loop: the writes can all resolve at once, and then SIGTERM would never be seen.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await writer.finish({ documents: batch, sources: [] });
  papers += batch.length;
} finally {
  await writer.close();
  await store.close();
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ papers, seconds: Math.round(seconds * 10) / 10, per_s: Math.round(papers / seconds) }));
