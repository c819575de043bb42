/**
 * Dutch words for the linked record: the status of a commitment or request, the kind
 * of a request, the kind of an entity.
 *
 * @module
 */
import type { RequestKind } from '../../model/index.ts';
import type { CommitmentStatus, EntityKind, RequestStatus } from '../../store/index.ts';

export const COMMITMENT_STATUS: Record<CommitmentStatus, string> = {
  open: 'open',
  fulfilled: 'nagekomen',
  overdue: 'over de termijn',
};

export const REQUEST_STATUS: Record<RequestStatus, string> = {
  answered: 'beantwoord',
  open: 'open',
};

export const REQUEST_KIND: Record<RequestKind, string> = {
  committee: 'Verzoek van een commissie',
  motion: 'Motie',
  question: 'Schriftelijke vragen',
  commitment: 'Eerdere toezegging',
  other: 'Ander verzoek',
};

export const ENTITY_KIND: Record<EntityKind, { one: string; many: string }> = {
  person: { one: 'Persoon', many: 'Personen' },
  organisation: { one: 'Organisatie', many: 'Organisaties' },
  place: { one: 'Plaats', many: 'Plaatsen' },
};

/** A due phrase for readers: `2016-Q3` → `3e kwartaal 2016`, `2016-H1` → `1e helft 2016`, dates in Dutch. */
export function dueLabel(due: string | null, dutchDate: (iso: string) => string): string | null {
  if (!due) return null;
  let m = /^(\d{4})-Q([1-4])$/.exec(due);
  if (m) return `${m[2]}e kwartaal ${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(due);
  if (m) return `${m[2]}e helft ${m[1]}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return dutchDate(due);
  return due;
}
