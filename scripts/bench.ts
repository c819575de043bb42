/**
 * `npm run bench -- [--papers N] [--engines sqlite,postgres,baseline_fts5] [--rounds R] [--analysis-workers N] [--no-extract]`:
 * generates a synthetic corpus of realistic Dutch papers (100,000 by default), ingests it
 * into each engine, runs a fixed query mix, and prints as its LAST line one JSON object:
 * `{"papers": N, "engines": {"sqlite": {...}, "postgres": {...}, "baseline_fts5": {...}}}`
 * with `ingest_per_s`, `bytes_per_paper`, `search_p50_ms`, `search_p95_ms`,
 * `search_p99_ms` (and memory figures) per engine, plus ratios against the baseline.
 * PostgreSQL runs when `GRIFFIE_BENCH_DATABASE_URL` (or `GRIFFIE_DATABASE_URL`) names a
 * server (in a schema of its own, dropped at the end), and says why it is skipped otherwise. Not a test: it measures and prints.
 *
 * Griffie's engines ingest as `griffie ingest` does: each paper goes through the extraction
 * (`enrich`: metadata and references on the main thread; requests, commitments, entities
 * and topics, its linked record, in the analysis worker with the batch's analysis; the
 * synthetic papers carry requests, promises and signatures in the share real ones do),
 * and each batch is analyzed in a worker thread (`PipelinedWriter`) while the batch before
 * it is stored. `main_extract_ms_per_paper` (the main thread's share of the extraction),
 * `record_per_paper` (what it found), and `main_busy` and `analysis_busy` (the share of
 * the ingest each thread was busy: the one near 1 sets the pace) say what it cost
 * (`--no-extract` leaves the extraction out, to compare). The baseline stores the same papers
 * in plain FTS5 without any of it, and runs
 * the same queries, translated to FTS5 syntax (`scripts/bench/baseline-query.ts`).
 *
 * @module
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { enrich } from '../src/extract/index.ts';
import type { Document } from '../src/model/index.ts';
import { type Batch, PipelinedWriter } from '../src/pipeline/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { BaselineFts5 } from './bench/baseline.ts';
import { baselineQuery } from './bench/baseline-query.ts';
import { syntheticDocuments } from './bench/synthetic.ts';

interface Options {
  papers: number;
  engines: string[];
  rounds: number;
  batch: number;
  /** Analysis worker threads (0: the pool's default). */
  workers: number;
  /** Run the extraction (`enrich`) on each paper before storing it, as `griffie ingest` does. */
  extract: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    papers: 100_000,
    engines: ['sqlite', 'postgres', 'baseline_fts5'],
    rounds: 5,
    batch: 1000,
    workers: 0,
    extract: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--no-extract') {
      options.extract = false;
      continue;
    }
    if (flag === '--papers') options.papers = Number(value);
    else if (flag === '--engines') options.engines = String(value).split(',');
    else if (flag === '--rounds') options.rounds = Number(value);
    else if (flag === '--batch') options.batch = Number(value);
    else if (flag === '--analysis-workers') options.workers = Number(value);
    else {
      console.error(`bench: unknown option ${flag}`);
      process.exit(2);
    }
    i++;
  }
  if (!Number.isInteger(options.papers) || options.papers < 100) {
    console.error('bench: --papers must be a whole number ≥ 100');
    process.exit(2);
  }
  return options;
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

/** Words of the synthetic corpus at chosen frequency ranks, for the query mix. */
function queryMix(papers: number): string[] {
  const counts = new Map<string, number>();
  let n = 0;
  for (const doc of syntheticDocuments(Math.min(2000, papers))) {
    for (const block of doc.blocks)
      for (const w of block.text.toLowerCase().split(/[^a-zëïéèöü]+/))
        if (w.length > 4) counts.set(w, (counts.get(w) ?? 0) + 1);
    if (++n >= 2000) break;
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const at = (rank: number) => ranked[Math.min(rank, ranked.length - 1)] as string;
  return [
    at(0),
    at(5),
    at(30),
    at(200),
    at(1000),
    at(4000),
    `${at(10)} ${at(50)}`,
    `${at(3)} ${at(300)}`,
    `"${at(1)} ${at(2)}"`,
    `${at(20)} OR ${at(400)}`,
    `${at(100).slice(0, 5)}*`,
    `type:motie ${at(40)}`,
    `${at(60)} -${at(7)}`,
    `${at(15)} year:2010`,
  ];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number) * 100) / 100;
}

function latencies(times: number[]) {
  const sorted = times.slice().sort((a, b) => a - b);
  return {
    search_p50_ms: percentile(sorted, 0.5),
    search_p95_ms: percentile(sorted, 0.95),
    search_p99_ms: percentile(sorted, 0.99),
  };
}

/** A bench writer: `add` takes a batch, `finish` the last one and writes all still waiting. */
interface BenchWriter {
  add(docs: Document[]): Promise<unknown> | unknown;
  finish(docs: Document[]): Promise<unknown> | unknown;
}

async function ingestInto(writer: BenchWriter, options: Options) {
  const rss: number[] = [];
  const started = performance.now();
  let batch: Document[] = [];
  let done = 0;
  for (const doc of syntheticDocuments(options.papers)) {
    batch.push(doc);
    if (batch.length >= options.batch) {
      await writer.add(batch);
      done += batch.length;
      batch = [];
      if (done % (options.batch * 20) === 0) {
        rss.push(process.memoryUsage().rss);
        log(
          `${done} papers, ${Math.round(done / ((performance.now() - started) / 1000))}/s, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
        );
      }
    }
  }
  await writer.finish(batch);
  const seconds = (performance.now() - started) / 1000;
  return {
    ingest_per_s: Math.round(options.papers / seconds),
    ingest_seconds: Math.round(seconds * 10) / 10,
    rss_mb_first: rss.length > 0 ? Math.round((rss[0] as number) / 1e6) : null,
    rss_mb_last: rss.length > 0 ? Math.round((rss[rss.length - 1] as number) / 1e6) : null,
  };
}

/** A searchable engine of the run, kept open until all are timed. */
interface Timed {
  name: string;
  run: (query: string) => Promise<unknown> | unknown;
  times: number[];
  byQuery: Map<string, number[]>;
}

/**
 * Time the query mix on all engines interleaved: each query runs on every engine before
 * the next, round after round, so that a slow spell of a shared machine hits all alike.
 */
async function timeQueries(engines: Timed[], queries: string[], rounds: number): Promise<void> {
  for (const q of queries) for (const e of engines) await e.run(q); // warm
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      for (const e of engines) {
        const t = performance.now();
        await e.run(q);
        const ms = performance.now() - t;
        e.times.push(ms);
        e.byQuery.set(q, [...(e.byQuery.get(q) ?? []), ms]);
      }
    }
  }
}

/** Median time per query of each engine, for reading where the time goes. */
function perQuery(engines: Timed[], queries: string[]): Array<Record<string, unknown>> {
  return queries.map((query) => {
    const row: Record<string, unknown> = { query };
    for (const e of engines)
      row[e.name] = percentile(
        (e.byQuery.get(query) ?? []).sort((a, b) => a - b),
        0.5,
      );
    return row;
  });
}

function sizeOf(path: string): number {
  let bytes = 0;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      bytes += statSync(path + suffix).size;
    } catch {}
  }
  return bytes;
}

async function ingestStore(name: string, store: Store, options: Options) {
  log(
    `${name}: ingesting ${options.papers} papers, ${options.extract ? 'extracted (enrich) and ' : ''}analyzed in worker threads`,
  );
  const record = { ms: 0, requests: 0, commitments: 0, persons: 0 };
  const writer = new PipelinedWriter(
    async ({ documents }, draft) => {
      for (const doc of documents) {
        record.requests += doc.requests.length;
        record.commitments += doc.commitments.length;
        record.persons += doc.entities.persons.length;
      }
      await store.put(documents, draft);
    },
    { record: options.extract, ...(options.workers > 0 ? { workers: options.workers } : {}) },
  );
  const batch = (documents: Document[]): Batch => {
    if (options.extract) {
      const started = performance.now();
      // The linked record (requests, commitments, entities, topics): in the analysis worker, as `griffie ingest` does.
      for (const doc of documents) enrich(doc, { record: false });
      record.ms += performance.now() - started;
    }
    return { documents, sources: [] };
  };
  const mainBefore = performance.eventLoopUtilization();
  let figures: Awaited<ReturnType<typeof ingestInto>>;
  let busy: { main_busy: number; analysis_busy: number[] };
  try {
    figures = await ingestInto(
      { add: (docs) => writer.add(batch(docs)), finish: (docs) => writer.finish(batch(docs)) },
      options,
    );
    // How busy each thread was while ingesting: the one near 1 is the one that sets the pace.
    busy = {
      main_busy: round2(performance.eventLoopUtilization(mainBefore).utilization),
      analysis_busy: writer.workersBusy().map(round2),
    };
  } finally {
    await writer.close();
  }
  if (!options.extract) return { ...figures, ...busy, extracted: false };
  const per = (n: number) => Math.round((n / options.papers) * 1000) / 1000;
  return {
    ...figures,
    ...busy,
    extracted: true,
    main_extract_ms_per_paper: per(record.ms),
    record_per_paper: {
      requests: per(record.requests),
      commitments: per(record.commitments),
      persons: per(record.persons),
    },
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'griffie-bench-'));
  const queries = queryMix(options.papers);
  log(`query mix: ${queries.join(' | ')}`);
  const engines: Record<string, Record<string, unknown>> = {};
  const timed: Timed[] = [];
  const closers: Array<() => Promise<void> | void> = [];
  const add = (name: string, run: Timed['run']) => timed.push({ name, run, times: [], byQuery: new Map() });
  try {
    if (options.engines.includes('baseline_fts5')) {
      log(`baseline_fts5: ingesting ${options.papers} papers`);
      const path = join(dir, 'baseline.db');
      const baseline = new BaselineFts5(path);
      closers.push(() => baseline.close());
      const put = (docs: Document[]) => docs.length > 0 && baseline.put(docs);
      const ingest = await ingestInto({ add: put, finish: put }, options);
      engines.baseline_fts5 = { ...ingest, bytes_per_paper: Math.round(sizeOf(path) / options.papers) };
      add('baseline_fts5', (q) => baseline.search(baselineQuery(q)));
    }
    if (options.engines.includes('sqlite')) {
      const path = join(dir, 'griffie.db');
      const store = await openStore({ db: path });
      closers.push(() => store.close());
      const ingest = await ingestStore('sqlite', store, options);
      engines.sqlite = { ...ingest, bytes_per_paper: Math.round(sizeOf(path) / options.papers) };
      add('sqlite', (query) => store.search({ query, limit: 20 }));
    }
    if (options.engines.includes('postgres')) {
      const url = process.env.GRIFFIE_BENCH_DATABASE_URL ?? process.env.GRIFFIE_DATABASE_URL;
      if (!url) {
        engines.postgres = { skipped: 'no PostgreSQL server configured (set GRIFFIE_BENCH_DATABASE_URL)' };
        log('postgres: skipped, no server configured (set GRIFFIE_BENCH_DATABASE_URL)');
      } else {
        // A schema of its own, dropped at the end: the database may hold anything else.
        const schema = `griffie_bench_${process.pid}`;
        const store = await openStore({ url: `${url}${url.includes('?') ? '&' : '?'}schema=${schema}` });
        closers.push(async () => {
          await store.close();
          const admin = postgres(url, { max: 1, onnotice: () => {} });
          await admin.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await admin.end({ timeout: 5 });
        });
        const ingest = await ingestStore('postgres', store, options);
        engines.postgres = {
          ...ingest,
          bytes_per_paper: Math.round(((await store.stats()).bytes ?? 0) / options.papers),
        };
        add('postgres', (query) => store.search({ query, limit: 20 }));
      }
    }
    log(`searching: ${queries.length} queries × ${options.rounds} rounds on ${timed.map((e) => e.name).join(', ')}`);
    await timeQueries(timed, queries, options.rounds);
    for (const e of timed) Object.assign(engines[e.name] as object, latencies(e.times));
    const detail = perQuery(timed, queries);
    for (const row of detail) log(`median ms ${JSON.stringify(row)}`);
  } finally {
    for (const close of closers.reverse()) await close();
    rmSync(dir, { recursive: true, force: true });
  }
  const base = engines.baseline_fts5 as { ingest_per_s: number; search_p95_ms: number } | undefined;
  const ratios: Record<string, unknown> = {};
  for (const [name, figures] of Object.entries(engines)) {
    const f = figures as { ingest_per_s?: number; search_p95_ms?: number };
    if (name === 'baseline_fts5' || !base || f.ingest_per_s === undefined) continue;
    ratios[name] = {
      ingest_vs_baseline: Math.round((f.ingest_per_s / base.ingest_per_s) * 100) / 100,
      search_p95_vs_baseline: Math.round(((f.search_p95_ms ?? 0) / Math.max(0.01, base.search_p95_ms)) * 100) / 100,
    };
  }
  console.log(
    JSON.stringify({ papers: options.papers, engines, ratios, queries: queries.length, rounds: options.rounds }),
  );
}

await main();
