/**
 * A Document's `Soort` (the Tweede Kamer's document types: `Brief regering`, `Motie`,
 * `Antwoord schriftelijke vragen`, …) → the model's type slug and kind. Soorten the
 * vocabulary of `shared/spec/document.md` has no slug for (`Nota`, `Bijlage`,
 * `Verslag van een werkbezoek`, …) map to nothing: the paper is `other`.
 *
 * @module
 */
import type { DocumentKind, PaperType } from '../../model/index.ts';

/** What a Soort says about a paper. */
export interface SoortMapping {
  type: PaperType;
  kind: DocumentKind;
}

const BY_SOORT: Array<[RegExp, PaperType, DocumentKind]> = [
  [/^brief\b/i, 'brief', 'kamerstuk'],
  [/^motie\b/i, 'motie', 'kamerstuk'],
  [/^(?:(?:nader\s+)?gewijzigd\s+)?(?:sub)?amendement\b/i, 'amendement', 'kamerstuk'],
  [/^voorstel\s+van\s+(?:rijks)?wet\b/i, 'voorstel-van-wet', 'kamerstuk'],
  [/^memorie\s+van\s+toelichting\b/i, 'memorie-van-toelichting', 'kamerstuk'],
  [/^(?:\S+\s+)?nota\s+van\s+wijziging\b/i, 'nota-van-wijziging', 'kamerstuk'],
  [/^koninklijke\s+boodschap\b/i, 'koninklijke-boodschap', 'kamerstuk'],
  [/^advies\s+afdeling\s+advisering\s+raad\s+van\s+state\b/i, 'advies-raad-van-state', 'kamerstuk'],
  [/^nota\s+(?:n\.a\.v\.|naar\s+aanleiding\s+van)\s+het\b/i, 'nota-naar-aanleiding-van-het-verslag', 'kamerstuk'],
  [/^memorie\s+van\s+antwoord\b/i, 'memorie-van-antwoord', 'kamerstuk'],
  [/^verslag\s+van\s+een\s+schriftelijk\s+overleg\b/i, 'verslag-schriftelijk-overleg', 'kamerstuk'],
  [
    /^verslag\s+van\s+een\s+(?:commissiedebat|algemeen\s+overleg|notaoverleg|wetgevingsoverleg)\b/i,
    'verslag-commissiedebat',
    'kamerstuk',
  ],
  [
    /^(?:verslag\s+houdende\s+een\s+)?lijst\s+van\s+vragen\s+en\s+antwoorden\b/i,
    'lijst-van-vragen-en-antwoorden',
    'kamerstuk',
  ],
  [/^(?:voorlopig\s+|nader\s+)?verslag(?:$|\s+\(initiatief\)wetsvoorstel)|^eindverslag$/i, 'verslag', 'kamerstuk'],
  [/^schriftelijke\s+vragen\b/i, 'kamervragen', 'kamervragen'],
  [/^antwoord\s+schriftelijke\s+vragen\b|^aanhangsel\s+van\s+de\s+handelingen$/i, 'antwoord-kamervragen', 'aanhangsel'],
  [/^mededeling\s+\(?uitstel\s+(?:van\s+(?:het\s+)?)?antwoord\b/i, 'uitstel-antwoord-kamervragen', 'aanhangsel'],
];

/**
 * The type slug and kind of a Soort, or `null` when the vocabulary has none for it.
 *
 * @example
 * soortMapping('Brief regering'); // { type: 'brief', kind: 'kamerstuk' }
 * soortMapping('Antwoord schriftelijke vragen (nader)'); // { type: 'antwoord-kamervragen', kind: 'aanhangsel' }
 * soortMapping('Mededeling (uitstel antwoord)'); // { type: 'uitstel-antwoord-kamervragen', kind: 'aanhangsel' }
 * soortMapping('Verslag van een werkbezoek'); // null
 */
export function soortMapping(soort: string): SoortMapping | null {
  const text = soort.trim();
  for (const [pattern, type, kind] of BY_SOORT) if (pattern.test(text)) return { type, kind };
  return null;
}
