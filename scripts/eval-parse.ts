/**
 * `npm run eval:parse`: score `griffie parse` on `../shared/corpus` and print one JSON
 * object (corpus part, PDF part, targets).
 *
 * Options: `--details` prints every mismatch (paper, field, expected, got) to stderr;
 * `--check` exits 1 when a target is unmet. Exits 2 when the corpus is absent.
 *
 * @module
 */
import { evaluate, findCorpus, type Mismatch, REPO_ROOT } from './eval/index.ts';

const USAGE = 'usage: npm run eval:parse -- [--details] [--check]';

function show(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function printDetails(mismatches: Mismatch[]): void {
  for (const m of mismatches) {
    process.stderr.write(`${m.paper}\t${m.field}\n  expected: ${show(m.expected)}\n  got:      ${show(m.got)}\n`);
  }
  process.stderr.write(`${mismatches.length} mismatches\n`);
}

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--details' && a !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(`eval-parse: unknown argument ${unknown.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  const corpus = findCorpus();
  if (!corpus) {
    process.stderr.write(
      `eval-parse: the shared corpus was not found: expected ../shared/corpus/truth.jsonl beside the repository (${REPO_ROOT})\n`,
    );
    return 2;
  }
  const { evaluation, mismatches } = await evaluate(corpus);
  if (argv.includes('--details')) printDetails(mismatches);
  process.stdout.write(`${JSON.stringify(evaluation, null, 2)}\n`);
  if (argv.includes('--check') && !evaluation.met) {
    const unmet = Object.entries(evaluation.targets)
      .filter(([, t]) => !t.met)
      .map(([name, t]) => `${name} ${t.value ?? 'n/a'} < ${t.target}`);
    process.stderr.write(`eval-parse: targets not met: ${unmet.join(', ')}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
