/**
 * `griffie parse` through the real executable (`node bin/griffie.js`, compiled `dist/`):
 * exit codes, output shapes, and plain-word errors on every kind of bad input.
 * The spec is `src/cli/parse.ts`. Run `npm run build` first (npm test does).
 *
 * @module
 */
import assert from 'node:assert/strict';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertBuilt, assertNoStack, griffie, tempDir } from './support/cli.ts';
import { encodeCp1252 } from './support/encodings.ts';
import { fixturePath, fixtureText } from './support/fixtures.ts';
import { validateDocument } from './support/validate-document.ts';

const BRIEF = fixturePath('brief-cp1252.txt');
const NEWS = fixturePath('nieuwsbericht.txt');

let tmp: { dir: string; cleanup: () => void };
before(() => {
  assertBuilt();
  tmp = tempDir();
});
after(() => tmp.cleanup());

function parseJson(stdout: string): Record<string, unknown> {
  const doc = JSON.parse(stdout) as Record<string, unknown>;
  assert.deepEqual(validateDocument(doc), []);
  return doc;
}

/** The `source.path` of a printed document. */
function pathOf(doc: Record<string, unknown> | undefined): unknown {
  return (doc?.source as { path?: string } | undefined)?.path;
}

/** Assert a failed parse: exit 1, an error line on stdout, plain words on stderr. */
function assertFailed(args: string[], message: RegExp): void {
  const r = griffie(args);
  assert.equal(r.status, 1, r.stderr);
  assertNoStack(r.stderr);
  assert.match(r.stderr, /^griffie: /);
  assert.match(r.stderr, message);
  const line = JSON.parse(r.stdout) as { source: string; error: string };
  assert.deepEqual(Object.keys(line).sort(), ['error', 'source']);
  assert.match(line.error, message);
}

describe('griffie', () => {
  it('should list the parse command in --help and exit 0', () => {
    const r = griffie(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^\s+parse\b/m);
  });

  it('should print its version with --version', () => {
    const r = griffie(['--version']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^\d+\.\d+\.\d+/);
  });

  it('should exit 2 on an unknown command, in plain words', () => {
    const r = griffie(['parsen', BRIEF]);
    assert.equal(r.status, 2);
    assertNoStack(r.stderr);
    assert.match(r.stderr, /unknown command/i);
  });
});

describe('griffie parse', () => {
  it('should document its options and exit codes in --help', () => {
    const r = griffie(['parse', '--help']);
    assert.equal(r.status, 0);
    for (const option of ['--json', '--jsonl', '--pretty', '--max-size']) assert.ok(r.stdout.includes(option), option);
    assert.match(r.stdout, /Exit status/);
  });

  it('should print one valid document for one file and exit 0', () => {
    const r = griffie(['parse', BRIEF]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trimEnd().split('\n').length, 1, 'one line of JSON');
    const doc = parseJson(r.stdout);
    assert.equal((doc.source as { path: string }).path, BRIEF);
  });

  it('should indent the JSON with --pretty', () => {
    const r = griffie(['parse', '--pretty', BRIEF]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\{\n {2}"id"/);
    parseJson(r.stdout);
  });

  it('should exit 2 on an unknown option', () => {
    const r = griffie(['parse', '--frobnicate', BRIEF]);
    assert.equal(r.status, 2);
    assertNoStack(r.stderr);
    assert.match(r.stderr, /unknown option/i);
    assert.equal(r.stdout, '');
  });

  it('should exit 2 when --json is given two files', () => {
    const r = griffie(['parse', '--json', BRIEF, NEWS]);
    assert.equal(r.status, 2);
    assertNoStack(r.stderr);
    assert.match(r.stderr, /--jsonl/);
    assert.equal(r.stdout, '');
  });

  it('should exit 2 on other usage errors', () => {
    for (const args of [
      ['parse'],
      ['parse', '--json', '--jsonl', BRIEF],
      ['parse', '--max-size', 'veel', BRIEF],
      ['parse', '--max-size', '0', BRIEF],
      ['parse', '-', '-'],
    ]) {
      const r = griffie(args, { input: '' });
      assert.equal(r.status, 2, args.join(' '));
      assertNoStack(r.stderr);
    }
  });

  it('should print JSON lines in input order, with {source, error} for failures, and exit 1', () => {
    const empty = join(tmp.dir, 'leeg.txt');
    writeFileSync(empty, '');
    const missing = join(tmp.dir, 'bestaat-niet.txt');
    const r = griffie(['parse', '--jsonl', BRIEF, missing, NEWS, empty]);
    assert.equal(r.status, 1);
    assertNoStack(r.stderr);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 4);
    assert.deepEqual(validateDocument(lines[0]), []);
    assert.equal(pathOf(lines[0]), BRIEF);
    assert.deepEqual(Object.keys(lines[1] ?? {}).sort(), ['error', 'source']);
    assert.equal(lines[1]?.source, missing);
    assert.equal(pathOf(lines[2]), NEWS);
    assert.equal(lines[3]?.source, empty);
    assert.match(r.stderr, /bestaat-niet\.txt: .*no such file/);
    assert.match(r.stderr, /leeg\.txt: .*empty/);
  });

  it('should refuse --pretty for several inputs, which print JSON lines (exit 2)', () => {
    const r = griffie(['parse', '--pretty', BRIEF, NEWS]);
    assert.equal(r.status, 2, `--pretty broke the JSON lines:\n${r.stdout.slice(0, 200)}`);
    assertNoStack(r.stderr);
  });

  it('should default to JSON lines for several inputs', () => {
    const r = griffie(['parse', BRIEF, NEWS]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    for (const line of lines) parseJson(line);
  });

  it('should refuse an empty file with exit 1', () => {
    const empty = join(tmp.dir, 'empty.txt');
    writeFileSync(empty, '');
    assertFailed(['parse', empty], /empty/);
  });

  it('should refuse binary files (random bytes, PDF, PNG) with exit 1', () => {
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['random.bin', Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256), /binary/],
      ['paper.pdf', Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\n'), /PDF/],
      ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), /PNG/],
    ];
    for (const [name, bytes, message] of cases) {
      const path = join(tmp.dir, name);
      writeFileSync(path, bytes);
      assertFailed(['parse', path], message);
    }
  });

  it('should refuse a nonexistent file and a directory with exit 1', () => {
    assertFailed(['parse', join(tmp.dir, 'nergens.txt')], /no such file/);
    const folder = join(tmp.dir, 'map');
    mkdirSync(folder);
    assertFailed(['parse', folder], /directory/);
  });

  it('should read standard input for -', () => {
    const r = griffie(['parse', '-'], { input: fixtureText('brief-cp1252.txt') });
    assert.equal(r.status, 0, r.stderr);
    const doc = parseJson(r.stdout);
    assert.equal((doc.source as { path?: string }).path, undefined);
    const empty = griffie(['parse', '-'], { input: '' });
    assert.equal(empty.status, 1);
    assert.match(empty.stderr, /<stdin>: .*empty/);
  });

  it('should decode a Windows-1252 file and say so in the warnings', () => {
    const path = join(tmp.dir, 'brief-1252.txt');
    writeFileSync(path, encodeCp1252(fixtureText('brief-cp1252.txt')));
    const r = griffie(['parse', path]);
    assert.equal(r.status, 0, r.stderr);
    const doc = parseJson(r.stdout) as { warnings: string[]; blocks: Array<{ text: string }> };
    assert.ok(
      doc.warnings.some((w) => /windows-1252/i.test(w)),
      JSON.stringify(doc.warnings),
    );
    assert.ok(doc.blocks.some((b) => b.text.includes('gecreëerd')));
  });

  it('should parse a news article with exit 0, no dossiers and a warning', () => {
    const r = griffie(['parse', NEWS]);
    assert.equal(r.status, 0, r.stderr);
    const doc = parseJson(r.stdout) as { dossiers: unknown[]; warnings: string[] };
    assert.deepEqual(doc.dossiers, []);
    assert.ok(
      doc.warnings.some((w) => /header/i.test(w)),
      JSON.stringify(doc.warnings),
    );
  });

  it('should refuse a 50 MB file quickly with a clear message, and parse it with --max-size 60', () => {
    const big = join(tmp.dir, 'groot.txt');
    writeBigPaper(big, 50 * 1024 * 1024);
    const refused = griffie(['parse', big]);
    assert.equal(refused.status, 1);
    assertNoStack(refused.stderr);
    assert.match(refused.stderr, /groot\.txt: .*limit/);
    assert.ok(refused.ms < 5000, `refusing took ${Math.round(refused.ms)} ms`);

    const out = join(tmp.dir, 'groot.json');
    const fd = openSync(out, 'w');
    try {
      const parsed = griffie(['parse', '--max-size', '60', big], { stdio: ['ignore', fd, 'pipe'] });
      assert.equal(parsed.status, 0, parsed.stderr);
      assertNoStack(parsed.stderr);
    } finally {
      closeSync(fd);
    }
    const doc = parseJson(readFileSync(out, 'utf8')) as { blocks: unknown[] };
    assert.ok(doc.blocks.length > 1000, `only ${doc.blocks.length} blocks`);
  });
});

/** Write a realistic paper of about `size` bytes: a header, then many paragraphs. */
function writeBigPaper(path: string, size: number): void {
  const header = [
    '32 824 Integratiebeleid',
    'Nr. 900 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID',
    'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
    'Den Haag, 2 juni 2015',
    '',
  ].join('\n');
  const paragraph = [
    'In deze brief ga ik in op de uitvoering van de motie over de inburgering van nieuw-',
    'komers. Gemeenten hebben in 2014 ruim 12.000 trajecten gestart; de resultaten',
    'verschillen sterk per regio. Ik verwijs naar Kamerstuk 32 824, nr. 87 en naar de',
    'eerdere rapportage over de voortgang van de pilots in Rotterdam en Utrecht.',
    '',
    '',
  ].join('\n');
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, header);
    const chunk = paragraph.repeat(Math.ceil((1024 * 1024) / paragraph.length));
    let written = header.length;
    while (written < size) written += writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
