/**
 * The archive and the request mix of `npm run bench:serve`: the real papers of the shared
 * corpus (parsed as `griffie ingest` parses them) together with the synthetic papers of
 * `npm run bench` (`scripts/bench/synthetic.ts`) that scale it up, ingested as `npm run
 * bench` ingests; then the queries users would type, taken from the vocabulary of both
 * (real words and phrases, filters, the corpus's Dutch variant queries) and the ids of
 * papers the archive holds.
 *
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Document } from '../src/model/index.ts';
import { type Batch, PipelinedWriter, parseInput } from '../src/pipeline/index.ts';
import { documentKey, openStore, type Store } from '../src/store/index.ts';
import { syntheticDocuments } from './bench/synthetic.ts';

/** The real papers of the corpus, parsed (in file-name order, so every run is alike). */
export async function corpusDocuments(corpus: string): Promise<Document[]> {
  const dir = join(corpus, 'raw');
  const docs: Document[] = [];
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  for (const file of files.sort()) {
    const { text } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { text: string };
    docs.push(await parseInput(Buffer.from(text, 'utf8'), { path: `${basename(file, '.json')}.txt` }));
  }
  return docs;
}

/** Bytes of a SQLite archive on disk, its WAL included. */
export function archiveBytes(path: string): number {
  let bytes = 0;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      bytes += statSync(path + suffix).size;
    } catch {}
  }
  return bytes;
}

/**
 * Fill a new SQLite archive at `path` with `papers` papers: the synthetic ones (the
 * analysis in worker threads, as `griffie ingest` does) and then the real ones.
 */
export async function buildArchive(
  path: string,
  real: Document[],
  papers: number,
  log: (message: string) => void,
): Promise<{ seconds: number }> {
  const store = await openStore({ db: path });
  const started = performance.now();
  try {
    const writer = new PipelinedWriter(async ({ documents }, draft) => {
      await store.put(documents, draft);
    });
    const batch = (documents: Document[]): Batch => ({ documents, sources: [] });
    try {
      let docs: Document[] = [];
      let done = 0;
      for (const doc of syntheticDocuments(Math.max(0, papers - real.length))) {
        docs.push(doc);
        if (docs.length < 1000) continue;
        await writer.add(batch(docs));
        done += docs.length;
        docs = [];
        if (done % 10_000 === 0) log(`${done} papers, ${Math.round(done / ((performance.now() - started) / 1000))}/s`);
      }
      await writer.finish(batch(docs));
    } finally {
      await writer.close();
    }
    await store.put(real);
  } finally {
    await store.close();
  }
  return { seconds: Math.round((performance.now() - started) / 100) / 10 };
}

/** Words of the texts by the number of papers they occur in (most first), and their most common adjacent pairs. */
function vocabulary(docs: Iterable<Document>): { words: string[]; pairs: string[] } {
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const text of [doc.title ?? '', ...doc.blocks.map((b) => b.text)]) {
      const tokens = text.toLowerCase().split(/[^a-zà-ÿ]+/);
      for (let i = 0; i < tokens.length; i++) {
        const [w, next] = [tokens[i] as string, tokens[i + 1] ?? ''];
        if (w.length > 4 && !seen.has(w)) {
          seen.add(w);
          words.set(w, (words.get(w) ?? 0) + 1);
        }
        if (w.length > 3 && next.length > 3) pairs.set(`${w} ${next}`, (pairs.get(`${w} ${next}`) ?? 0) + 1);
      }
    }
  }
  const ranked = (counts: Map<string, number>) =>
    [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  return { words: ranked(words), pairs: ranked(pairs) };
}

/** The variant queries of the corpus (`search-queries.jsonl`), the first `perKind` of each kind. */
function variantQueries(corpus: string, perKind: number): string[] {
  const taken = new Map<string, number>();
  const out: string[] = [];
  for (const line of readFileSync(join(corpus, 'search-queries.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { kind, query } = JSON.parse(line) as { kind: string; query: string };
    if ((taken.get(kind) ?? 0) >= perKind) continue;
    taken.set(kind, (taken.get(kind) ?? 0) + 1);
    out.push(query);
  }
  return out;
}

/**
 * The search mix: words of the real papers from common to rare, their most common
 * phrases, AND, OR, NOT, a prefix and field filters (type, year, dossier), the corpus's
 * Dutch variant queries (inflections, compounds, diacritics, hyphens), and words of the
 * synthetic bulk from the very common (in nearly every paper) to the rare.
 */
export function queryMix(real: Document[], corpus: string): string[] {
  const r = vocabulary(real);
  const s = vocabulary(syntheticDocuments(2000));
  const at = (list: string[], rank: number) => list[Math.min(rank, list.length - 1)] as string;
  const [w, p, sw] = [(k: number) => at(r.words, k), (k: number) => at(r.pairs, k), (k: number) => at(s.words, k)];
  const dossier = real.flatMap((doc) => doc.dossiers.map((d) => d.number)).find((n) => /^\d{5}$/.test(n));
  const year = real.map((doc) => doc.date?.slice(0, 4)).find((y) => y !== undefined) ?? '2015';
  return [
    w(0),
    w(3),
    w(12),
    w(40),
    w(150),
    w(600),
    `"${p(0)}"`,
    `"${p(4)}"`,
    `${w(5)} ${w(60)}`,
    `${w(20)} OR ${w(250)}`,
    `${w(30).slice(0, 5)}*`,
    `${w(80)} -${w(2)}`,
    `type:motie ${w(8)}`,
    `type:brief year:${year}`,
    ...(dossier ? [`dossier:${dossier}`] : []),
    ...variantQueries(corpus, 2),
    sw(0),
    sw(30),
    sw(1000),
    `"${sw(1)} ${sw(2)}"`,
    `${sw(10)} ${sw(50)}`,
  ];
}

/**
 * Ids of papers the archive holds, for `/stuk/{id}`: every real paper and `synthetic`
 * synthetic ones spread over the archive, each checked with `store.get`.
 */
export async function paperIds(store: Store, real: Document[], papers: number, synthetic: number): Promise<string[]> {
  const candidates = real.map(documentKey);
  const step = Math.max(1, Math.floor(Math.max(0, papers - real.length) / synthetic));
  let i = 0;
  for (const doc of syntheticDocuments(Math.max(0, papers - real.length))) {
    if (i++ % step === 0) candidates.push(documentKey(doc));
  }
  const held: string[] = [];
  for (const id of new Set(candidates)) if (await store.get(id)) held.push(id);
  return held;
}
