/**
 * `npm run eval:extract`: score the extraction of requests, commitments and persons on
 * the hand-annotated papers (`scripts/eval/extract-annotations.jsonl`, guidelines in
 * `scripts/eval/EXTRACT-ANNOTATION.md`), each parsed through the real pipeline, and
 * check the seed letter exactly. Prints one JSON object on stdout and a short table on
 * stderr.
 *
 * The annotation is split in two halves by a stable hash of each paper's `source_id`
 * (`eval/extract-split.ts`: the first byte of its SHA-256 even → `dev`, odd → `heldout`;
 * the seed in `dev`). The extractors are tuned on the misses of `dev` only; `heldout`
 * measures how they generalise. The top-level fields and `targets` score all papers;
 * `split` holds the same figures for `dev`, `heldout` and `all`.
 *
 * Options: `--details` adds every false positive and negative (paper, split, field, text)
 * and the seed's differences to the JSON on stdout; `--misses <dev|heldout|all>` prints
 * the false positives and negatives of that half on stderr, one a line; `--check` exits 1
 * when a target is unmet. Exits 2 when `../shared` is absent or an annotation is unusable.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInput } from '../src/pipeline/index.ts';
import { tryParse } from './eval/corpus.ts';
import { paperText, readAnnotations, SEED_ID, spanProblem } from './eval/extract-annotations.ts';
import { EXTRACT_FIELDS, type ExtractMiss, type ScoredPaper, scoreExtraction } from './eval/extract-score.ts';
import { checkSeed, type SeedExpectation } from './eval/extract-seed.ts';
import { parseSplitChoice, SPLIT_RULE, SPLITS, type Split, splitOf } from './eval/extract-split.ts';
import type { Target } from './eval/index.ts';
import { findShared } from './eval/locate.ts';
import type { Mismatch, PrfScore } from './eval/tally.ts';

const USAGE = 'usage: npm run eval:extract -- [--details] [--misses dev|heldout|all] [--check]';

/** Precision and recall each must reach, per field. */
const THRESHOLDS = { requests: 0.8, commitments: 0.8, persons: 0.9 } as const;

function target(value: number | null, threshold: number): Target {
  return { value, target: threshold, met: value !== null && value >= threshold };
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

interface Options {
  details: boolean;
  check: boolean;
  misses: Split | 'all' | null;
}

function readOptions(argv: string[]): Options | string {
  const options: Options = { details: false, check: false, misses: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--details') options.details = true;
    else if (arg === '--check') options.check = true;
    else if (arg === '--misses' || arg.startsWith('--misses=')) {
      const value = arg === '--misses' ? argv[++i] : arg.slice('--misses='.length);
      const choice = parseSplitChoice(value);
      if (!choice) return `--misses needs dev, heldout or all (got ${value ?? 'nothing'})`;
      options.misses = choice;
    } else return `unknown argument ${arg}`;
  }
  return options;
}

type SplitFigures = { papers: number } & Record<(typeof EXTRACT_FIELDS)[number], PrfScore>;

function figures(papers: ScoredPaper[]): SplitFigures {
  const score = scoreExtraction(papers);
  return { papers: papers.length, ...score.fields };
}

function pr(score: PrfScore): string {
  const f = (v: number | null) => (v === null ? '  n/a' : v.toFixed(3));
  return `P ${f(score.precision)} R ${f(score.recall)}`;
}

function table(split: Record<Split | 'all', SplitFigures>): string {
  const rows = (['dev', 'heldout', 'all'] as const).map((name) => {
    const s = split[name];
    const cells = EXTRACT_FIELDS.map((field) => pr(s[field])).join('   ');
    return `  ${name.padEnd(8)}${String(s.papers).padStart(4)}   ${cells}`;
  });
  const head = `  ${'split'.padEnd(8)}${'n'.padStart(4)}   ${EXTRACT_FIELDS.map((f) => f.padEnd(15)).join('   ')}`;
  return `eval-extract (${SPLIT_RULE}):\n${head}\n${rows.join('\n')}\n`;
}

function missLines(misses: Array<ExtractMiss & { split: Split }>, choice: Split | 'all'): string {
  const chosen = misses.filter((m) => choice === 'all' || m.split === choice);
  const lines = chosen.map((m) => `${m.side}\t${m.field}\t${m.paper}\t${m.type}\t${m.text}`);
  return `${lines.join('\n')}${lines.length > 0 ? '\n' : ''}${chosen.length} misses (${choice})\n`;
}

async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  if (typeof options === 'string') {
    process.stderr.write(`eval-extract: ${options}\n${USAGE}\n`);
    return 2;
  }
  const shared = findShared();
  if (!shared) {
    process.stderr.write('eval-extract: ../shared (the corpus and the seed) was not found beside the repository\n');
    return 2;
  }
  const started = performance.now();
  const annotations = readAnnotations();
  const parseErrors: Mismatch[] = [];
  const papers: ScoredPaper[] = [];
  const problems: string[] = [];
  for (const annotation of annotations) {
    const { text, path } = paperText(shared, annotation.source_id);
    for (const span of [...annotation.requests, ...annotation.commitments, ...annotation.persons]) {
      const problem = spanProblem(text, span);
      if (problem) problems.push(`${annotation.source_id} ${span.start}-${span.end}: ${problem}`);
    }
    const doc = await tryParse(parseInput, annotation.source_id, Buffer.from(text, 'utf8'), path, parseErrors);
    papers.push({ annotation, text, doc });
  }
  if (problems.length > 0) {
    process.stderr.write(`eval-extract: unusable annotations:\n${problems.join('\n')}\n`);
    return 2;
  }
  const found: ExtractMiss[] = [];
  const score = scoreExtraction(papers, found);
  const misses = found.map((m) => ({ ...m, split: splitOf(m.paper) }));
  const split = {
    rule: SPLIT_RULE,
    ...(Object.fromEntries(
      SPLITS.map((name) => [name, figures(papers.filter((p) => splitOf(p.annotation.source_id) === name))]),
    ) as Record<Split, SplitFigures>),
    all: { papers: score.papers, ...score.fields },
  };
  const expected = JSON.parse(
    readFileSync(join(shared, 'spec', 'kst-32824-93.expected.json'), 'utf8'),
  ) as SeedExpectation;
  const seed = checkSeed(papers.find((p) => p.annotation.source_id === SEED_ID)?.doc ?? null, expected);

  const targets: Record<string, Target> = {};
  for (const field of EXTRACT_FIELDS) {
    targets[`${field}Precision`] = target(score.fields[field].precision, THRESHOLDS[field]);
    targets[`${field}Recall`] = target(score.fields[field].recall, THRESHOLDS[field]);
  }
  targets.seedExact = { value: seed.met ? 1 : 0, target: 1, met: seed.met };
  const met = Object.values(targets).every((t) => t.met);
  const { differences, ...seedSummary } = seed;
  const result = {
    annotations: {
      papers: annotations.length,
      byType: countBy(annotations, (a) => a.type),
      requests: annotations.reduce((n, a) => n + a.requests.length, 0),
      commitments: annotations.reduce((n, a) => n + a.commitments.length, 0),
      persons: annotations.reduce((n, a) => n + a.persons.length, 0),
    },
    papers: score.papers,
    failed: score.failed,
    ...score.fields,
    requestKinds: score.requestKinds,
    byType: score.byType,
    split,
    seed: seedSummary,
    targets,
    met,
    seconds: Math.round((performance.now() - started) / 10) / 100,
    ...(options.details ? { details: { misses, seed: differences, parseErrors } } : {}),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.stderr.write(table(split));
  if (options.misses) process.stderr.write(missLines(misses, options.misses));
  if (options.check && !met) {
    const unmet = Object.entries(targets)
      .filter(([, t]) => !t.met)
      .map(([name, t]) => `${name} ${t.value ?? 'n/a'} < ${t.target}`);
    process.stderr.write(`eval-extract: targets not met: ${unmet.join(', ')}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
