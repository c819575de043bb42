/**
 * The corpus part of the evaluation: every paper of `corpus/truth.jsonl`, parsed from
 * the `text` of `corpus/raw/<source_id>.json`, compared field by field with the truth.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../src/model/index.ts';
import { type HeaderTallies, scoreDossierTitles, scoreHeader } from './fields.ts';
import { addresseeKey, handelingenKey, kamerstukKey, nameKey, targetKey } from './normalise.ts';
import { type FieldScore, FieldTally, type Mismatch, type PrfScore, PrfTally } from './tally.ts';
import { type CorpusTruth, readJsonl } from './truth.ts';
import { TRUTH_ERRATA } from './truth-errata.ts';
import { expectedType } from './type-slug.ts';

/** Parses the bytes of one paper, as `parseInput` of the pipeline does. */
export type ParseFn = (bytes: Uint8Array, origin: { path: string }) => Document | Promise<Document>;

/** Scores of the corpus part. */
export interface CorpusScore {
  papers: number;
  failed: number;
  dossiers: FieldScore;
  dossierTitles: FieldScore;
  number: FieldScore;
  typeLine: FieldScore;
  type: FieldScore;
  date: FieldScore;
  addressee: FieldScore;
  signers: FieldScore;
  /** Kamerstuk references against the truth as given. */
  references: PrfScore;
  /** The same with the documented errata of `truth-errata.ts` applied. */
  referencesWithErrata: PrfScore;
  handelingenRefs: PrfScore;
}

/** Run `parse` on `bytes`, turning any exception into a mismatch and `null`. */
export async function tryParse(
  parse: ParseFn,
  id: string,
  bytes: Uint8Array,
  path: string,
  sink: Mismatch[],
): Promise<Document | null> {
  try {
    return await parse(bytes, { path });
  } catch (error) {
    sink.push({
      paper: id,
      field: 'parse',
      expected: 'a document',
      got: `${(error as Error)?.name}: ${String((error as Error)?.message ?? error)}`,
    });
    return null;
  }
}

/**
 * Score `parse` on the raw corpus in `corpusDir`; mismatches are appended to `sink`.
 *
 * @example
 * const sink: Mismatch[] = [];
 * (await scoreCorpus('/work/shared/corpus', parseInput, sink)).date.accuracy; // 0.93
 */
export async function scoreCorpus(corpusDir: string, parse: ParseFn, sink: Mismatch[]): Promise<CorpusScore> {
  const truths = readJsonl<CorpusTruth>(join(corpusDir, 'truth.jsonl'));
  const tally = (field: string) => new FieldTally(field, sink);
  const header: HeaderTallies = {
    dossiers: tally('dossiers'),
    number: tally('number'),
    date: tally('date'),
    typeLine: tally('typeLine'),
  };
  const titles = tally('dossierTitles');
  const type = tally('type');
  const addressee = tally('addressee');
  const signers = tally('signers');
  const references = new PrfTally('references', sink);
  const referencesWithErrata = new PrfTally('referencesWithErrata', []);
  const handelingen = new PrfTally('handelingenRefs', sink);
  let failed = 0;

  for (const truth of truths) {
    const id = truth.source_id;
    const raw = JSON.parse(readFileSync(join(corpusDir, 'raw', `${id}.json`), 'utf8')) as { text: string };
    const doc = await tryParse(parse, id, Buffer.from(raw.text, 'utf8'), `${id}.txt`, sink);
    if (!doc) failed++;
    scoreHeader(id, truth, doc, header);
    scoreDossierTitles(id, truth.dossiers, doc, titles);
    const expected = expectedType(truth.type_line, truth.id_info, raw.text);
    if (expected !== null) type.add(id, doc?.type === expected, expected, doc?.type ?? null);
    if (truth.addressee !== null) {
      const got = doc?.addressee ?? null;
      addressee.add(id, got !== null && addresseeKey(got) === addresseeKey(truth.addressee), truth.addressee, got);
    }
    if (truth.signers !== null) {
      const want = [...new Set(truth.signers.map((s) => nameKey(s.name)))].sort();
      const got = doc ? [...new Set(doc.signatories.map((s) => nameKey(s.name)))].sort() : null;
      const ok = got !== null && got.length === want.length && want.every((n, i) => n === got[i]);
      signers.add(
        id,
        ok,
        truth.signers.map((s) => s.name),
        doc?.signatories.map((s) => s.name) ?? null,
      );
    }
    if (truth.references !== null) {
      const want = truth.references.map((r) => kamerstukKey(r.dossier, r.number));
      const got = (doc?.references ?? []).filter((r) => r.kind === 'kamerstuk').map((r) => targetKey(r.target));
      matchExact(id, want, got, references);
      const errata = TRUTH_ERRATA[id];
      const removed = new Set((errata?.remove ?? []).map(targetKey));
      const corrected = want.filter((t) => !removed.has(t)).concat((errata?.add ?? []).map(targetKey));
      matchExact(id, corrected, got, referencesWithErrata);
    }
    if (truth.handelingen_refs !== null) {
      const want = truth.handelingen_refs.map(handelingenKey).filter((k) => k !== null);
      const got = (doc?.references ?? [])
        .filter((r) => r.kind === 'handelingen' || r.kind === 'aanhangsel')
        .map((r) => targetKey(r.target));
      matchPrefix(id, want, got, handelingen);
    }
  }
  return {
    papers: truths.length,
    failed,
    dossiers: header.dossiers.score(),
    dossierTitles: titles.score(),
    number: header.number.score(),
    typeLine: header.typeLine.score(),
    type: type.score(),
    date: header.date.score(),
    addressee: addressee.score(),
    signers: signers.score(),
    references: references.score(),
    referencesWithErrata: referencesWithErrata.score(),
    handelingenRefs: handelingen.score(),
  };
}

/** Match two sets of ids (duplicates collapse: a citation repeated counts once). */
function matchExact(id: string, want: string[], got: string[], tally: PrfTally): void {
  const wanted = new Set(want);
  const found = new Set(got);
  const missed = [...wanted].filter((w) => !found.has(w));
  const extra = [...found].filter((g) => !wanted.has(g));
  tally.add(id, wanted.size - missed.length, missed, extra);
}

/** Match truth keys to our targets; a key without its item matches any item of that sitting. */
function matchPrefix(id: string, want: Array<{ key: string; exact: boolean }>, got: string[], tally: PrfTally) {
  const pool = [...new Set(got)];
  const missed: string[] = [];
  let tp = 0;
  for (const w of new Map(want.map((k) => [k.key, k])).values()) {
    const i = pool.findIndex((g) => g === w.key || (!w.exact && g.startsWith(`${w.key}-`)));
    if (i < 0) missed.push(w.key);
    else {
      tp++;
      pool.splice(i, 1);
    }
  }
  tally.add(id, tp, missed, pool);
}
