/**
 * `npm run eval:extract`: score the extraction of requests, commitments and persons on
 * the hand-annotated papers (`scripts/eval/extract-annotations.jsonl`, guidelines in
 * `scripts/eval/EXTRACT-ANNOTATION.md`), each parsed through the real pipeline, and
 * check the seed letter exactly. Prints one JSON object.
 *
 * Options: `--details` adds every false positive and negative (paper, field, text) and
 * the seed's differences to the JSON on stdout; `--check` exits 1 when a target is
 * unmet. Exits 2 when `../shared` is absent or an annotation is unusable.
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
import type { Target } from './eval/index.ts';
import { findShared } from './eval/locate.ts';
import type { Mismatch } from './eval/tally.ts';

const USAGE = 'usage: npm run eval:extract -- [--details] [--check]';

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

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--details' && a !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(`eval-extract: unknown argument ${unknown.join(' ')}\n${USAGE}\n`);
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
  const misses: ExtractMiss[] = [];
  const score = scoreExtraction(papers, misses);
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
    seed: seedSummary,
    targets,
    met,
    seconds: Math.round((performance.now() - started) / 10) / 100,
    ...(argv.includes('--details') ? { details: { misses, seed: differences, parseErrors } } : {}),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (argv.includes('--check') && !met) {
    const unmet = Object.entries(targets)
      .filter(([, t]) => !t.met)
      .map(([name, t]) => `${name} ${t.value ?? 'n/a'} < ${t.target}`);
    process.stderr.write(`eval-extract: targets not met: ${unmet.join(', ')}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
