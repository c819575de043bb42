/**
 * Dev-only helper for hand annotation of requests, commitments and persons
 * (`scripts/eval/extract-annotations.jsonl`, see `EXTRACT-ANNOTATION.md`):
 *
 * - `find <source_id> <phrase>`: offsets of every occurrence (spacing-insensitive), with context;
 * - `show <source_id> [start end]`: the span, or the whole text with the offset of each line;
 * - `resolve <spec> [--out file]`: turn an anchor spec (kept outside the repository) into JSONL;
 * - `check [file]`: validate every span of the annotation file and print it back.
 *
 * A spec holds `@ <source_id> <type>` lines, each followed by items:
 * `R <kind> <by> | <from> ... <to>`, `C | <from> ... <to>` and `P | <phrase>`. A span runs
 * from the start of `<from>` to the end of the first `<to>` after it (or is `<phrase>`
 * itself); `3#<phrase>` picks the third occurrence.
 *
 * Run: `npx tsx scripts/eval/annotate-tool.ts find kst-29527-15 "verzoekt de regering"`.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { RequestKind } from '../../src/model/index.ts';
import {
  ANNOTATIONS_PATH,
  type PaperAnnotation,
  paperText,
  readAnnotations,
  type Span,
  spanProblem,
} from './extract-annotations.ts';
import { findShared } from './locate.ts';

const KINDS: RequestKind[] = ['committee', 'motion', 'question', 'commitment', 'other'];

/** A pattern matching `phrase` with any run of whitespace where it has a space. */
function phrasePattern(phrase: string): RegExp {
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('\\s+'), 'gu');
}

/** Every occurrence of `phrase` in `text` at or after `from`. */
export function occurrences(text: string, phrase: string, from = 0): Span[] {
  const re = phrasePattern(phrase);
  re.lastIndex = from;
  const out: Span[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Resolve `<from> ... <to>` (or a single phrase, `n#` picking an occurrence) to a span. */
export function resolveAnchor(text: string, anchor: string): Span {
  const [fromRaw, to] = anchor.split(/\s\.\.\.\s/) as [string, string | undefined];
  const pick = fromRaw.match(/^(\d+)#(.*)$/s);
  const nth = pick ? Number(pick[1]) : 1;
  const from = pick ? (pick[2] as string) : fromRaw;
  const hit = occurrences(text, from)[nth - 1];
  if (!hit) throw new Error(`not found: ${from}${nth > 1 ? ` (occurrence ${nth})` : ''}`);
  if (to === undefined) return hit;
  const end = occurrences(text, to, hit.start)[0];
  if (!end) throw new Error(`end not found after ${hit.start}: ${to}`);
  return { start: hit.start, end: end.end };
}

function context(text: string, span: Span, width = 60): string {
  const before = text.slice(Math.max(0, span.start - width), span.start);
  const after = text.slice(span.end, span.end + width);
  return `${before}[[${text.slice(span.start, span.end)}]]${after}`.replace(/\s+/g, ' ');
}

/** Parse a spec into annotations; errors name the spec line. */
export function resolveSpec(spec: string, textOf: (id: string) => string): PaperAnnotation[] {
  const papers: PaperAnnotation[] = [];
  let text = '';
  spec.split('\n').forEach((line, i) => {
    const where = `spec line ${i + 1}`;
    if (line.trim() === '' || line.startsWith('#')) return;
    const head = line.match(/^@\s+(\S+)\s+(\S+)\s*$/);
    if (head) {
      text = textOf(head[1] as string);
      papers.push({
        source_id: head[1] as string,
        type: head[2] as string,
        requests: [],
        commitments: [],
        persons: [],
      });
      return;
    }
    const paper = papers.at(-1);
    const item = line.match(/^([RCP])((?:\s+\S+)*?)\s*\|\s*(.+)$/);
    if (!paper || !item) throw new Error(`${where}: cannot read "${line}"`);
    let span: Span;
    try {
      span = resolveAnchor(text, item[3] as string);
    } catch (error) {
      throw new Error(`${where} (${paper.source_id}): ${(error as Error).message}`);
    }
    const args = (item[2] ?? '').trim().split(/\s+/).filter(Boolean);
    if (item[1] === 'R') {
      const [kind, by] = args as [RequestKind, string];
      if (!KINDS.includes(kind) || !by) throw new Error(`${where}: R needs <kind> <by>`);
      paper.requests.push({ ...span, kind, by });
    } else if (item[1] === 'C') paper.commitments.push(span);
    else paper.persons.push(span);
  });
  return papers;
}

/** Check every annotation; returns the problems found (printing each span back to stdout). */
export function checkAnnotations(papers: PaperAnnotation[], textOf: (id: string) => string, print = true): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const p of papers) {
    if (seen.has(p.source_id)) problems.push(`${p.source_id}: annotated twice`);
    seen.add(p.source_id);
    const text = textOf(p.source_id);
    if (print) process.stdout.write(`\n@ ${p.source_id} (${p.type})\n`);
    const groups: Array<[string, Array<Span & { kind?: string; by?: string }>]> = [
      ['R', p.requests],
      ['C', p.commitments],
      ['P', p.persons],
    ];
    for (const [label, spans] of groups) {
      const keys = new Set<string>();
      for (const s of spans) {
        const problem = spanProblem(text, s);
        if (problem) problems.push(`${p.source_id} ${label} ${s.start}-${s.end}: ${problem}`);
        const extra = s.kind ? ` ${s.kind} ${s.by}` : '';
        const key = `${s.start}-${s.end}${extra}`;
        if (keys.has(key)) problems.push(`${p.source_id} ${label} ${s.start}-${s.end}: duplicate`);
        keys.add(key);
        if (print)
          process.stdout.write(
            `  ${label}${extra} ${s.start}-${s.end}: ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}\n`,
          );
      }
    }
  }
  return problems;
}

function main(argv: string[]): number {
  const shared = findShared();
  if (!shared) {
    process.stderr.write('annotate-tool: ../shared not found\n');
    return 2;
  }
  const textOf = (id: string) => paperText(shared, id).text;
  const [command, ...rest] = argv;
  if (command === 'find' && rest.length >= 2) {
    const text = textOf(rest[0] as string);
    const hits = occurrences(text, rest.slice(1).join(' '));
    for (const h of hits) process.stdout.write(`${h.start}-${h.end}\t${context(text, h)}\n`);
    process.stdout.write(`${hits.length} occurrence(s)\n`);
    return hits.length > 0 ? 0 : 1;
  }
  if (command === 'show' && rest.length >= 1) {
    const text = textOf(rest[0] as string);
    if (rest.length >= 3) {
      process.stdout.write(`${context(text, { start: Number(rest[1]), end: Number(rest[2]) })}\n`);
      return 0;
    }
    let offset = 0;
    for (const line of text.split('\n')) {
      process.stdout.write(`${String(offset).padStart(5)} ${line}\n`);
      offset += line.length + 1;
    }
    return 0;
  }
  if (command === 'resolve' && rest.length >= 1) {
    const papers = resolveSpec(readFileSync(rest[0] as string, 'utf8'), textOf);
    const problems = checkAnnotations(papers, textOf, false);
    for (const problem of problems) process.stderr.write(`${problem}\n`);
    const jsonl = papers.map((p) => JSON.stringify(p)).join('\n');
    const out = rest.indexOf('--out');
    if (out >= 0 && rest[out + 1]) writeFileSync(rest[out + 1] as string, `${jsonl}\n`);
    else process.stdout.write(`${jsonl}\n`);
    return problems.length > 0 ? 1 : 0;
  }
  if (command === 'check') {
    const papers = readAnnotations(rest[0] ?? ANNOTATIONS_PATH);
    const problems = checkAnnotations(papers, textOf);
    for (const problem of problems) process.stderr.write(`${problem}\n`);
    process.stdout.write(`\n${papers.length} papers, ${problems.length} problem(s)\n`);
    return problems.length > 0 ? 1 : 0;
  }
  process.stderr.write(
    'usage: annotate-tool find <id> <phrase> | show <id> [start end] | resolve <spec> [--out f] | check [f]\n',
  );
  return 2;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  process.exitCode = main(process.argv.slice(2));
}
