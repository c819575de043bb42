/**
 * The engine-independent part of the votes (`votes.ts`): a record's relations, which of
 * two versions is newer, a decision's rows per party, a Zaak's final decision, and the
 * agreement between parties.
 *
 * @module
 */
import type { TkDecision, TkOutcome, TkVoteSide } from '../model/index.ts';
import type { TkRecordInput, VoteAgreement, ZaakSummary } from './vote-types.ts';

/** A relation between records, as `tk_links` keeps it. */
export type TkLinkKind =
  | 'besluit-zaak'
  | 'stemming-besluit'
  | 'zaak-nummer'
  | 'zaak-paper'
  | 'besluit-agendapunt'
  | 'agendapunt-activiteit'
  | 'versie-document'
  | 'versie-paper';

/** The relations a record of each kind has (to clear them when it changes). */
export const LINKS_FROM: Readonly<Record<TkRecordInput['kind'], readonly TkLinkKind[]>> = {
  zaak: ['zaak-nummer', 'zaak-paper'],
  besluit: ['besluit-zaak', 'besluit-agendapunt'],
  stemming: ['stemming-besluit'],
  agendapunt: ['agendapunt-activiteit'],
  activiteit: [],
  documentversie: ['versie-document', 'versie-paper'],
  fractie: [],
  persoon: [],
};

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const integer = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) ? value : null;

/** The relations of a record (none for a withdrawn one). */
export function linksOf(input: TkRecordInput): Array<[TkLinkKind, string]> {
  if (input.verwijderd) return [];
  const r = input.record;
  const out: Array<[TkLinkKind, string]> = [];
  switch (input.kind) {
    case 'zaak': {
      const nummer = text(r.nummer);
      if (nummer) out.push(['zaak-nummer', nummer]);
      for (const paper of input.papers ?? []) out.push(['zaak-paper', paper]);
      break;
    }
    case 'besluit': {
      const zaken = Array.isArray(r.zaken) ? (r.zaken as Array<{ id?: unknown }>) : [];
      for (const zaak of zaken) {
        const id = text(zaak?.id);
        if (id) out.push(['besluit-zaak', id]);
      }
      const agendapunt = text(r.agendapuntId);
      if (agendapunt) out.push(['besluit-agendapunt', agendapunt]);
      break;
    }
    case 'stemming': {
      const besluit = text(r.besluitId);
      if (besluit) out.push(['stemming-besluit', besluit]);
      break;
    }
    case 'agendapunt': {
      const activiteit = text(r.activiteitId);
      if (activiteit) out.push(['agendapunt-activiteit', activiteit]);
      break;
    }
    case 'documentversie': {
      const document = text(r.documentRef);
      const paper = text(r.externeIdentifier)?.trim().toLowerCase();
      if (document) out.push(['versie-document', document]);
      if (paper) out.push(['versie-paper', paper]);
      break;
    }
    default:
      break;
  }
  const seen = new Set<string>();
  return out.filter(([kind, to]) => {
    const key = `${kind} ${to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `bijgewerkt` in milliseconds (UTC when it gives no zone, as the SyncFeed's); null when unreadable. */
function instant(value: string | null): number | null {
  if (value === null) return null;
  const zoned = /(?:Z|[+-]\d\d:\d\d)$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? null : ms;
}

/** Whether a version changed at `incoming` is older than the stored one changed at `stored`. */
export function isOlder(incoming: string | null, stored: string | null): boolean {
  const a = instant(incoming);
  const b = instant(stored);
  return a !== null && b !== null && a < b;
}

/** A decision's vote per party: a party's own vote, or in a roll call its members' most common side. */
export function partyRows(decision: TkDecision): Array<{ party: string; side: TkVoteSide; seats: number | null }> {
  const rows = new Map<string, { party: string; side: TkVoteSide; seats: number | null }>();
  for (const vote of decision.parties) {
    if (vote.fractie === null || vote.side === null) continue;
    rows.set(vote.fractie.toLowerCase(), { party: vote.fractie, side: vote.side, seats: vote.seats });
  }
  if (decision.kind !== 'hoofdelijk') return [...rows.values()];
  const sides = new Map<string, { party: string; count: Record<TkVoteSide, number> }>();
  for (const vote of decision.members) {
    if (vote.fractie === null || vote.side === null) continue;
    const key = vote.fractie.toLowerCase();
    const entry = sides.get(key) ?? { party: vote.fractie, count: { voor: 0, tegen: 0, 'niet-deelgenomen': 0 } };
    entry.count[vote.side]++;
    sides.set(key, entry);
  }
  for (const [key, { party, count }] of sides) {
    if (rows.has(key)) continue;
    // A party split evenly has no side of its own; one whose members all stayed out, `niet-deelgenomen`.
    if (count.voor === count.tegen && count.voor > 0) continue;
    const side: TkVoteSide =
      count.voor > count.tegen ? 'voor' : count.tegen > count.voor ? 'tegen' : 'niet-deelgenomen';
    rows.set(key, { party, side, seats: count[side] });
  }
  return [...rows.values()];
}

/** A decision row, for ordering. */
export interface DecisionOrder {
  besluit: string;
  outcome: string;
  date: string | null;
  volgorde: number | null;
  bijgewerkt: string | null;
}

/** Oldest first: by date, place on the agenda item, last change, GUID. */
export function byDecisionOrder(a: DecisionOrder, b: DecisionOrder): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  const va = a.volgorde ?? 0;
  const vb = b.volgorde ?? 0;
  if (va !== vb) return va - vb;
  const ia = instant(a.bijgewerkt) ?? 0;
  const ib = instant(b.bijgewerkt) ?? 0;
  if (ia !== ib) return ia - ib;
  return a.besluit < b.besluit ? -1 : a.besluit > b.besluit ? 1 : 0;
}

/** The last decision with an outcome (not `overig`), or null. */
export function finalOf<T extends DecisionOrder>(decisions: readonly T[]): T | null {
  const decided = decisions.filter((d) => d.outcome !== 'overig').sort(byDecisionOrder);
  return decided.at(-1) ?? null;
}

/** A Zaak record's summary (OData's `TkZaakRecord` or a SyncFeed `TkZaak`). */
export function zaakSummaryOf(id: string, json: string): ZaakSummary {
  const r = JSON.parse(json) as Record<string, unknown>;
  return {
    id,
    nummer: text(r.nummer),
    soort: text(r.soort),
    titel: text(r.titel),
    onderwerp: text(r.onderwerp),
    kabinetsappreciatie: text(r.kabinetsappreciatie),
  };
}

/** The day of an Activiteit record (`datum`), else null. */
export function activityDay(json: string | null): string | null {
  if (json === null) return null;
  const r = JSON.parse(json) as Record<string, unknown>;
  const day = text(r.datum) ?? text(r.aanvangstijd);
  return day && /^\d{4}-\d\d-\d\d/.test(day) ? day.slice(0, 10) : null;
}

/** A Besluit record's place on its agenda item. */
export function volgordeOf(record: Readonly<Record<string, unknown>>): number | null {
  return integer(record.agendapuntZaakBesluitVolgorde);
}

/** Outcomes a party can have voted on: a decision by vote. */
export const VOTED_OUTCOMES: readonly TkOutcome[] = ['aangenomen', 'verworpen'];

/**
 * The agreement between parties over decisions (`votes`: decision → party → side; only
 * `voor` and `tegen` count) and, with `coalition`, each party's share of votes with the
 * coalition's majority (by seats; a tie has no majority and is left out).
 */
export function agreementOf(
  votes: ReadonlyMap<string, ReadonlyMap<string, { side: TkVoteSide; seats: number | null }>>,
  coalition: readonly string[] | undefined,
): VoteAgreement {
  const counts = new Map<string, number>();
  for (const byParty of votes.values())
    for (const [party, vote] of byParty)
      if (vote.side !== 'niet-deelgenomen') counts.set(party, (counts.get(party) ?? 0) + 1);
  const parties = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p]) => p);
  const at = new Map(parties.map((p, i) => [p, i]));
  const n = parties.length;
  const same = parties.map(() => new Array<number>(n).fill(0));
  const together = parties.map(() => new Array<number>(n).fill(0));
  const coalitionKeys = coalition ? new Set(coalition.map((p) => p.toLowerCase())) : null;
  const withCoalition = new Array<number>(n).fill(0);
  const coalitionVotes = new Array<number>(n).fill(0);
  const bump = (counts: number[], i: number) => {
    counts[i] = (counts[i] as number) + 1;
  };
  for (const byParty of votes.values()) {
    const cast = [...byParty].filter(([, v]) => v.side !== 'niet-deelgenomen');
    for (const [p, a] of cast) {
      const i = at.get(p) as number;
      for (const [q, b] of cast) {
        const j = at.get(q) as number;
        bump(together[i] as number[], j);
        if (a.side === b.side) bump(same[i] as number[], j);
      }
    }
    if (coalitionKeys) {
      let voor = 0;
      let tegen = 0;
      for (const [p, v] of cast) {
        if (!coalitionKeys.has(p.toLowerCase())) continue;
        const seats = v.seats ?? 1;
        if (v.side === 'voor') voor += seats;
        else tegen += seats;
      }
      if (voor === tegen) continue;
      const majority: TkVoteSide = voor > tegen ? 'voor' : 'tegen';
      for (const [p, v] of cast) {
        const i = at.get(p) as number;
        bump(coalitionVotes, i);
        if (v.side === majority) bump(withCoalition, i);
      }
    }
  }
  return {
    parties,
    decisions: votes.size,
    agree: same.map((row, i) =>
      row.map((k, j) => {
        const both = (together[i] as number[])[j] as number;
        return both > 0 ? k / both : null;
      }),
    ),
    together,
    withCoalition: coalitionKeys
      ? withCoalition.map((k, i) => ((coalitionVotes[i] as number) > 0 ? k / (coalitionVotes[i] as number) : null))
      : null,
  };
}
