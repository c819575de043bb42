/**
 * `npm run bench:serve -- [--papers N] [--seconds S] [--connections C] [--workers W] [--ingest] [--ingest-nice N] [--keep] [--db FILE]`:
 * builds a SQLite archive of the benchmark corpus (the shared corpus's real papers and
 * synthetic papers of `npm run bench` up to 50,000 by default, in a temporary folder),
 * starts `griffie serve --workers W` (1) on it in a child process (`scripts/bench-serve-server.ts`), and
 * loads it with autocannon, C connections (50) for S seconds (30) per scenario:
 * `baseline` (the stylesheet, `/static/…`: the same server's cheapest route, so that the
 * ratios hold across machines), `search_page` (`/zoeken?q=` over the query mix),
 * `api_search` (`/api/v1/search?q=` over the query mix) and `paper_page` (`/stuk/{id}`
 * over papers of the archive). Each scenario cycles through its URLs. With `--ingest` a
 * process of its own (`bench-serve-ingest.ts`) stores new papers into the archive during
 * all scenarios, as fast as it can; the JSON says how many (`ingest_during_load`).
 * `--ingest-nice N` runs it at that scheduling niceness (`nice -n N`, 1–19), as an
 * operator runs a background ingest on the machine that serves.
 *
 * Prints as its LAST line one JSON object: per scenario requests/s, latency p50 / p97.5 /
 * p99, errors, timeouts, non-2xx and total requests, ratios against the baseline, the
 * archive's size and papers and the machine. Exits 1 when any request failed (the
 * server must answer every one with 2xx). `--keep` keeps the archive (its path is
 * logged), `--db FILE` serves an archive kept before instead of building one. Not a
 * test: it measures and prints.
 *
 * @module
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openStore } from '../src/store/index.ts';
import { archiveBytes, buildArchive, corpusDocuments, paperIds, queryMix } from './bench-serve-archive.ts';
import { rssMb, startChild, startIngest, stopChild } from './bench-serve-child.ts';
import { findCorpus } from './eval/index.ts';

interface Options {
  papers: number;
  seconds: number;
  connections: number;
  /** Server processes (`griffie serve --workers`). */
  workers: number;
  /** Store new papers into the archive (`bench-serve-ingest.ts`) during the load. */
  ingest: boolean;
  /** The ingest's niceness (0: as the bench). */
  ingestNice: number;
  keep: boolean;
  /** An archive to serve as it is (nothing built, nothing removed). */
  db: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    papers: 50_000,
    seconds: 30,
    connections: 50,
    workers: 1,
    ingest: false,
    ingestNice: 0,
    keep: false,
    db: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--keep' || flag === '--ingest') {
      options[flag === '--keep' ? 'keep' : 'ingest'] = true;
      continue;
    }
    if (flag === '--papers') options.papers = Number(value);
    else if (flag === '--seconds') options.seconds = Number(value);
    else if (flag === '--connections') options.connections = Number(value);
    else if (flag === '--workers') options.workers = Number(value);
    else if (flag === '--ingest-nice') options.ingestNice = Number(value);
    else if (flag === '--db') options.db = String(value);
    else {
      console.error(`bench-serve: unknown option ${flag}`);
      process.exit(2);
    }
    i++;
  }
  const whole = (n: number, min: number) => Number.isInteger(n) && n >= min;
  if (
    !whole(options.papers, 200) ||
    !whole(options.seconds, 1) ||
    !whole(options.connections, 1) ||
    !whole(options.workers, 1) ||
    !(whole(options.ingestNice, 0) && options.ingestNice <= 19)
  ) {
    console.error(
      'bench-serve: --papers must be a whole number ≥ 200, --seconds, --connections and --workers ≥ 1, --ingest-nice 0–19',
    );
    process.exit(2);
  }
  return options;
}

const log = (message: string) => process.stderr.write(`bench-serve: ${message}\n`);
const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** GET `url` and read the body; one retry when the connection fails (a keep-alive race). */
async function get(url: string, timeoutMs = 60_000): Promise<{ status: number; ms: number }> {
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - started };
    } catch (error) {
      if (attempt > 0) throw error;
    }
  }
}

/** At most `n` of `paths`, spread over the list. */
function sample(paths: string[], n: number): string[] {
  const step = Math.max(1, paths.length / n);
  return Array.from({ length: Math.min(n, paths.length) }, (_, i) => paths[Math.floor(i * step)] as string);
}

/**
 * Request each path once, one at a time, before the load: warms the server, lists the
 * paths that do not answer 200 and logs the slowest (the time of one request alone).
 */
async function check(url: string, name: string, paths: string[]): Promise<string[]> {
  const failed: string[] = [];
  const times: Array<[path: string, ms: number]> = [];
  for (const path of paths) {
    try {
      const { status, ms } = await get(url + path);
      times.push([path, ms]);
      if (status !== 200) failed.push(`${status} ${path}`);
    } catch (error) {
      failed.push(`${(error as Error).cause ?? error} ${path}`);
    }
  }
  const slowest = times.sort((a, b) => b[1] - a[1]).slice(0, 3);
  log(
    `${name}: alone, slowest of ${paths.length}: ${slowest.map(([p, ms]) => `${Math.round(ms)} ms ${p}`).join(', ')}`,
  );
  return failed;
}

/**
 * Wait until the server answers `path` within 50 ms again (requests whose client gave
 * up may still be running), at most two minutes; returns the seconds waited.
 */
async function settle(url: string, path: string): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 120_000) {
    const { ms } = await get(url + path, 5000).catch(() => ({ ms: Number.POSITIVE_INFINITY }));
    if (ms < 50) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return round((performance.now() - started) / 1000, 1);
}

/** Seconds autocannon waits for a response before it counts a timeout (its default). */
const TIMEOUT_S = 10;

/** Load `paths` (in turn, over all connections) for the given time. */
async function load(url: string, paths: string[], options: Options) {
  let next = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    timeout: TIMEOUT_S,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  const statuses: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = Number(count ?? 0);
  return {
    requests_per_s: Math.round(result.requests.average),
    latency_p50_ms: result.latency.p50,
    latency_p97_5_ms: result.latency.p97_5,
    latency_p99_ms: result.latency.p99,
    latency_max_ms: result.latency.max,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non_2xx: result.non2xx,
    status_codes: statuses,
    distinct_urls: paths.length,
  };
}

/** A scenario's figures, with the server's memory after it and the time it took to be quick again. */
type Figures = Awaited<ReturnType<typeof load>> & { server_rss_mb: number | null; settle_s: number };

/** URLs of a scenario requested alone before its load (all of the query mix; a sample of the papers). */
const CHECKED = 40;

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const corpus = findCorpus();
  if (!corpus) {
    log('../shared/corpus not found next to the repository');
    return 2;
  }
  const loadStart = loadavg().map((n) => round(n));
  const real = await corpusDocuments(corpus);
  const queries = queryMix(real, corpus);
  log(`query mix (${queries.length}): ${queries.join(' | ')}`);
  const dir = options.db === null ? mkdtempSync(join(tmpdir(), 'griffie-bench-serve-')) : null;
  const path = options.db ?? join(dir as string, 'griffie.db');
  let child: ChildProcess | null = null;
  const cleanUp = async () => {
    if (child) await stopChild(child);
    if (dir && !options.keep) rmSync(dir, { recursive: true, force: true });
    else if (dir) log(`archive kept: ${path} (serve it again with --db ${path})`);
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
  try {
    let buildSeconds: number | null = null;
    if (options.db === null) {
      log(`building an archive of ${options.papers} papers (${real.length} real) in ${path}`);
      buildSeconds = (await buildArchive(path, real, options.papers, log)).seconds;
    }
    const store = await openStore({ db: path });
    const { documents } = await store.stats();
    const ids = await paperIds(store, real, options.db === null ? options.papers : documents, 300).finally(() =>
      store.close(),
    );
    const bytes = archiveBytes(path);
    log(`${documents} papers, ${Math.round(bytes / 1e6)} MB, ${ids.length} paper ids; starting the server`);
    const started = await startChild(path, options.workers, (line) => log(`server: ${line}`));
    child = started.child;
    const home = await (await fetch(`${started.url}/`)).text();
    const css = /\/static\/[\w.-]+\.css/.exec(home)?.[0];
    if (!css) throw new Error('the home page names no stylesheet');
    const q = (query: string) => encodeURIComponent(query);
    const scenarios: Record<string, string[]> = {
      baseline: [css],
      search_page: [...queries.map((query) => `/zoeken?q=${q(query)}`), `/zoeken?q=${q(queries[1] ?? '')}&sort=date`],
      api_search: queries.map((query) => `/api/v1/search?q=${q(query)}`),
      // Last: the slowest, so that what it leaves running cannot slow the others.
      paper_page: ids.map((id) => `/stuk/${encodeURIComponent(id)}`),
    };
    const failedChecks: string[] = [];
    const figures: Record<string, Figures> = {};
    const ingest = options.ingest ? startIngest(path, options.ingestNice, (line) => log(`ingest: ${line}`)) : null;
    for (const [name, paths] of Object.entries(scenarios)) {
      const failed = await check(started.url, name, sample(paths, CHECKED));
      for (const line of failed) log(`${name}: before the load: ${line}`);
      failedChecks.push(...failed.map((line) => `${name}: ${line}`));
      log(`${name}: ${paths.length} URLs, ${options.connections} connections, ${options.seconds} s`);
      const result = await load(started.url, paths, options);
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server died during ${name}`);
      const rss = rssMb(child.pid);
      figures[name] = { ...result, server_rss_mb: rss, settle_s: await settle(started.url, css) };
      log(`${name}: ${JSON.stringify(figures[name])}`);
    }
    const ingested = ingest === null ? null : await ingest.stop();
    if (ingested !== null) log(`ingest during the load: ${JSON.stringify(ingested)}`);
    const base = figures.baseline as Figures;
    const ratios: Record<string, { requests_per_s_vs_baseline: number; p99_vs_baseline: number }> = {};
    for (const [name, f] of Object.entries(figures)) {
      if (name === 'baseline') continue;
      ratios[name] = {
        requests_per_s_vs_baseline: round(f.requests_per_s / Math.max(1, base.requests_per_s), 3),
        p99_vs_baseline: round(f.latency_p99_ms / Math.max(1, base.latency_p99_ms)),
      };
    }
    const failures = Object.values(figures).reduce((n, f) => n + f.errors + f.timeouts + f.non_2xx, 0);
    const ok = failures === 0 && failedChecks.length === 0 && (!options.ingest || ingested !== null);
    console.log(
      JSON.stringify({
        papers: documents,
        archive_bytes: bytes,
        bytes_per_paper: Math.round(bytes / Math.max(1, documents)),
        build_seconds: buildSeconds,
        seconds: options.seconds,
        connections: options.connections,
        workers: options.workers,
        ingest_during_load: ingested,
        ingest_nice: options.ingest ? options.ingestNice : null,
        timeout_s: TIMEOUT_S,
        queries: queries.length,
        paper_ids: ids.length,
        scenarios: figures,
        ratios,
        failed_before_load: failedChecks,
        ok,
        machine: {
          nproc: availableParallelism(),
          cpu: cpus()[0]?.model ?? null,
          memory_gb: Math.round(totalmem() / 2 ** 30),
          node: process.version,
          platform: `${process.platform}-${process.arch}`,
          loadavg_at_start: loadStart,
        },
      }),
    );
    return ok ? 0 : 1;
  } finally {
    await cleanUp();
  }
}

process.exitCode = await main();
