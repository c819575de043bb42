/**
 * Kamerstuk citations: "Kamerstuk 34 052, nr. 7", "Kamerstukken II 2014/15, 36 200 VII,
 * nrs. 5 en 6", "(26 210, nr. 424)", "nr. 456 (36800-XVI)", the Eerste Kamer's lettered
 * "Kamerstukken I 2025/26, 99 102, B" (`kst-99102-B`), the compact "29911-226" where the
 * context says it is a paper, and dossiers cited with a cue ("wetsvoorstel 34 052").
 *
 * Where one paper belongs to several dossiers ("Kamerstukken 25 424 en 29 689, nr. 645",
 * "(28880, 28929, nr. 91)") its number counts in the first-named dossier, as in its header
 * and its official id (the seed, "32 824 / 27 925, Nr. 93", is `kst-32824-93`). A motion
 * cited by its Kamerstuk number is a kamerstuk reference: motions are Kamerstukken.
 *
 * @module
 */
import { kamerstukId } from '../model/index.ts';
import { type Candidate, DOSSIER, expandNumbers, readDossier, readDossierList } from './reference-candidates.ts';

const NUMBER_LIST = String.raw`\d{1,4}(?:\s*(?:,|en|t\/m|tot en met|[-–—])\s*\d{1,4}(?!\d)){0,20}`;

/** "[prefix] 34 052, nr. 7" and lists of dossiers or numbers. */
const CITATION = new RegExp(
  String.raw`(?<![\w./-])(${DOSSIER}(?:\s*(?:,|\/|&|en)\s*${DOSSIER}){0,4})(\s*,)?\s*(?:[Nn]rs\.?\s*(${NUMBER_LIST})|[Nn]r\.?\s*(\d{1,4}(?!\d)|[A-Z]{1,2}(?!\w)))`,
  'g',
);

/** What may stand before a citation and belongs to its text: "Kamerstukken II 2014/15, ". */
const PREFIX =
  /(?<!\w)(?:[Kk]amerstuk(?:ken|nummer)?|Tweede Kamer|Eerste Kamer|TK|EK)(?:\s+(?:II|I|TK|EK)(?!\w))?(?:,?\s+(?:vergaderjaar\s+)?\d{4}\s*[/–—-]\s*\d{2,4})?\s*,?\s*$/;

/**
 * "Kamerstukken I 2025/26, 99 102, B": a paper numbered by letter (as the Eerste Kamer
 * numbers them), cited with its chamber and no "nr.".
 */
const LETTERED = new RegExp(
  String.raw`(?<!\w)Kamerstuk(?:ken)?\s+II?(?!\w)(?:\s*,?\s*(?:vergaderjaar\s+)?\d{4}\s*[/–—-]\s*\d{2,4})?\s*,\s*(${DOSSIER})\s*,\s*([A-Z]{1,2})(?![\w-])`,
  'y',
);

/** "nr. 456 (36800-XVI)": the number before the dossier. */
const REVERSED = new RegExp(String.raw`(?<!\w)[Nn]r\.?\s*(\d{1,4})\s*\((${DOSSIER})\)`, 'g');

/** "29911-226", "21501-08-765", "35300-XIV-11": only with a cue or in a run of them. */
const COMPACT = /(?<![\w./-])(\d{5})(?:-(\d{2}))?(?:-([IVXL]{1,6}|[A-Z]|R\d{3,4}))?-(\d{1,4})(?![\w-]|[.,]\d)/g;

const COMPACT_CUE = /(?<!\w)(?:[Kk]amerstuk(?:ken|nummer)?|[Mm]oties?|[Aa]mendement(?:en)?)\s*:?\s*$/;

const RUN_GAP = /^\s*[;,]\s*(?:en\s+)?$/;

/** "wetsvoorstel 34 052", "dossier 34682", "Kamerstuk 34 052" (without a number). */
const DOSSIER_CUE = new RegExp(
  String.raw`(?<!\w)(?:[Ww]etsvoorstel(?:len)?|[Ww]etsontwerp|[Kk]amerstukdossier|[Dd]ossier|[Kk]amerstuk(?:ken)?)(?:\s+(?:nr\.|nummer))?\s+(${DOSSIER})(?![\d-]|\s+(?:\d{2}|[IVXL]{1,6}|[A-Z])?-\d)`,
  'g',
);

/** The cue words of `DOSSIER_CUE`, to find where it may match. */
const CUE_WORD = /[Ww]etsvoorstel|[Ww]etsontwerp|[Kk]amerstuk|[Dd]ossier/g;
/** `DOSSIER_CUE`, matched only where a cue word starts. */
const DOSSIER_CUE_AT = new RegExp(DOSSIER_CUE.source, 'y');

/** How far back a prefix or cue is looked for. */
const LOOK_BACK = 64;

/** Find the Kamerstuk citations ("34 052, nr. 7" and its variants) in a text. */
export function findKamerstukken(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Cheap pre-checks keep the scan fast: most paragraphs cite nothing.
  const hasNr = text.includes('nr') || text.includes('Nr');
  if (hasNr) findCitations(text, out);
  findLettered(text, out);
  if (text.includes('-')) findCompact(text, out);
  return out;
}

function findCitations(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(CITATION)) {
    // A paper in several dossiers is numbered in the first one (its header lists that first).
    const dossier = readDossierList(m[1] as string)[0];
    if (!dossier) continue;
    const index = m.index;
    const prefix = PREFIX.exec(text.slice(Math.max(0, index - LOOK_BACK), index));
    // Without a comma ("19637 nr. 456") only a Kamerstuk prefix makes it a citation.
    if (!m[2] && !prefix) continue;
    const numbers = m[3] ? expandNumbers(m[3]) : [m[4] as string];
    const start = prefix ? index - prefix[0].length : index;
    out.push({
      start,
      end: index + m[0].length,
      rank: 3,
      kind: 'kamerstuk',
      targets: numbers.map((n) => kamerstukId(dossier, n)),
    });
  }
  for (const m of text.matchAll(REVERSED)) {
    const dossier = readDossier(m[2] as string);
    if (!dossier) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      rank: 3,
      kind: 'kamerstuk',
      targets: [kamerstukId(dossier, m[1] as string)],
    });
  }
}

function findLettered(text: string, out: Candidate[]): void {
  // Try the pattern only where "Kamerstuk" starts, as `findDossiers` does with its cues.
  for (let at = text.indexOf('Kamerstuk'); at >= 0; at = text.indexOf('Kamerstuk', at + 1)) {
    LETTERED.lastIndex = at;
    const m = LETTERED.exec(text);
    const dossier = m ? readDossier(m[1] as string) : null;
    if (!m || !dossier) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      rank: 3,
      kind: 'kamerstuk',
      targets: [kamerstukId(dossier, m[2] as string)],
    });
  }
}

function findCompact(text: string, out: Candidate[]): void {
  const found: { m: RegExpExecArray; cue: boolean }[] = [];
  for (const m of text.matchAll(COMPACT)) {
    const before = text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
    found.push({ m, cue: COMPACT_CUE.test(before) });
  }
  for (let i = 0; i < found.length; i++) {
    const { m, cue } = found[i] as { m: RegExpExecArray; cue: boolean };
    const prev = found[i - 1]?.m;
    const next = found[i + 1]?.m;
    const inRun =
      (prev !== undefined && RUN_GAP.test(text.slice(prev.index + prev[0].length, m.index))) ||
      (next !== undefined && RUN_GAP.test(text.slice(m.index + m[0].length, next.index)));
    if (!cue && !inRun) continue;
    const dossier = { number: m[2] ? `${m[1]}-${m[2]}` : (m[1] as string), suffix: m[3], title: null };
    const prefix = cue ? /[Kk]amerstuk(?:ken|nummer)?\s*$/.exec(text.slice(Math.max(0, m.index - 20), m.index)) : null;
    out.push({
      start: prefix ? m.index - prefix[0].length : m.index,
      end: m.index + m[0].length,
      rank: 2,
      kind: 'kamerstuk',
      targets: [kamerstukId(dossier, m[4] as string)],
    });
  }
}

/** Find dossiers cited as a whole, behind a cue word ("wetsvoorstel 34 052"). */
export function findDossiers(text: string): Candidate[] {
  const out: Candidate[] = [];
  const cued =
    text.includes('etsvoorstel') || text.includes('etsontwerp') || text.includes('ossier') || text.includes('amerstuk');
  if (!cued) return out;
  // Find the cue words with a plain search, then try the full pattern right there: much
  // cheaper than running the pattern (which starts with a look-behind) over every position.
  CUE_WORD.lastIndex = 0;
  for (let cue = CUE_WORD.exec(text); cue !== null; cue = CUE_WORD.exec(text)) {
    DOSSIER_CUE_AT.lastIndex = cue.index;
    const m = DOSSIER_CUE_AT.exec(text);
    if (m === null) continue;
    CUE_WORD.lastIndex = m.index + m[0].length;
    const dossier = readDossier(m[1] as string);
    if (!dossier) continue;
    const key = dossier.suffix ? `${dossier.number}-${dossier.suffix}` : dossier.number;
    out.push({ start: m.index, end: m.index + m[0].length, rank: 1, kind: 'dossier', targets: [`dossier-${key}`] });
  }
  return out;
}
