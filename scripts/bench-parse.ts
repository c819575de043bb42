/**
 * `npm run bench:parse`: throughput of `parseInput` on every corpus text, in one
 * process, single-threaded. Not a test: it measures and prints; the last line is one
 * JSON object (`mb_per_s`, `papers_per_s`, ..., `baseline_mb_per_s`, `ratio`, `met`).
 *
 * The baseline runs in the same process on the same bytes and does the least any
 * text parser must: UTF-8 decode, split into lines, one regex pass, JSON.stringify of
 * the lines. `ratio` = parser speed / baseline speed, which varies less between
 * machines than MB/s does.
 *
 * Options: `--seconds N` (default 3): minimum measured work for the parser.
 *
 * @module
 */
import { ParseError } from '../src/parse/index.ts';
import { parseInput } from '../src/pipeline/index.ts';
import { findCorpus, REPO_ROOT } from './eval/index.ts';
import { type CorpusText, loadCorpusTexts } from './eval/texts.ts';

const TARGET_MB_PER_S = 10;
const MB = 1024 * 1024;

function parseSeconds(argv: string[]): number | null {
  const i = argv.indexOf('--seconds');
  if (i < 0) return argv.length === 0 ? 3 : null;
  const value = Number(argv[i + 1]);
  return argv.length === 2 && Number.isFinite(value) && value > 0 ? value : null;
}

/** Parse every text once; returns a checksum so no work can be optimised away. */
async function parseAll(texts: CorpusText[], failures: Set<string>): Promise<number> {
  let sink = 0;
  for (const { path, bytes } of texts) {
    try {
      const doc = await parseInput(bytes, { path });
      sink += doc.blocks.length + doc.warnings.length;
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      failures.add(path);
    }
  }
  return sink;
}

const decoder = new TextDecoder('utf-8');
const DOSSIER = /\b\d{2} ?\d{3}\b/g;

/** The baseline: decode, split into lines, one regex pass, JSON.stringify of the lines. */
function baselineAll(texts: CorpusText[]): number {
  let sink = 0;
  for (const { bytes } of texts) {
    const text = decoder.decode(bytes);
    const lines = text.split(/\r?\n/);
    for (const line of lines) if (DOSSIER.test(line)) sink++;
    sink += JSON.stringify(lines).length;
  }
  return sink;
}

/** Run `fn` in rounds until at least `seconds` passed; returns rounds and elapsed seconds. */
async function measure(
  seconds: number,
  fn: () => number | Promise<number>,
): Promise<{ rounds: number; elapsed: number; sink: number }> {
  let rounds = 0;
  let sink = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < seconds || rounds < 1) {
    sink += await fn();
    rounds++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return { rounds, elapsed, sink };
}

async function main(argv: string[]): Promise<number> {
  const seconds = parseSeconds(argv);
  if (seconds === null) {
    process.stderr.write('usage: npm run bench:parse -- [--seconds N]\n');
    return 2;
  }
  const corpus = findCorpus();
  if (!corpus) {
    process.stderr.write(`bench-parse: the shared corpus was not found beside the repository (${REPO_ROOT})\n`);
    return 2;
  }
  const texts = loadCorpusTexts(corpus);
  const bytes = texts.reduce((n, t) => n + t.bytes.length, 0);
  const failures = new Set<string>();
  process.stderr.write(`bench-parse: ${texts.length} papers, ${(bytes / MB).toFixed(2)} MB in memory; warming up\n`);
  await measure(Math.min(1, seconds / 3), async () => (await parseAll(texts, failures)) + baselineAll(texts));

  const parser = await measure(seconds, () => parseAll(texts, failures));
  const baseline = await measure(Math.max(1, seconds / 3), () => baselineAll(texts));
  const mbPerS = (parser.rounds * bytes) / MB / parser.elapsed;
  const baselineMbPerS = (baseline.rounds * bytes) / MB / baseline.elapsed;
  const result = {
    mb_per_s: round(mbPerS, 2),
    papers_per_s: round((parser.rounds * texts.length) / parser.elapsed, 1),
    papers: texts.length,
    bytes,
    rounds: parser.rounds,
    seconds: round(parser.elapsed, 2),
    failed: failures.size,
    baseline_mb_per_s: round(baselineMbPerS, 2),
    ratio: round(mbPerS / baselineMbPerS, 4),
    target_mb_per_s: TARGET_MB_PER_S,
    met: mbPerS >= TARGET_MB_PER_S,
    peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 1),
    node: process.version,
    checksum: parser.sink + baseline.sink,
  };
  process.stderr.write(
    `bench-parse: parser ${result.mb_per_s} MB/s (${result.papers_per_s} papers/s, ${parser.rounds} rounds), ` +
      `baseline ${result.baseline_mb_per_s} MB/s, ratio ${result.ratio}, target ${TARGET_MB_PER_S} MB/s ${result.met ? 'met' : 'NOT met'}\n`,
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

process.exitCode = await main(process.argv.slice(2));
