/**
 * The vocabulary of paper types (`Document.type`), from `shared/spec/document.md`.
 * Slugs are stable: stored archives and API clients depend on them.
 *
 * @module
 */

/** Every type slug Griffie assigns, in no particular order. */
export const PAPER_TYPES = [
  'brief',
  'motie',
  'amendement',
  'voorstel-van-wet',
  'memorie-van-toelichting',
  'nota-van-wijziging',
  'koninklijke-boodschap',
  'advies-raad-van-state',
  'verslag',
  'nota-naar-aanleiding-van-het-verslag',
  'memorie-van-antwoord',
  'verslag-schriftelijk-overleg',
  'verslag-commissiedebat',
  'lijst-van-vragen-en-antwoorden',
  'kamervragen',
  'antwoord-kamervragen',
  'uitstel-antwoord-kamervragen',
  'handelingen',
  'other',
] as const;

/** A paper type slug. */
export type PaperType = (typeof PAPER_TYPES)[number];
