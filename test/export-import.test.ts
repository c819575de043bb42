/**
 * `griffie export` and `griffie import` through the real executable, on SQLite and
 * PostgreSQL: an archive of realistic papers (the bundled examples and, when present,
 * the shared corpus, ingested as a user ingests them; the store's fixture papers; a
 * hostile paper) exported, imported into an empty archive and exported again gives the
 * same bytes, and the restored archive answers searches and lists exactly as the
 * original. Also: a query's export, CSV quoting, bad and truncated inputs, importing
 * twice, gzip and stdin, a closed pipe, and an atomic `--output`. An import killed
 * with SIGKILL is tested in `crash.test.ts`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import postgres from 'postgres';
import { REPO_ROOT } from '../scripts/eval/index.ts';
import { CSV_COLUMNS } from '../src/cli/csv.ts';
import type { Document } from '../src/model/index.ts';
import { expandInputs, ingest } from '../src/pipeline/index.ts';
import { browsePapers, fixturePapers, keyOf, paper } from '../src/store/fixtures.ts';
import { openStore, type SearchHit, type Store } from '../src/store/index.ts';
import { recordPapers } from '../src/store/record-fixtures.ts';
import { reachable, SHOWN_DATABASE_URL, TEST_DATABASE_URL } from '../src/store/test-server.ts';
import { syncedRecords, votePapers } from '../src/store/vote-fixtures.ts';
import { hostilePaper } from './support/browser.ts';
import { assertBuilt, assertNoStack, griffie, tempDir } from './support/cli.ts';
import { hasShared, SHARED } from './support/shared.ts';

const { dir, cleanup } = tempDir();
/** The Tweede Kamer records the source archive keeps. */
const RECORDS = syncedRecords().length;
const pgUp = await reachable();
const pgSkip =
  pgUp || process.env.GRIFFIE_REQUIRE_ALL === '1' ? undefined : `no PostgreSQL server at ${SHOWN_DATABASE_URL}`;
const schemas: string[] = [];
let n = 0;

after(async () => {
  cleanup();
  if (schemas.length === 0) return;
  const sql = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    for (const schema of schemas) await sql.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await sql.end({ timeout: 5 });
  }
});

/** A new, empty archive's location on an engine: a SQLite file, or a PostgreSQL schema of its own. */
function location(engine: 'sqlite' | 'postgres'): string {
  n += 1;
  if (engine === 'sqlite') return join(dir, `archive-${n}.db`);
  const schema = `griffie_xport_${process.pid}_${n}`;
  schemas.push(schema);
  return `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes('?') ? '&' : '?'}schema=${schema}`;
}

/** Open an archive by its location (as the CLI does). */
function open(db: string): Promise<Store> {
  return openStore(db.startsWith('postgres') ? { url: db } : { db });
}

/** Titles a spreadsheet or a CSV reader could trip over, each with what the CSV cell must hold. */
const HOSTILE_TITLES: Array<[title: string, cell: string]> = [
  ['Brief, met komma’s en "aanhalingstekens"', 'Brief, met komma’s en "aanhalingstekens"'],
  ['Eerste regel\nTweede regel\r\nDerde regel', 'Eerste regel\nTweede regel\r\nDerde regel'],
  ['=HYPERLINK("http://example.invalid","klik")', `'=HYPERLINK("http://example.invalid","klik")`],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ['+31 70 000 0000', "'+31 70 000 0000"],
  ['-2 graden in ’s-Gravenhage', "'-2 graden in ’s-Gravenhage"],
  ['  spaties, “typografisch” en gecreëerd  ', '  spaties, “typografisch” en gecreëerd  '],
];

function hostileCsvPapers(): Document[] {
  return HOSTILE_TITLES.map(([title], i) =>
    paper({
      id: `kst-99180-${i + 1}`,
      kind: 'kamerstuk',
      type: 'brief',
      number: String(i + 1),
      dossiers: [{ number: '99180', title: 'Lastige titels' }],
      date: `2024-02-0${i + 1}`,
      title,
      body: [`Een brief met een lastige titel, nummer ${i + 1}.`],
    }),
  );
}

/**
 * Parse RFC 4180 CSV: records of fields, quoted fields with doubled quotes and line
 * breaks inside. Throws on anything else (a stray quote, a record not ended by CRLF).
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          assert.ok(q >= 0, 'an unclosed quote');
          field += text.slice(i, q);
          i = q + 1;
          if (text[i] === '"') {
            field += '"';
            i++;
          } else break;
        }
      } else {
        const end = text.slice(i).search(/[,\r\n"]/);
        field = end < 0 ? text.slice(i) : text.slice(i, i + end);
        i += field.length;
        assert.notEqual(text[i], '"', 'a quote inside an unquoted field');
      }
      record.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      assert.equal(text.slice(i, i + 2), '\r\n', `record ${records.length + 1} must end with CRLF`);
      i += 2;
      break;
    }
    records.push(record);
  }
  return records;
}

interface Summary {
  lines: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  records: { added: number; updated: number; unchanged: number };
  seconds: number;
}

function summaryOf(stdout: string): Summary {
  return JSON.parse(stdout.trim().split('\n').at(-1) as string) as Summary;
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

/** The lines of an export that hold papers (not its Tweede Kamer records). */
function paperLines(text: string): string[] {
  return lines(text).filter((l) => !l.startsWith('{"tkRecord":'));
}

/** Export an archive (to stdout), asserting success. */
function exportOf(db: string, ...args: string[]): string {
  const run = griffie(['export', '--db', db, ...args]);
  assert.equal(run.status, 0, run.stderr);
  assertNoStack(run.stderr);
  return run.stdout;
}

/** Import a file into an archive, asserting the exit status; returns the summary. */
function importInto(db: string, file: string, status = 0, ...args: string[]) {
  const run = griffie(['import', file, '--db', db, '--json', ...args]);
  assert.equal(run.status, status, run.stderr);
  assertNoStack(run.stderr);
  return { summary: summaryOf(run.stdout), stderr: run.stderr };
}

/**
 * Hits with each run of ties (the same score and date) in id order: the engines break
 * ties by their own row ids, which PostgreSQL assigns in key order within a batch and
 * SQLite in the batch's order.
 */
function tiesById(hits: SearchHit[]): SearchHit[] {
  const out: SearchHit[] = [];
  for (let i = 0; i < hits.length; ) {
    let j = i + 1;
    const h = hits[i] as SearchHit;
    while (j < hits.length && hits[j]?.score === h.score && hits[j]?.date === h.date) j++;
    out.push(...hits.slice(i, j).sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0)));
    i = j;
  }
  return out;
}

/**
 * What two archives must answer alike: searches (hits in order, snippets, facets) and
 * the linked record. Scores may differ by under 1%: an archive that replaced a paper
 * counts the old version in its terms' document frequencies until a merge drops it (the
 * index's rule), a restored archive holds no old versions.
 */
async function assertSameAnswers(a: Store, b: Store): Promise<void> {
  for (const query of ['', 'radicalisering', 'imam opleiding', 'type:motie', 'dossier:99302', 'year:2015 -marokko']) {
    for (const sort of ['relevance', 'date'] as const) {
      const [x, y] = [await a.search({ query, limit: 50, sort }), await b.search({ query, limit: 50, sort })];
      const unscored = (r: typeof x) => ({ ...r, hits: tiesById(r.hits).map((h) => ({ ...h, score: 0 })) });
      assert.deepEqual(unscored(y), unscored(x), `${query} (${sort})`);
      const scores = new Map(y.hits.map((h) => [h.id, h.score]));
      x.hits.forEach((h) => {
        const other = scores.get(h.id) ?? Number.NaN;
        assert.ok(Math.abs(other - h.score) <= 0.01 * Math.abs(h.score), `${query}: score ${other} for ${h.score}`);
      });
    }
  }
  const today = '2026-01-01';
  assert.deepEqual(await b.commitments({ today }, { limit: 100 }), await a.commitments({ today }, { limit: 100 }));
  assert.deepEqual(await b.requests({}, { limit: 100 }), await a.requests({}, { limit: 100 }));
  assert.deepEqual(await b.entities('person', { limit: 100 }), await a.entities('person', { limit: 100 }));
  assert.deepEqual(await b.citedBy('kst-99001-1'), await a.citedBy('kst-99001-1'));
  assert.deepEqual(await b.activeDossiers(20, 100_000), await a.activeDossiers(20, 100_000));
}

describe('griffie export and import', () => {
  const source = join(dir, 'source.db');
  let first = '';
  let count = 0;

  before(async () => {
    assertBuilt();
    const store = await openStore({ db: source });
    try {
      const inputs = [join(REPO_ROOT, 'examples')];
      // Real papers as pdftotext gives them, when the shared corpus is here.
      if (hasShared()) inputs.push(join(SHARED, 'corpus', 'pdf', '*.txt'));
      const ingested = await ingest(expandInputs(inputs), store, { batchSize: 50 });
      assert.ok(ingested.added > 30, JSON.stringify(ingested));
      const seen = new Set<string>();
      const more = [...fixturePapers(), ...recordPapers(), ...browsePapers(), hostilePaper(), ...hostileCsvPapers()];
      await store.put(more.filter((d) => !seen.has(keyOf(d)) && seen.add(keyOf(d))));
      // The decisions and votes a sync of the Tweede Kamer keeps, on papers of the archive.
      await store.put(votePapers().filter((d) => !seen.has(keyOf(d)) && seen.add(keyOf(d))));
      await store.votes.putRecords(syncedRecords());
      count = (await store.stats()).documents;
    } finally {
      await store.close();
    }
    const run = griffie(['export', '--db', source, '--output', join(dir, 'first.jsonl')]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stderr,
      new RegExp(`exported ${count} papers and ${RECORDS} Tweede Kamer records to .*first\\.jsonl`),
    );
    first = readFileSync(join(dir, 'first.jsonl'), 'utf8');
  });

  it('should write each paper whole, as griffie show --json gives it, one a line', () => {
    const docs = paperLines(first).map((l) => JSON.parse(l) as Document);
    assert.equal(docs.length, count);
    assert.equal(new Set(docs.map(keyOf)).size, count, 'each paper once');
    for (const id of ['kst-32824-93', 'kst-99302-1', 'kst-99190-1']) {
      const shown = griffie(['show', id, '--db', source, '--json']);
      assert.equal(shown.status, 0, shown.stderr);
      assert.deepEqual(
        docs.find((d) => d.id === id),
        JSON.parse(shown.stdout),
      );
    }
    const seed = docs.find((d) => d.id === 'kst-32824-93') as Document;
    assert.ok(seed.references.length > 0 && seed.entities.persons.length > 0 && (seed.topics ?? []).length > 0);
    assert.ok(docs.some((d) => d.commitments.length > 0) && docs.some((d) => d.requests.length > 0));
  });

  for (const engine of ['sqlite', 'postgres'] as const) {
    it(`should import into an empty archive on ${engine} and export the same bytes`, {
      skip: engine === 'postgres' && pgSkip,
    }, async () => {
      const target = location(engine);
      const { summary } = importInto(target, join(dir, 'first.jsonl'));
      assert.deepEqual(
        { ...summary, seconds: 0 },
        {
          lines: count + RECORDS,
          added: count,
          updated: 0,
          unchanged: 0,
          failed: 0,
          records: { added: RECORDS, updated: 0, unchanged: 0 },
          seconds: 0,
        },
      );
      assert.equal(exportOf(target), first, 'export → import → export is byte-identical');
      const [a, b] = [await open(source), await open(target)];
      try {
        await assertSameAnswers(a, b);
        assert.deepEqual(await b.votes.counts(), await a.votes.counts());
        for (const id of ['kst-99010-7', 'kst-99010-11'])
          assert.deepEqual(await b.votes.ofPaper(id), await a.votes.ofPaper(id), `the votes on ${id}`);
      } finally {
        await a.close();
        await b.close();
      }
      // Importing the same file again adds nothing and changes nothing.
      const again = importInto(target, join(dir, 'first.jsonl')).summary;
      assert.deepEqual([again.added, again.updated, again.unchanged, again.failed], [0, 0, count, 0]);
      assert.deepEqual(again.records, { added: 0, updated: 0, unchanged: RECORDS });
      assert.equal(exportOf(target), first);
    });
  }

  it('should carry an archive from SQLite to PostgreSQL and back without a byte changed', { skip: pgSkip }, () => {
    const pg = location('postgres');
    const back = location('sqlite');
    const piped = spawnSync(
      'bash',
      ['-c', 'node bin/griffie.js export --db "$1" | node bin/griffie.js import - --db "$2" --json', '-', source, pg],
      { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, GRIFFIE_DEBUG: '' } },
    );
    assert.equal(piped.status, 0, piped.stderr);
    assert.equal(summaryOf(piped.stdout).added, count);
    const fromPg = exportOf(pg);
    assert.equal(fromPg, first);
    writeFileSync(join(dir, 'from-pg.jsonl'), fromPg);
    importInto(back, join(dir, 'from-pg.jsonl'));
    assert.equal(exportOf(back), first);
  });

  it('should export only the papers a query matches, in the order of the whole export', async () => {
    for (const query of ['radicalisering', 'dossier:99302', 'type:brief year:2021']) {
      const store = await open(source);
      const found = await store.search({ query, limit: 100 }).finally(() => store.close());
      assert.ok(found.total > 0);
      const out = lines(exportOf(source, query));
      assert.equal(out.length, found.total, query);
      const ids = out.map((l) => {
        const doc = JSON.parse(l) as Document;
        return doc.id ?? keyOf(doc);
      });
      assert.deepEqual([...ids].sort(), found.hits.map((h) => h.id).sort(), query);
      assert.deepEqual(
        out,
        lines(first).filter((l) => out.includes(l)),
        `${query}: whole lines of the full export, in its order`,
      );
    }
    const split = griffie(['export', 'type:motie', 'dossier:99001', '--db', source]);
    assert.equal(split.status, 0, split.stderr);
    assert.equal(
      lines(split.stdout).length,
      lines(exportOf(source, 'type:motie dossier:99001')).length,
      `the query given as two words exports what it does as one (stderr: ${split.stderr})`,
    );
  });

  it('should explain a query with a mistake and exit 2', () => {
    const run = griffie(['export', '(radicalisering OR', '--db', source]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\^/);
    assert.equal(run.stdout, '');
    assertNoStack(run.stderr);
  });

  it('should write CSV a spreadsheet reads: a header, a row a paper, hostile titles quoted and defused', () => {
    const run = griffie(['export', '--db', source, '--format', 'csv']);
    assert.equal(run.status, 0, run.stderr);
    const records = parseCsv(run.stdout);
    assert.deepEqual(records[0], [...CSV_COLUMNS]);
    assert.equal(records.length, count + 1);
    for (const r of records) assert.equal(r.length, CSV_COLUMNS.length);
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const byId = new Map(records.slice(1).map((r) => [r[column('id')], r]));
    HOSTILE_TITLES.forEach(([, cell], i) => {
      assert.equal(byId.get(`kst-99180-${i + 1}`)?.[column('title')], cell);
    });
    const seed = byId.get('kst-32824-93') as string[];
    assert.equal(seed[column('dossiers')], '32824; 27925');
    assert.equal(seed[column('citation')], 'Kamerstukken II 2014/15, 32 824, nr. 93');
    assert.equal(seed[column('url')], 'https://zoek.officielebekendmakingen.nl/kst-32824-93.html');
    assert.equal(seed[column('sender_name')], 'L.F. Asscher');
    assert.equal(byId.get('kst-99201-IV-C')?.[column('withdrawn')], 'true');
    const persbericht = fixturePapers().find((d) => d.id === null) as Document;
    assert.ok(byId.has(keyOf(persbericht)), 'a paper without id by its key');
    // A query's CSV: the header and its matches.
    const query = parseCsv(griffie(['export', 'dossier:99180', '--db', source, '--format', 'csv']).stdout);
    assert.equal(query.length, HOSTILE_TITLES.length + 1);
  });

  it('should refuse to import a CSV export, a binary file or an archive, storing nothing', async () => {
    const target = location('sqlite');
    importInto(target, join(dir, 'first.jsonl'));
    const csv = join(dir, 'papers.csv');
    writeFileSync(csv, griffie(['export', '--db', source, '--format', 'csv']).stdout);
    const binary = join(dir, 'random.bin');
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    for (const [file, reason] of [
      [csv, /CSV export.*cannot be imported.*--format jsonl/],
      [binary, /not a JSON Lines export/],
      [source, /is an archive, not an export/],
      [join(dir, 'nowhere.jsonl'), /no such file/],
    ] as const) {
      const run = griffie(['import', file, '--db', target]);
      assert.equal(run.status, 1, file);
      assert.match(run.stderr, reason);
      assertNoStack(run.stderr);
    }
    assert.equal(exportOf(target), first, 'nothing stored, nothing lost');
  });

  it('should report bad and cut-off lines by number, store the rest and lose nothing', () => {
    const target = location('sqlite');
    importInto(target, join(dir, 'first.jsonl'));
    const all = paperLines(first);
    const fresh = paper({ id: 'kst-99170-1', type: 'brief', title: 'Nieuw bij de import', body: ['Nieuw.'] });
    const broken = { ...fresh, id: 'kst-99170-2', blocks: [{ kind: 'paragraph', text: 42 }] };
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      [
        all[0],
        'dit is geen json',
        JSON.stringify({ title: 'Alleen een titel' }),
        JSON.stringify(broken),
        '',
        JSON.stringify(fresh),
        JSON.stringify({ tkRecord: { kind: 'motie', id: 'x', verwijderd: false, bijgewerkt: null, record: {} } }),
        (all[1] as string).slice(0, 200),
      ].join('\n'),
    );
    const { summary, stderr } = importInto(target, bad, 1);
    assert.deepEqual(
      { ...summary, seconds: 0 },
      {
        lines: 7,
        added: 1,
        updated: 0,
        unchanged: 1,
        failed: 5,
        records: { added: 0, updated: 0, unchanged: 0 },
        seconds: 0,
      },
    );
    assert.match(stderr, /bad\.jsonl:2: not JSON/);
    assert.match(stderr, /bad\.jsonl:3: not a Griffie document: id: /);
    assert.match(stderr, /bad\.jsonl:4: not a Griffie document: blocks\.0\.text: .*expected string/);
    assert.match(stderr, /bad\.jsonl:7: not a Tweede Kamer record: "kind" must be one of zaak, /);
    assert.match(stderr, /bad\.jsonl:8: not JSON: the line is cut off \(is the input truncated\?\)/);
    assert.doesNotMatch(stderr, /bad\.jsonl:(1|5|6):/);
    const after = paperLines(exportOf(target));
    assert.deepEqual(after.slice(0, -1), all, 'every paper stored before is still there, unchanged');
    assert.equal((JSON.parse(after.at(-1) as string) as Document).id, 'kst-99170-1');
  });

  it('should read gzip and standard input', () => {
    const gz = join(dir, 'first.jsonl.gz');
    const run = griffie(['export', '--db', source, '--output', gz]);
    assert.equal(run.status, 0, run.stderr);
    const bytes = readFileSync(gz);
    assert.deepEqual([bytes[0], bytes[1]], [0x1f, 0x8b]);
    const fromFile = location('sqlite');
    importInto(fromFile, gz);
    assert.equal(exportOf(fromFile), first);
    const fromStdin = location('sqlite');
    const piped = griffie(['import', '-', '--db', fromStdin, '--json'], { input: bytes });
    assert.equal(piped.status, 0, piped.stderr);
    assert.equal(summaryOf(piped.stdout).added, count);
    assert.equal(exportOf(fromStdin), first);
  });

  it('should end quietly when the reader closes the pipe', () => {
    const run = spawnSync(
      'bash',
      ['-c', 'node bin/griffie.js export --db "$1" | head -n 2 >/dev/null; echo "$PIPESTATUS"', '-', source],
      { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, GRIFFIE_DEBUG: '' } },
    );
    assert.equal(run.stdout.trim(), '0');
    assert.equal(run.stderr, '');
  });

  it('should put --output in place only when complete, leaving the old file otherwise', () => {
    const out = join(dir, 'keep', 'archief.jsonl');
    const folder = join(dir, 'keep');
    spawnSync('mkdir', ['-p', folder]);
    writeFileSync(out, 'de vorige export\n');
    const failed = griffie(['export', '"niet gesloten', '--db', source, '--output', out]);
    assert.equal(failed.status, 2);
    assert.equal(readFileSync(out, 'utf8'), 'de vorige export\n');
    const nowhere = griffie(['export', '--db', source, '--output', join(dir, 'geen-map', 'x.jsonl')]);
    assert.equal(nowhere.status, 2);
    assert.match(nowhere.stderr, /no folder/);
    const done = griffie(['export', '--db', source, '--output', out]);
    assert.equal(done.status, 0, done.stderr);
    assert.equal(readFileSync(out, 'utf8'), first);
    assert.deepEqual(readdirSync(folder), ['archief.jsonl'], 'no temporary file left');
    const itself = griffie(['export', '--db', source, '--output', source]);
    assert.equal(itself.status, 2);
  });
});
