/**
 * What became of a motion, amendment or bill in one decision: `decisionOf` reads a
 * Besluit and its Stemmingen into a `TkDecision`. Pure and deterministic (the same
 * records in any order give the same decision), and it never throws.
 *
 * - **Outcome.** Normalised from `besluitSoort` (`Stemmen - aangenomen`), else from
 *   `besluitTekst` (`Aangenomen.`, `Aangehouden (tijdens vergadering)`): the first word
 *   of an outcome in the text decides. `aangenomen` (also "zonder stemming aannemen"),
 *   `verworpen` (also "niet aangenomen"), `aangehouden`, `ingetrokken`, `vervallen`;
 *   anything else (`Ingediend`, `Stemmen - uitstellen`, free text) is `overig`. Both
 *   texts are kept as given; when they disagree, `besluitSoort` wins, with a warning.
 * - **Kind of vote.** `stemmingsSoort` `Met handopsteken` is a vote per party, each party
 *   weighing its seats (`fractieGrootte`); there, a Stemming that names a member is that
 *   member's own vote apart from the party (OpenDataPortaal issue #131) and weighs one
 *   seat. `Hoofdelijk` is a roll call: every Stemming is a member's, weighing one.
 *   `Zonder stemming` is no vote; any other `stemmingsSoort`, or none, gives `kind`
 *   `null`. Without a vote by show of hands or roll call, a Stemming naming a member
 *   counts as a member's vote and any other as a party's.
 * - **Which votes count.** Withdrawn Stemmingen are left out, and so are those of
 *   another Besluit (with a warning). Each voter (a member by Persoon, else by name; a
 *   party by Fractie, else by name) counts once: of two votes of one voter (a correction
 *   replacing a vote) the one changed last (`bijgewerkt`, read as UTC when it gives no
 *   zone, as the SyncFeed's do; a tie goes to the greater GUID) wins, and the other's
 *   GUID is in `superseded`.
 * - **Mistakes.** A Stemming with `vergissing` is a vote its party or member said
 *   afterwards it cast by mistake. That is noted in the Handelingen, but the vote
 *   stands: the result was declared with it, and the outcome `besluitSoort` states was
 *   reached with it. So `totals` count it, with the `soort` the record gives, as the
 *   official count does; the vote carries `vergissing: true`; and its seats are counted
 *   in `vergissingen` too, so a page can say "tegen 60, waarvan 25 bij vergissing", or
 *   subtract them for the count without the mistakes.
 *
 * @module
 */

/** What `decisionOf` reads of a Besluit (the Tweede Kamer's `besluit`; the parse layer's `TkBesluit` is one). */
export interface TkBesluitFacts {
  id: string;
  /** The Zaken it decides (their GUIDs; `null` for one known only by number). */
  zaken: ReadonlyArray<{ id: string | null }>;
  stemmingsSoort: string | null;
  besluitSoort: string | null;
  besluitTekst: string | null;
  verwijderd: boolean;
  /** Its votes, when its record carries them. */
  stemmingen: ReadonlyArray<TkStemmingFacts>;
}

/** What `decisionOf` reads of a Stemming (the Tweede Kamer's `stemming`; the parse layer's `TkStemming` is one). */
export interface TkStemmingFacts {
  id: string;
  besluitId: string | null;
  persoonId: string | null;
  fractieId: string | null;
  soort: string | null;
  fractieGrootte: number | null;
  actorNaam: string | null;
  actorFractie: string | null;
  vergissing: boolean | null;
  verwijderd: boolean;
  bijgewerkt: string | null;
}

type TkBesluit = TkBesluitFacts;
type TkStemming = TkStemmingFacts;

/** A value in a warning: as JSON, cut at 60 characters. */
function quoted(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
}

/** What became of the proposal. */
export type TkOutcome = 'aangenomen' | 'verworpen' | 'aangehouden' | 'ingetrokken' | 'vervallen' | 'overig';

/** The outcomes a reader asks for by name (`outcome:`, the outcome facet), in the order they are listed. */
export const NAMED_OUTCOMES: ReadonlyArray<Exclude<TkOutcome, 'overig'>> = [
  'aangenomen',
  'verworpen',
  'aangehouden',
  'ingetrokken',
  'vervallen',
];

/** How it was voted on: by show of hands (per party), by roll call (per member), or not at all. */
export type TkVoteKind = 'met handopsteken' | 'hoofdelijk' | 'zonder stemming';

/** A vote's side (`Voor`, `Tegen`, `Niet deelgenomen`). */
export type TkVoteSide = 'voor' | 'tegen' | 'niet-deelgenomen';

/** What every counted vote carries. */
interface TkVote {
  /** The Stemming's GUID. */
  stemmingId: string;
  fractieId: string | null;
  /** `null` for a `soort` Griffie does not know (kept in `soort`; not counted, with a warning). */
  side: TkVoteSide | null;
  /** The Stemming's `soort`, as given. */
  soort: string | null;
  /** The party or member said it voted by mistake; counted as cast all the same. */
  vergissing: boolean;
  bijgewerkt: string | null;
}

/** A party's vote, by show of hands. */
export interface TkPartyVote extends TkVote {
  /** The party as the vote labels it: `actorFractie`, else `actorNaam` (`VBP`). */
  fractie: string | null;
  /** Its seats (`fractieGrootte`); `null` when the vote does not say (not counted, with a warning). */
  seats: number | null;
}

/** A member's vote: in a roll call, or apart from the party in a vote by show of hands. */
export interface TkMemberVote extends TkVote {
  persoonId: string | null;
  /** The member as the vote names them (`actorNaam`). */
  naam: string | null;
  /** The member's party as the vote labels it (`actorFractie`). */
  fractie: string | null;
}

/** Seats (or members) per side. */
export interface TkVoteCount {
  voor: number;
  tegen: number;
  nietDeelgenomen: number;
}

/** A decision on a proposal, and how it was voted. */
export interface TkDecision {
  besluitId: string;
  /** The GUIDs of the Zaken decided. */
  zaakIds: string[];
  outcome: TkOutcome;
  /** As given. */
  besluitSoort: string | null;
  /** As given. */
  besluitTekst: string | null;
  /** As given. */
  stemmingsSoort: string | null;
  /** `stemmingsSoort` normalised; `null` for none or one Griffie does not know. */
  kind: TkVoteKind | null;
  /** What `totals` count: seats (`zetels`: parties, and members apart from them) or members (`leden`: a roll call); `null` with no vote. */
  unit: 'zetels' | 'leden' | null;
  /** The parties' votes: most seats first. */
  parties: TkPartyVote[];
  /** The members' votes: by party, then name. */
  members: TkMemberVote[];
  /** The count as cast (mistakes included: the official count). */
  totals: TkVoteCount;
  /** The part of `totals` its voters said they cast by mistake. */
  vergissingen: TkVoteCount;
  /** The GUIDs of Stemmingen a later vote of the same voter replaced. */
  superseded: string[];
  /** The Besluit is withdrawn. */
  verwijderd: boolean;
  warnings: string[];
}

const OUTCOMES: ReadonlyArray<[RegExp, TkOutcome]> = [
  [/\bniet\s+aangenomen\b/, 'verworpen'],
  [/\baangenomen\b|\baannemen\b/, 'aangenomen'],
  [/\bverworpen\b|\bverwerpen\b/, 'verworpen'],
  [/\baangehouden\b|\baanhouden\b/, 'aangehouden'],
  [/\bingetrokken\b|\bintrekken\b/, 'ingetrokken'],
  [/\bvervallen\b|\bvervalt\b/, 'vervallen'],
];

const SIDES: ReadonlyMap<string, TkVoteSide> = new Map([
  ['voor', 'voor'],
  ['tegen', 'tegen'],
  ['niet deelgenomen', 'niet-deelgenomen'],
  ['niet-deelgenomen', 'niet-deelgenomen'],
]);

/** Lower case, spaces collapsed. */
const normal = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The outcome the first outcome word in `text` names; `null` for none. */
export function outcomeOf(text: string | null): TkOutcome | null {
  if (text === null) return null;
  const lower = normal(text);
  let best: { at: number; outcome: TkOutcome } | null = null;
  for (const [pattern, outcome] of OUTCOMES) {
    const match = pattern.exec(lower);
    if (match && (best === null || match.index < best.at)) best = { at: match.index, outcome };
  }
  return best?.outcome ?? null;
}

function kindOf(stemmingsSoort: string | null, warnings: string[]): TkVoteKind | null {
  if (stemmingsSoort === null) return null;
  const text = normal(stemmingsSoort);
  if (text === 'met handopsteken' || text === 'zonder stemming') return text;
  if (text.startsWith('hoofdelijk')) return 'hoofdelijk';
  warnings.push(`the Besluit's stemmingsSoort ${quoted(stemmingsSoort)} is not one Griffie knows`);
  return null;
}

/** `bijgewerkt` as [seconds since 1970 (UTC when no zone is given, as the SyncFeed's are), nanoseconds]; oldest for none. */
function instantOf(text: string | null): [number, number] {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?(Z|[+-]\d\d:\d\d)?$/.exec(text ?? '');
  if (!match) return [Number.NEGATIVE_INFINITY, 0];
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const offset =
    !zone || zone === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0));
  return [ms / 1000 - offset * 60, Number((fraction ?? '').padEnd(9, '0').slice(0, 9))];
}

/** Whether `a` was changed after `b` (the greater GUID when they cannot be told apart). */
function isNewer(a: TkStemming, b: TkStemming): boolean {
  const [as, an] = instantOf(a.bijgewerkt);
  const [bs, bn] = instantOf(b.bijgewerkt);
  return as !== bs ? as > bs : an !== bn ? an > bn : a.id > b.id;
}

/** Whose vote a Stemming is: a member's or a party's, and the key of that voter. */
function voterOf(stemming: TkStemming, kind: TkVoteKind | null): { member: boolean; key: string } {
  const member = kind === 'hoofdelijk' || stemming.persoonId !== null;
  const name = member ? stemming.actorNaam : (stemming.actorFractie ?? stemming.actorNaam);
  const id = member ? stemming.persoonId : stemming.fractieId;
  const key = id ?? (name === null ? `stemming ${stemming.id}` : `naam ${normal(name)}`);
  return { member, key: `${member ? 'lid' : 'fractie'} ${key}` };
}

function sideOf(stemming: TkStemming, warnings: string[]): TkVoteSide | null {
  if (stemming.soort === null) return null;
  const side = SIDES.get(normal(stemming.soort));
  if (side) return side;
  warnings.push(
    `the Stemming ${stemming.id} has soort ${quoted(stemming.soort)}, which Griffie does not know; it is not counted`,
  );
  return null;
}

const zero = (): TkVoteCount => ({ voor: 0, tegen: 0, nietDeelgenomen: 0 });
const COUNT_KEY = { voor: 'voor', tegen: 'tegen', 'niet-deelgenomen': 'nietDeelgenomen' } as const;
const byText = (a: string | null, b: string | null): number => {
  const [x, y] = [normal(a ?? '\uffff'), normal(b ?? '\uffff')];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** What the totals count: see `TkDecision.unit`. */
function unitOf(kind: TkVoteKind | null, parties: number, members: number): TkDecision['unit'] {
  if (parties + members === 0) return null;
  if (kind === 'hoofdelijk') return 'leden';
  return kind === 'met handopsteken' || parties > 0 ? 'zetels' : 'leden';
}

/**
 * The decision a Besluit records and how its Stemmingen voted.
 *
 * @param stemmingen the Besluit's votes, from any source and in any order; by default
 *   the ones its record carries (OData `$expand=Stemming`).
 * @example
 * const decision = decisionOf(besluit, stemmingen);
 * [decision.outcome, decision.kind, decision.totals]; // ['aangenomen', 'met handopsteken', { voor: 90, tegen: 60, nietDeelgenomen: 0 }]
 * decision.parties.filter((vote) => vote.vergissing).map((vote) => vote.fractie); // ['GV']
 */
export function decisionOf(besluit: TkBesluit, stemmingen: Iterable<TkStemming> = besluit.stemmingen): TkDecision {
  const warnings: string[] = [];
  const bySoort = outcomeOf(besluit.besluitSoort);
  const byTekst = outcomeOf(besluit.besluitTekst);
  if (bySoort !== null && byTekst !== null && bySoort !== byTekst) {
    warnings.push(`the Besluit's besluitSoort says ${bySoort} but its besluitTekst ${byTekst}; besluitSoort is taken`);
  }
  const kind = kindOf(besluit.stemmingsSoort, warnings);
  const latest = new Map<string, { stemming: TkStemming; member: boolean }>();
  const superseded: string[] = [];
  for (const stemming of [...stemmingen].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (stemming.verwijderd) continue;
    if (stemming.besluitId !== null && stemming.besluitId !== besluit.id) {
      warnings.push(`the Stemming ${stemming.id} is of another Besluit (${stemming.besluitId}); it is left out`);
      continue;
    }
    const { member, key } = voterOf(stemming, kind);
    const before = latest.get(key);
    if (before && !isNewer(stemming, before.stemming)) {
      superseded.push(stemming.id);
      continue;
    }
    if (before) superseded.push(before.stemming.id);
    latest.set(key, { stemming, member });
  }
  const parties: TkPartyVote[] = [];
  const members: TkMemberVote[] = [];
  const totals = zero();
  const vergissingen = zero();
  for (const { stemming, member } of latest.values()) {
    const side = sideOf(stemming, warnings);
    const base = {
      stemmingId: stemming.id,
      fractieId: stemming.fractieId,
      side,
      soort: stemming.soort,
      vergissing: stemming.vergissing === true,
      bijgewerkt: stemming.bijgewerkt,
    };
    let weight: number | null = 1;
    if (member) {
      members.push({
        ...base,
        persoonId: stemming.persoonId,
        naam: stemming.actorNaam,
        fractie: stemming.actorFractie,
      });
    } else {
      weight = stemming.fractieGrootte;
      const fractie = stemming.actorFractie ?? stemming.actorNaam;
      parties.push({ ...base, fractie, seats: weight });
      if (weight === null) {
        warnings.push(`the vote of ${fractie ?? stemming.id} gives no fractieGrootte; its seats are not counted`);
      }
    }
    if (side === null || weight === null) continue;
    totals[COUNT_KEY[side]] += weight;
    if (base.vergissing) vergissingen[COUNT_KEY[side]] += weight;
  }
  parties.sort(
    (a, b) => (b.seats ?? -1) - (a.seats ?? -1) || byText(a.fractie, b.fractie) || byText(a.stemmingId, b.stemmingId),
  );
  members.sort((a, b) => byText(a.fractie, b.fractie) || byText(a.naam, b.naam) || byText(a.stemmingId, b.stemmingId));
  if (besluit.verwijderd) warnings.push('the Besluit is withdrawn');
  return {
    besluitId: besluit.id,
    zaakIds: besluit.zaken.map((zaak) => zaak.id).filter((id): id is string => id !== null),
    outcome: bySoort ?? byTekst ?? 'overig',
    besluitSoort: besluit.besluitSoort,
    besluitTekst: besluit.besluitTekst,
    stemmingsSoort: besluit.stemmingsSoort,
    kind,
    unit: unitOf(kind, parties.length, members.length),
    parties,
    members,
    totals,
    vergissingen,
    superseded: superseded.sort(),
    verwijderd: besluit.verwijderd,
    warnings,
  };
}
