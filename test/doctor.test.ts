/**
 * `griffie doctor` through the real executable: a healthy archive passes with exit 0,
 * a missing or damaged archive and a short write token fail with exit 1 and say what
 * to fix, a failure list is a warning, and nothing prints a stack trace. The checks
 * themselves are unit-tested where they are easy to provoke.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type CheckResult, checkNode, checkSqliteFile } from '../src/cli/doctor-checks.ts';
import { assertBuilt, assertNoStack, griffie, tempDir } from './support/cli.ts';
import { writePapers } from './support/papers.ts';

interface Report {
  ok: boolean;
  checks: CheckResult[];
}

function doctor(
  db: string,
  env: Record<string, string> = {},
): { status: number | null; report: Report; stderr: string } {
  const run = griffie(['doctor', '--db', db, '--json'], { env: { GRIFFIE_API_TOKEN: '', ...env } });
  return { status: run.status, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

const statusOf = (report: Report, name: string) => report.checks.find((check) => check.name === name)?.status;

describe('griffie doctor', () => {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'archive.db');
  before(() => {
    assertBuilt();
    const papers = join(dir, 'papers');
    writePapers(papers, 5);
    writeFileSync(join(papers, 'broken.txt'), '');
    const ingest = griffie(['ingest', papers, '--db', db]);
    assert.equal(ingest.status, 1, 'the empty file fails');
  });
  after(cleanup);

  it('should pass a healthy archive, and warn of its failure list with the fix', () => {
    const { status, report, stderr } = doctor(db);
    assert.equal(status, 0, stderr);
    assert.equal(report.ok, true);
    for (const name of ['node', 'sqlite', 'integrity', 'journal', 'disk', 'archive', 'papers', 'sync'])
      assert.equal(statusOf(report, name), 'ok', name);
    const failures = report.checks.find((check) => check.name === 'failures');
    assert.equal(failures?.status, 'warn');
    assert.equal(failures?.detail, '1 input could not be stored');
    assert.match(failures?.fix ?? '', /griffie ingest --retry/);
    assert.match(report.checks.find((check) => check.name === 'papers')?.detail ?? '', /^5 papers in /);
  });

  it('should print a line a check with a verdict, in words', () => {
    const run = griffie(['doctor', '--db', db], { env: { GRIFFIE_API_TOKEN: '' } });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^ok {4}node {2}/m);
    assert.match(run.stdout, /^warn {2}failures/m);
    assert.match(run.stdout, /fix: griffie failures lists them/);
    assert.match(run.stdout, /Griffie works; 1 thing is worth fixing\n$/);
  });

  it('should fail a missing archive and a short token with exit 1 and the fix', () => {
    const missing = doctor(join(dir, 'nothing.db'), { GRIFFIE_API_TOKEN: 'kort' });
    assert.equal(missing.status, 1);
    assert.equal(missing.report.ok, false);
    assert.equal(statusOf(missing.report, 'archive'), 'fail');
    assert.equal(statusOf(missing.report, 'token'), 'fail');
    assert.match(missing.report.checks.find((c) => c.name === 'archive')?.fix ?? '', /griffie ingest PATH --db/);
    assertNoStack(missing.stderr);
  });

  it('should fail a damaged archive file without a stack trace', () => {
    const damaged = join(dir, 'damaged.db');
    writeFileSync(damaged, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x5a)]));
    const { status, report, stderr } = doctor(damaged);
    assert.equal(status, 1);
    assert.equal(statusOf(report, 'integrity'), 'fail');
    assert.equal(statusOf(report, 'archive'), 'fail');
    assertNoStack(stderr);
  });
});

describe('doctor checks', () => {
  it('should fail a Node.js older than 20.10 and pass a newer one', () => {
    assert.equal(checkNode('18.19.0').status, 'fail');
    assert.equal(checkNode('20.9.0').status, 'fail');
    assert.equal(checkNode('20.10.0').status, 'ok');
    assert.equal(checkNode('22.1.0').status, 'ok');
  });

  it('should fail a file that is no SQLite archive', () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'text.db');
      writeFileSync(path, 'dit is geen archief\n'.repeat(100));
      const [integrity] = checkSqliteFile(path);
      assert.equal(integrity?.status, 'fail');
      assert.match(integrity?.detail ?? '', /not a readable SQLite archive|cannot be read/);
    } finally {
      cleanup();
    }
  });
});
