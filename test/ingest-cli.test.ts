/**
 * `griffie ingest`, `failures`, `search`, `show` and `related` through the real
 * executable on a SQLite archive: idempotency, updates, failure isolation and retry,
 * and globs. An ingest killed with SIGKILL is tested in `crash.test.ts`.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertBuilt, assertNoStack, griffie, tempDir } from './support/cli.ts';
import { paperText, writePapers } from './support/papers.ts';

function summaryOf(stdout: string): {
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
} {
  return JSON.parse(stdout.trim().split('\n').at(-1) as string);
}

function total(db: string, query = ''): number {
  const run = griffie(['search', query, '--db', db, '--json', '--limit', '1']);
  assert.equal(run.status, 0, run.stderr);
  return (JSON.parse(run.stdout) as { total: number }).total;
}

describe('griffie ingest', () => {
  const { dir, cleanup } = tempDir();
  const papers = join(dir, 'papers');
  const db = join(dir, 'archive.db');
  before(() => {
    assertBuilt();
    writePapers(papers, 30);
  });
  after(cleanup);

  it('should store every paper once, and nothing again on a second run', () => {
    const first = griffie(['ingest', papers, '--db', db, '--json']);
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual(
      { ...summaryOf(first.stdout), seconds: 0 },
      {
        files: 30,
        added: 30,
        updated: 0,
        unchanged: 0,
        failed: 0,
        records: { added: 0, updated: 0, unchanged: 0 },
        seconds: 0,
      },
    );
    const second = griffie(['ingest', papers, '--db', db, '--json']);
    assert.equal(summaryOf(second.stdout).unchanged, 30);
    assert.equal(summaryOf(second.stdout).added, 0);
    assert.equal(total(db), 30);
  });

  it('should update a changed paper and say so', () => {
    writeFileSync(join(papers, 'paper-0003.txt'), paperText(3, 'Nieuw: de zeespiegelstijging versnelt.'));
    const run = griffie(['ingest', papers, '--db', db, '--json']);
    assert.deepEqual([summaryOf(run.stdout).updated, summaryOf(run.stdout).unchanged], [1, 29]);
    assert.equal(total(db, 'zeespiegelstijging'), 1);
    assert.equal(total(db), 30);
  });

  it('should keep failures with their reason, never stop the rest, and retry them', () => {
    const mixed = join(dir, 'mixed');
    writePapers(mixed, 3);
    writeFileSync(join(mixed, 'leeg.txt'), '');
    writeFileSync(join(mixed, 'kapot.pdf'), Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
    const run = griffie(['ingest', mixed, '--db', db, '--json']);
    assert.equal(run.status, 1);
    assertNoStack(run.stderr);
    assert.match(run.stderr, /leeg\.txt: the input is empty/);
    assert.equal(summaryOf(run.stdout).failed, 2);
    const listed = griffie(['failures', '--db', db, '--json']);
    const failures = listed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { source: string; error: string });
    assert.deepEqual(failures.map((f) => [f.source.split('/').at(-1), f.error]).sort(), [
      ['kapot.pdf', 'the PDF is damaged or truncated and cannot be read'],
      ['leeg.txt', 'the input is empty'],
    ]);
    writeFileSync(join(mixed, 'leeg.txt'), paperText(40));
    const retry = griffie(['ingest', '--retry', '--db', db, '--json']);
    assert.equal(summaryOf(retry.stdout).added, 1);
    assert.equal(summaryOf(retry.stdout).failed, 1);
    const left = griffie(['failures', '--db', db, '--json']);
    assert.equal(left.stdout.trim().split('\n').length, 1);
  });

  it('should store files of Tweede Kamer records, so that the votes on a paper show', () => {
    const fixtures = join(import.meta.dirname, 'fixtures', 'tk');
    const fresh = join(dir, 'votes.db');
    const files = ['odata-motie-page.json', 'odata-zaak.json', 'odata-besluit.json'].map((f) => join(fixtures, f));
    const run = griffie(['ingest', ...files, '--db', fresh]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /^3 files: 1 added, 0 updated, 0 unchanged, 0 failed; 7 Tweede Kamer records: 7 added, 0 updated, 0 unchanged in /,
    );
    const shown = griffie(['show', 'kst-99200-VII-12', '--db', fresh]);
    assert.equal(shown.status, 0, shown.stderr);
    assert.match(shown.stdout, /Aangenomen\. \(met handopsteken: for 90, against 60 seats\)/);
    assert.match(shown.stdout, /^outcome: aangenomen$/m);
  });

  it('should expand a quoted glob', () => {
    const fresh = join(dir, 'glob.db');
    const run = griffie(['ingest', join(papers, 'paper-001*.txt'), '--db', fresh, '--json']);
    assert.equal(summaryOf(run.stdout).added, 10);
  });

  it('should refuse a call without inputs as a usage error', () => {
    const run = griffie(['ingest', '--db', db]);
    assert.equal(run.status, 2);
    assertNoStack(run.stderr);
  });
});

describe('griffie search, show and related', () => {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'archive.db');
  before(() => {
    assertBuilt();
    writePapers(join(dir, 'papers'), 12);
    const run = griffie(['ingest', join(dir, 'papers'), '--db', db, '--json']);
    assert.equal(run.status, 0, run.stderr);
  });
  after(cleanup);

  it('should find papers and print {total, hits, facets}', () => {
    const run = griffie(['search', 'kinderopvang', '--db', db, '--json']);
    assert.equal(run.status, 0, run.stderr);
    const response = JSON.parse(run.stdout) as {
      total: number;
      hits: Array<{ id: string; snippet: string }>;
      facets: { type: unknown[] };
    };
    assert.equal(response.total, 2);
    assert.deepEqual(response.hits.map((h) => h.id).sort(), ['kst-99001-2', 'kst-99000-8'].sort());
    assert.match(response.hits[0]?.snippet ?? '', /<mark>kinderopvang<\/mark>/i);
    assert.ok(Array.isArray(response.facets.type));
  });

  it('should explain a syntax error with its position and exit 2', () => {
    const run = griffie(['search', '(kinderopvang OR', '--db', db]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\^/);
    assertNoStack(run.stderr);
  });

  it('should show a paper, and say when there is none', () => {
    const shown = griffie(['show', 'kst-99001-2', '--db', db, '--json']);
    assert.equal(shown.status, 0, shown.stderr);
    assert.equal((JSON.parse(shown.stdout) as { id: string }).id, 'kst-99001-2');
    const missing = griffie(['show', 'kst-1-1', '--db', db]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no paper kst-1-1/);
  });

  it('should refuse to read an archive that does not exist, or is no archive, in plain words', () => {
    const missing = griffie(['search', 'kinderopvang', '--db', join(dir, 'nowhere', 'x.db')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no archive at .*nowhere/);
    assertNoStack(missing.stderr);
    writeFileSync(join(dir, 'junk.db'), 'dit is geen database\n'.repeat(100));
    const junk = griffie(['search', 'kinderopvang', '--db', join(dir, 'junk.db')]);
    assert.equal(junk.status, 1);
    assert.match(junk.stderr, /cannot be opened/);
    assertNoStack(junk.stderr);
  });

  it('should list related papers with reasons', () => {
    const run = griffie(['related', 'kst-99001-2', '--db', db, '--json']);
    assert.equal(run.status, 0, run.stderr);
    const related = JSON.parse(run.stdout) as Array<{ id: string; reasons: string[] }>;
    assert.ok(related.length > 0);
    assert.ok(related.every((hit) => hit.id !== 'kst-99001-2' && hit.reasons.length > 0));
  });
});
