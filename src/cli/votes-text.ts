/**
 * A paper's decisions as lines of text, for `griffie show`: each decision's day,
 * outcome and count, and who voted for and against (a vote cast by mistake marked).
 *
 * @module
 */
import type { PaperVotes, StoredDecision } from '../store/index.ts';

/** The votes of one side: `VVD 24, D66 9 (by mistake)`; members of a roll call by name. */
function side(decision: StoredDecision, which: 'voor' | 'tegen'): string {
  const parties = decision.parties
    .filter((p) => p.side === which)
    .map((p) => `${p.fractie ?? '?'}${p.seats === null ? '' : ` ${p.seats}`}${p.vergissing ? ' (by mistake)' : ''}`);
  const members = decision.members
    .filter((m) => m.side === which)
    .map((m) => `${m.naam ?? '?'}${m.fractie ? ` (${m.fractie})` : ''}${m.vergissing ? ' (by mistake)' : ''}`);
  return [...parties, ...members].join(', ');
}

/** The lines of a paper's decisions, oldest first; none without decisions. */
export function decisionLines(votes: PaperVotes | null): string[] {
  if (votes === null || votes.decisions.length === 0) return [];
  const lines = [''];
  for (const d of votes.decisions) {
    const head = `${d.date ?? 'undated'}: ${d.besluitTekst ?? d.besluitSoort ?? d.outcome}`;
    if (d.unit === null) {
      lines.push(head);
      continue;
    }
    const { voor, tegen } = d.totals;
    lines.push(
      `${head} (${d.kind ?? 'vote'}: for ${voor}, against ${tegen} ${d.unit === 'leden' ? 'members' : 'seats'})`,
    );
    const yes = side(d, 'voor');
    const no = side(d, 'tegen');
    if (yes) lines.push(`  for: ${yes}`);
    if (no) lines.push(`  against: ${no}`);
  }
  if (votes.outcome) lines.push(`outcome: ${votes.outcome}`);
  return lines;
}
