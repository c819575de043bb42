/**
 * The evaluation's own table from a printed type line to a type slug, following the
 * vocabulary of `shared/spec/document.md`. Kept apart from the parser's table on
 * purpose: the score must not agree with the parser merely because both share a bug.
 *
 * @module
 */
import { typeLineKey } from './normalise.ts';

const ORDINAL = '(?:TWEEDE|DERDE|VIERDE|VIJFDE|ZESDE|ZEVENDE|ACHTSTE|NEGENDE|TIENDE|\\d+E) ';

/** First match wins: longer, more specific openings come before shorter ones. */
const TABLE: Array<[RegExp, string]> = [
  [/^(?:VERSLAG HOUDENDE EEN )?LIJST VAN VRAGEN EN ANTWOORDEN\b/, 'lijst-van-vragen-en-antwoorden'],
  [/^VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\b/, 'verslag-schriftelijk-overleg'],
  [/^VERSLAG VAN EEN (?:COMMISSIEDEBAT|ALGEMEEN OVERLEG|NOTAOVERLEG|WETGEVINGSOVERLEG)\b/, 'verslag-commissiedebat'],
  [/^NOTA NAAR AANLEIDING VAN HET (?:NADER |TWEEDE )?VERSLAG\b/, 'nota-naar-aanleiding-van-het-verslag'],
  [new RegExp(`^(?:${ORDINAL})?NOTA VAN WIJZIGING\\b`), 'nota-van-wijziging'],
  [/^(?:(?:NADER )?GEWIJZIGDE )?MOTIE\b/, 'motie'],
  [/^(?:(?:NADER )?GEWIJZIGD )?(?:SUB)?AMENDEMENT\b/, 'amendement'],
  [/^(?:(?:NADER )?GEWIJZIGD )?VOORSTEL VAN (?:RIJKS)?WET\b/, 'voorstel-van-wet'],
  [/^(?:NADERE |GEWIJZIGDE )?MEMORIE VAN TOELICHTING\b/, 'memorie-van-toelichting'],
  [/^(?:NADERE )?MEMORIE VAN ANTWOORD\b/, 'memorie-van-antwoord'],
  [/^KONINKLIJKE BOODSCHAP\b/, 'koninklijke-boodschap'],
  [/^ADVIES (?:AFDELING ADVISERING )?(?:VAN DE )?RAAD VAN STATE\b/, 'advies-raad-van-state'],
  [/^(?:VOORLOPIG |NADER |TWEEDE |EIND)?VERSLAG\b/, 'verslag'],
  [/^BRIEF\b/, 'brief'],
];

/**
 * The type slug of a printed type line; `other` when no row fits. A leading
 * "HERDRUK" (reprint) is ignored.
 *
 * @example
 * typeSlug('Nader gewijzigd amendement van het lid Kant'); // 'amendement'
 * typeSlug('VERSLAG VAN EEN ALGEMEEN OVERLEG'); // 'verslag-commissiedebat'
 */
export function typeSlug(typeLine: string): string {
  const key = typeLineKey(typeLine).replace(/^\(?HERDRUK\)?\s*(?:\d+\)\s*)?/, '');
  for (const [pattern, slug] of TABLE) if (pattern.test(key)) return slug;
  return 'other';
}

/** Whether the text of an Aanhangsel holds an answer ("Antwoord van ...", "Antwoord 1"). */
export function hasAnswer(text: string): boolean {
  return /(?:^|\n)[ \t]*Antwoord\b/.test(text);
}

/** What the truth says about a paper's kind, where the type line is unknown. */
export interface TruthIdInfo {
  kind?: string;
}

/**
 * The expected slug of a paper: from its type line when printed, else from its kind
 * (Handelingen → `handelingen`; Aanhangsel → `antwoord-kamervragen` when the text
 * answers, `kamervragen` otherwise); `null` when unknown.
 */
export function expectedType(typeLine: string | null, idInfo: TruthIdInfo | null, text: string): string | null {
  if (typeLine) return typeSlug(typeLine);
  if (idInfo?.kind === 'handelingen') return 'handelingen';
  if (idInfo?.kind === 'aanhangsel') return hasAnswer(text) ? 'antwoord-kamervragen' : 'kamervragen';
  return null;
}
