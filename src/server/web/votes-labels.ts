/**
 * Dutch words for the votes: outcomes, sides, kinds of vote, counts and shares.
 * Pure functions, no markup.
 *
 * @module
 */
import type { TkOutcome, TkVoteCount, TkVoteKind, TkVoteSide } from '../../model/index.ts';
import { dutchNumber } from './format.ts';

export const OUTCOME_LABEL: Record<TkOutcome, string> = {
  aangenomen: 'Aangenomen',
  verworpen: 'Verworpen',
  aangehouden: 'Aangehouden',
  ingetrokken: 'Ingetrokken',
  vervallen: 'Vervallen',
  overig: 'Overig',
};

export const SIDE_LABEL: Record<TkVoteSide, string> = {
  voor: 'voor',
  tegen: 'tegen',
  'niet-deelgenomen': 'niet deelgenomen',
};

export const KIND_LABEL: Record<TkVoteKind, string> = {
  'met handopsteken': 'met handopsteken',
  hoofdelijk: 'hoofdelijke stemming',
  'zonder stemming': 'zonder stemming',
};

/** The totals in one line: `Voor 105, tegen 45`, and who did not take part when any. */
export function totalsLabel(totals: TkVoteCount): string {
  const parts = [`Voor ${dutchNumber(totals.voor)}`, `tegen ${dutchNumber(totals.tegen)}`];
  if (totals.nietDeelgenomen > 0) parts.push(`niet deelgenomen ${dutchNumber(totals.nietDeelgenomen)}`);
  return parts.join(', ');
}

/** The votes cast by mistake: `30 zetels voor bij vergissing`; null when none. */
export function mistakesLabel(mistakes: TkVoteCount, unit: 'zetels' | 'leden' | null): string | null {
  const noun = (n: number) => (unit === 'leden' ? (n === 1 ? 'lid' : 'leden') : n === 1 ? 'zetel' : 'zetels');
  const parts: string[] = [];
  for (const [side, n] of [
    ['voor', mistakes.voor],
    ['tegen', mistakes.tegen],
    ['niet deelgenomen', mistakes.nietDeelgenomen],
  ] as const) {
    if (n > 0) parts.push(`${dutchNumber(n)} ${noun(n)} ${side}`);
  }
  return parts.length === 0 ? null : `Bij vergissing: ${parts.join(', ')}.`;
}

/** A share (0–1) as a whole percentage: `85%`; `—` for none. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
}
