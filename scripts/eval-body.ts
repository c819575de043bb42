/**
 * Score the body reader on the printed corpus (`../shared/corpus/pdf`): the share of
 * truth paragraphs reproduced exactly, a mean similarity, footnote accuracy, and the
 * line-end hyphens left standing or wrongly joined. Also runs the whole text parser
 * over `corpus/raw/*.json` to see that nothing breaks on HTML-style texts.
 *
 * Usage: `tsx scripts/eval-body.ts [--details] [--parser]`. By default the body
 * starts after the truth's header lines; `--parser` uses `parseText` throughout.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBody } from '../src/parse/text/body.ts';
import { stripFurniture } from '../src/parse/text/furniture.ts';
import { parseText } from '../src/parse/text/index.ts';
import { toLines } from '../src/parse/text/lines.ts';

interface Truth {
  source_id: string;
  paragraphs: string[];
  footnotes: { marker: string; text: string }[];
  header_lines: string[];
  signature: number[];
}

const details = process.argv.includes('--details');
const useParser = process.argv.includes('--parser');
const shared = resolve('../shared/corpus');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Index of the first line after the truth's header lines. */
function truthBodyStart(lines: string[], header: string[]): number {
  const starts: number[] = [];
  let joined = '';
  for (const line of lines) {
    starts.push(joined.length);
    joined += `${norm(line)} `;
  }
  let pos = 0;
  for (const h of header) {
    const at = joined.indexOf(norm(h), pos);
    if (at >= 0) pos = at + norm(h).length;
  }
  const index = starts.findIndex((s) => s >= pos);
  return index < 0 ? lines.length : index;
}

function words(s: string): string[] {
  return s.split(' ').filter((w) => w !== '');
}

/** 2·LCS/(|a|+|b|) over words. */
function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 && y.length === 0) return 1;
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const cur = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      cur[j] = x[i - 1] === y[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    }
    prev = cur;
  }
  return (2 * (prev[y.length] as number)) / (x.length + y.length);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common || 1);
}

/** The line-end hyphens of the raw text: [left word, right word]. */
function lineEndHyphens(lines: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const m = /([\p{L}\p{N}]+)-$/u.exec(lines[i] as string);
    const n = /^([\p{L}\p{N}]+)/u.exec((lines[i + 1] as string).trim());
    if (m && n && !/\s-$/.test(lines[i] as string)) out.push([m[1] as string, n[1] as string]);
  }
  return out;
}

function formIn(text: string, left: string, right: string): 'hyphen' | 'joined' | 'none' {
  if (text.includes(`${left}-${right}`) || text.includes(`${left}- ${right}`)) return 'hyphen';
  if (text.includes(`${left}${right}`)) return 'joined';
  return 'none';
}

const rows: Truth[] = readFileSync(join(shared, 'pdf/truth.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Truth);
let expected = 0;
let exact = 0;
let simSum = 0;
let notesTruth = 0;
let notesFound = 0;
let notesRight = 0;
let leftover = 0;
let wronglyJoined = 0;
let hyphensScored = 0;
const perPaper: unknown[] = [];
for (const row of rows) {
  const file = join(shared, 'pdf', `${row.source_id}.txt`);
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  let blocks: { text: string }[];
  let footnotes: { marker: string; text: string }[];
  if (useParser) {
    const doc = parseText(text, { format: 'text', sha256: '' });
    blocks = doc.blocks;
    footnotes = doc.footnotes;
  } else {
    const { lines } = stripFurniture(toLines(text));
    const body = readBody(lines.slice(truthBodyStart(lines, row.header_lines)));
    blocks = body.blocks;
    footnotes = body.footnotes;
  }
  const got = blocks.map((b) => norm(b.text));
  const gotSets = got.map((g) => new Set(words(g)));
  const gotCount = new Map<string, number>();
  for (const g of got) gotCount.set(g, (gotCount.get(g) ?? 0) + 1);
  const sig = new Set(row.signature);
  const misses: unknown[] = [];
  row.paragraphs.forEach((p, i) => {
    if (sig.has(i)) return;
    const want = norm(p);
    expected++;
    const left = gotCount.get(want) ?? 0;
    if (left > 0) {
      exact++;
      simSum++;
      gotCount.set(want, left - 1);
      return;
    }
    const set = new Set(words(want));
    let best = -1;
    let bestScore = -1;
    gotSets.forEach((g, j) => {
      const s = jaccard(set, g);
      if (s > bestScore) [best, bestScore] = [j, s];
    });
    const sim = best >= 0 ? similarity(want, got[best] as string) : 0;
    simSum += sim;
    misses.push({ want, got: best >= 0 ? got[best] : null, sim: Number(sim.toFixed(3)) });
  });
  notesTruth += row.footnotes.length;
  notesFound += footnotes.length;
  for (const n of row.footnotes) {
    if (footnotes.some((f) => f.marker === n.marker && norm(f.text) === norm(n.text))) notesRight++;
  }
  const truthText = [...row.paragraphs, ...row.footnotes.map((f) => f.text)].join('\n');
  const ourText = [...got, ...footnotes.map((f) => f.text)].join('\n');
  const hyphenErrors: string[] = [];
  for (const [l, r] of lineEndHyphens(toLines(text))) {
    const want = formIn(truthText, l, r);
    if (want === 'none') continue;
    hyphensScored++;
    const have = formIn(ourText, l, r);
    if (want === 'joined' && have === 'hyphen') {
      leftover++;
      hyphenErrors.push(`left ${l}-${r}`);
    } else if (want === 'hyphen' && have === 'joined') {
      wronglyJoined++;
      hyphenErrors.push(`joined ${l}${r}`);
    }
  }
  if (details && (misses.length > 0 || hyphenErrors.length > 0)) {
    perPaper.push({ id: row.source_id, misses, hyphenErrors, footnotes, truthFootnotes: row.footnotes });
  }
}

let rawDocs = 0;
let rawBytes = 0;
let rawBlocks = 0;
let rawFailures = 0;
const started = performance.now();
const rawDir = join(shared, 'raw');
for (const name of existsSync(rawDir) ? readdirSync(rawDir) : []) {
  if (!name.endsWith('.json')) continue;
  const { text } = JSON.parse(readFileSync(join(rawDir, name), 'utf8')) as { text?: string };
  if (typeof text !== 'string') continue;
  rawDocs++;
  rawBytes += Buffer.byteLength(text);
  try {
    rawBlocks += parseText(text, { format: 'text', sha256: '' }).blocks.length;
  } catch {
    rawFailures++;
  }
}
const seconds = (performance.now() - started) / 1000;

const report = {
  papers: rows.length,
  header: useParser ? 'parser' : 'truth header_lines',
  paragraphs: expected,
  exactShare: Number((exact / expected).toFixed(4)),
  meanSimilarity: Number((simSum / expected).toFixed(4)),
  footnotes: {
    truth: notesTruth,
    found: notesFound,
    right: notesRight,
    accuracy: Number((notesRight / Math.max(notesTruth, notesFound, 1)).toFixed(4)),
  },
  lineEndHyphens: { scored: hyphensScored, leftover, wronglyJoined },
  raw: {
    docs: rawDocs,
    blocks: rawBlocks,
    failures: rawFailures,
    mbPerSecond: Number((rawBytes / 1e6 / seconds).toFixed(2)),
  },
};
console.log(JSON.stringify(details ? { ...report, details: perPaper } : report, null, 2));
