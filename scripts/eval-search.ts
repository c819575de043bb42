/**
 * `npm run eval:search`: recall@20 of Griffie's Dutch search on the variant queries of
 * `../shared/corpus/search-queries.jsonl` (a query in a form that does not occur in the
 * corpus, and the papers that contain the word in any inflection), against a plain FTS5
 * `unicode61` index of the same papers (how OpenTK searches). Prints one JSON object.
 *
 * @module
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { parseInput } from '../src/pipeline/index.ts';
import { openStore } from '../src/store/index.ts';
import { findCorpus } from './eval/index.ts';

interface VariantQuery {
  kind: string;
  query: string;
  target: string;
  relevant: string[];
}

const LIMIT = 20;

async function main(): Promise<void> {
  const corpus = findCorpus();
  if (!corpus) {
    console.error('eval-search: ../shared/corpus not found next to the repository');
    process.exit(2);
  }
  const queries = readFileSync(join(corpus, 'search-queries.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as VariantQuery);
  const ids = readFileSync(join(corpus, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { source_id: string }).source_id);

  const dir = mkdtempSync(join(tmpdir(), 'griffie-eval-search-'));
  const store = await openStore({ db: join(dir, 'griffie.db') });
  const baseline = new Database(join(dir, 'baseline.db'));
  baseline.exec("CREATE VIRTUAL TABLE fts USING fts5(source_id UNINDEXED, text, tokenize = 'unicode61')");
  const insert = baseline.prepare('INSERT INTO fts (source_id, text) VALUES (?, ?)');
  try {
    const docs = [];
    for (const id of ids) {
      const text = (JSON.parse(readFileSync(join(corpus, 'raw', `${id}.json`), 'utf8')) as { text: string }).text;
      docs.push(await parseInput(Buffer.from(text, 'utf8'), { path: `${id}.txt` }));
      insert.run(id, text);
    }
    await store.put(docs);
    const search = baseline.prepare('SELECT source_id FROM fts WHERE fts MATCH ? ORDER BY bm25(fts) LIMIT ?');
    const byKind = new Map<string, { griffie: number[]; baseline: number[] }>();
    const griffieRecalls: number[] = [];
    const baselineRecalls: number[] = [];
    const misses: Array<{ query: string; missing: string[] }> = [];
    for (const q of queries) {
      const response = await store.search({ query: q.query, limit: LIMIT });
      const found = new Set(response.hits.map((hit) => sourceOf(hit.source.path)));
      const words = q.query
        .split(/\s+/)
        .filter((w) => w !== '')
        .map((w) => `"${w.replace(/"/g, '""')}"`)
        .join(' ');
      let baseHits = new Set<string>();
      try {
        baseHits = new Set((search.all(words, LIMIT) as Array<{ source_id: string }>).map((row) => row.source_id));
      } catch {
        // unicode61 cannot search every query; no hits then.
      }
      const g = recall(q.relevant, found);
      const b = recall(q.relevant, baseHits);
      griffieRecalls.push(g);
      baselineRecalls.push(b);
      const entry = byKind.get(q.kind) ?? { griffie: [], baseline: [] };
      entry.griffie.push(g);
      entry.baseline.push(b);
      byKind.set(q.kind, entry);
      if (g < 1) misses.push({ query: q.query, missing: q.relevant.filter((id) => !found.has(id)) });
    }
    const kinds: Record<string, unknown> = {};
    for (const [kind, r] of byKind)
      kinds[kind] = { queries: r.griffie.length, griffie: mean(r.griffie), baseline_fts5: mean(r.baseline) };
    const result = {
      queries: queries.length,
      papers: docs.length,
      recall_at_20: { griffie: mean(griffieRecalls), baseline_fts5: mean(baselineRecalls) },
      target: 0.95,
      met: mean(griffieRecalls) >= 0.95,
      by_kind: kinds,
      ...(process.argv.includes('--details') ? { misses } : {}),
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await store.close();
    baseline.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function sourceOf(path: string | undefined): string {
  return basename(path ?? '').replace(/\.txt$/, '');
}

function recall(relevant: string[], found: Set<string>): number {
  if (relevant.length === 0) return 1;
  return relevant.filter((id) => found.has(id)).length / relevant.length;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1000) / 1000;
}

await main();
