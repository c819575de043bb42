/**
 * Evaluates the Dutch analyzer on `../shared/corpus`: for each variant query of
 * `search-queries.jsonl`, whether the reference semantics (`matchesPlan`) matches each
 * relevant paper (parsed with the text parser, fields as the stores index them), and how
 * many papers each query matches in all. Prints recall per kind and overall, the
 * misses, and `analyzeText` throughput (cold: every word new; warm: memoised).
 *
 * Usage: tsx scripts/eval-analyzer.ts [--corpus DIR] [--raw]
 * (`--raw`: index each paper's raw text as its body instead of the parsed fields)
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrich } from '../src/extract/index.ts';
import { parseText } from '../src/parse/index.ts';
import {
  analyzeText,
  documentFields,
  type IndexedText,
  matchesPlan,
  parseQuery,
  planQuery,
} from '../src/search/index.ts';

const arg = process.argv.indexOf('--corpus');
const corpus = arg > 0 ? process.argv[arg + 1]! : join(import.meta.dirname, '..', '..', 'shared', 'corpus');
if (!existsSync(join(corpus, 'search-queries.jsonl'))) {
  console.error(`eval-analyzer: no corpus at ${corpus}`);
  process.exit(1);
}

const raw = new Map<string, { text: string; title?: string }>();
for (const f of readdirSync(join(corpus, 'raw'))) {
  if (f.endsWith('.json')) raw.set(f.slice(0, -5), JSON.parse(readFileSync(join(corpus, 'raw', f), 'utf8')));
}

const useRaw = process.argv.includes('--raw');

function fieldsOf(id: string, paper: { text: string; title?: string }): Record<string, IndexedText> {
  if (useRaw) return { title: analyzeText(paper.title ?? ''), body: analyzeText(paper.text) };
  const source = { format: 'text' as const, path: `${id}.json`, sha256: id };
  let fields: { title: string; dossiers: string; body: string };
  try {
    const doc = enrich(parseText(paper.text, source));
    fields = documentFields(doc);
  } catch {
    fields = { title: paper.title ?? '', dossiers: '', body: paper.text };
  }
  return { title: analyzeText(fields.title), dossiers: analyzeText(fields.dossiers), body: analyzeText(fields.body) };
}

const t0 = performance.now();
const docs = [...raw].map(([id, paper]) => ({ id, fields: fieldsOf(id, paper) }));
const indexMs = performance.now() - t0;

interface Query {
  kind: string;
  query: string;
  target: string;
  relevant: string[];
}
const queries: Query[] = readFileSync(join(corpus, 'search-queries.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l));

const byKind = new Map<string, { found: number; total: number }>();
let found = 0;
let total = 0;
let matchedSum = 0;
const misses: string[] = [];
for (const q of queries) {
  const plan = planQuery(parseQuery(q.query));
  const hits = new Set(docs.filter((d) => matchesPlan(plan, d.fields)).map((d) => d.id));
  matchedSum += hits.size;
  const k = byKind.get(q.kind) ?? { found: 0, total: 0 };
  for (const id of q.relevant) {
    k.total++;
    total++;
    if (hits.has(id)) {
      k.found++;
      found++;
    } else misses.push(`${q.kind}: "${q.query}" (${q.target}) misses ${id}`);
  }
  byKind.set(q.kind, k);
}

for (const [kind, k] of byKind)
  console.log(`${kind.padEnd(12)} recall ${(k.found / k.total).toFixed(3)} (${k.found}/${k.total})`);
console.log(`${'all'.padEnd(12)} recall ${(found / total).toFixed(3)} (${found}/${total})`);
console.log(`papers matched per query: ${(matchedSum / queries.length).toFixed(1)} of ${docs.length} on average`);
for (const m of misses) console.log(`  ${m}`);

// throughput of analyzeText on the corpus texts
const texts = [...raw.values()].map((p) => p.text);
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
let t = performance.now();
let n = 0;
for (let r = 0; r < 20; r++) {
  for (const x of texts) {
    analyzeText(x);
    n += Buffer.byteLength(x);
  }
}
const warm = (n / 1e6 / ((performance.now() - t) / 1000)).toFixed(1);
// cold: a fresh vocabulary (every word suffixed, so no memo hits)
const letters = (i: number) => [...String(i)].map((d) => 'bcdfghjklm'[Number(d)]).join('');
const fresh = texts.map((x, i) => x.replace(/\p{L}{3,}/gu, (w) => `${w}${letters(i)}`));
t = performance.now();
for (const x of fresh) analyzeText(x);
const cold = (fresh.reduce((a, x) => a + Buffer.byteLength(x), 0) / 1e6 / ((performance.now() - t) / 1000)).toFixed(1);
console.log(
  `analyzeText: ${warm} MB/s warm, ${cold} MB/s cold (all words new); corpus ${(bytes / 1e6).toFixed(2)} MB indexed in ${indexMs.toFixed(0)} ms incl. parsing and dictionary load`,
);
