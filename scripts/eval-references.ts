/**
 * Scores `extractReferences` against the corpus truth: micro precision, recall and F1 of the
 * Kamerstuk targets (`references`: `{dossier, number}` → `kst-{dossier}-{number}`) and of the
 * Handelingen/Aanhangsel targets (`handelingen_refs`, only where the truth knows them: `null`
 * means unknown).
 *
 * The paper's own id is left out of both sides: a page title ("Kamerstuk 34785-80") or a
 * running header ("Tweede Kamer, vergaderjaar 2014–2015, 32 824, nr. 93") names the paper
 * itself, which the parser keeps out of the body and the truth does not count.
 *
 * Usage: `tsx scripts/eval-references.ts [--pdf] [--details]`
 *   --pdf      read `pdf/<id>.txt` (pdftotext -raw) instead of `raw/<id>.json`
 *   --details  list misses and false positives per paper
 *
 * @module
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractReferences } from '../src/extract/references.ts';
import type { Block } from '../src/model/index.ts';
import { TRUTH_ERRATA as ADJUDICATED } from './eval/truth-errata.ts';

interface TruthRef {
  dossier: string;
  number: string;
}
interface TruthHandelingen {
  kind: string;
  kamer?: string;
  vergaderjaar: string;
  number: string;
  item?: string | null;
}
interface Truth {
  source_id: string;
  dossiers: { number: string }[] | null;
  number: string | null;
  references: TruthRef[] | null;
  handelingen_refs: TruthHandelingen[] | null;
}

const corpus = fileURLToPath(new URL('../../shared/corpus', import.meta.url));
const usePdf = process.argv.includes('--pdf');
const details = process.argv.includes('--details');

function yearKey(printed: string): string {
  const [a, b] = printed.split(/[/–-]/) as [string, string];
  return `${a}${b.length === 4 ? b : String(Number(a) + 1)}`;
}

function handelingenTarget(h: TruthHandelingen): string {
  const chamber = h.kamer === 'I' ? 'ek' : 'tk';
  const year = yearKey(h.vergaderjaar);
  if (h.kind === 'aanhangsel') return `ah-${chamber}-${year}-${h.number}`;
  return `h-${chamber}-${year}-${h.number}${h.item ? `-${h.item}` : ''}`;
}

function selfIds(truth: Truth): Set<string> {
  const ids = new Set<string>([truth.source_id]);
  const first = truth.dossiers?.[0]?.number;
  if (first && truth.number) ids.add(`kst-${first.replace(/\s/g, '')}-${truth.number}`);
  return ids;
}

function blocksOf(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .map((p) => ({ kind: 'paragraph', text: p }));
}

function readText(sourceId: string): string | null {
  const path = usePdf ? join(corpus, 'pdf', `${sourceId}.txt`) : join(corpus, 'raw', `${sourceId}.json`);
  if (!existsSync(path)) return null;
  const raw = readFileSync(path, 'utf8');
  return usePdf ? raw : (JSON.parse(raw) as { text: string }).text;
}

const score = { asGiven: { tp: 0, fp: 0, fn: 0 }, adjudicated: { tp: 0, fp: 0, fn: 0 } };
let papers = 0;
let elapsed = 0;
let bytes = 0;
for (const line of readFileSync(join(corpus, 'truth.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const truth = JSON.parse(line) as Truth;
  const text = readText(truth.source_id);
  if (text === null || truth.references === null) continue;
  papers++;
  const self = selfIds(truth);
  const blocks = blocksOf(text);
  const t0 = performance.now();
  const found = extractReferences(blocks, []);
  elapsed += performance.now() - t0;
  bytes += Buffer.byteLength(text);
  const scoreHandelingen = truth.handelingen_refs !== null;
  const expected = new Set<string>();
  for (const r of truth.references) expected.add(`kst-${r.dossier}-${r.number}`);
  for (const h of truth.handelingen_refs ?? []) expected.add(handelingenTarget(h));
  const got = new Set<string>();
  for (const r of found) {
    if (self.has(r.target)) continue;
    if (r.kind === 'kamerstuk' || (scoreHandelingen && (r.kind === 'handelingen' || r.kind === 'aanhangsel')))
      got.add(r.target);
  }
  const fixed = ADJUDICATED[truth.source_id];
  const adjudicated = new Set([...expected].filter((t) => !fixed?.remove?.includes(t)).concat(fixed?.add ?? []));
  tally(score.asGiven, expected, got);
  tally(score.adjudicated, adjudicated, got);
  const misses = [...expected].filter((t) => !got.has(t));
  const extra = [...got].filter((t) => !expected.has(t));
  if (details && (misses.length > 0 || extra.length > 0)) {
    console.log(`${truth.source_id}${fixed ? `  [adjudicated: ${fixed.why}]` : ''}`);
    if (misses.length > 0) console.log(`  missed: ${misses.join(' ')}`);
    for (const t of extra) console.log(`  false+: ${t}  «${found.find((r) => r.target === t)?.text}»`);
  }
}

function tally(into: { tp: number; fp: number; fn: number }, expected: Set<string>, got: Set<string>): void {
  for (const t of expected) {
    if (got.has(t)) into.tp++;
    else into.fn++;
  }
  for (const t of got) if (!expected.has(t)) into.fp++;
}

function report(label: string, { tp, fp, fn }: { tp: number; fp: number; fn: number }): void {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  console.log(
    `${usePdf ? 'pdf' : 'raw'} ${label}: ${papers} papers, tp ${tp} fp ${fp} fn ${fn}: ` +
      `precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`,
  );
}

report('truth as given', score.asGiven);
report('adjudicated   ', score.adjudicated);
console.log(`speed: ${(bytes / 1e6 / (elapsed / 1000)).toFixed(1)} MB/s over ${(bytes / 1e6).toFixed(2)} MB`);
