/**
 * Fictional Tweede Kamer records and papers for the votes, shaped as the parse layer
 * reads the Kamer's (SyncFeed and OData): Zaken of two motions and an amendment of
 * dossier 99010, their Besluiten (one submitted, then carried by show of hands with a
 * vote corrected and one cast by mistake; one rejected by roll call; one held over), an
 * Agendapunt and Activiteit that date them. `syncedRecords` gives them in the order a
 * sync of category after category does: votes before their decisions, dates last.
 *
 * @module
 */
import type { Document } from '../model/index.ts';
import { paper } from './fixtures.ts';
import type { TkRecordInput } from './vote-types.ts';

/** A GUID of the fixtures. */
export const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const ZAAK_MOTIE = G(101);
export const ZAAK_AMENDEMENT = G(102);
export const ZAAK_AANGEHOUDEN = G(103);
export const B_INGEDIEND = G(201);
export const B_AANGENOMEN = G(202);
export const B_HOOFDELIJK = G(203);
export const B_AANGEHOUDEN = G(204);
export const AGENDAPUNT = G(301);
const FRACTIES = ['VBP', 'GPP', 'LVP', 'KP'];
export const ACTIVITEIT = G(302);

const base = (id: string, bijgewerkt = '2026-03-10T16:00:00') => ({
  origin: 'syncfeed',
  id,
  verwijderd: false,
  bijgewerkt,
  warnings: [],
});

function record(kind: TkRecordInput['kind'], fields: Record<string, unknown>, papers?: string[]): TkRecordInput {
  const r = { ...fields } as Record<string, unknown> & { id: string; verwijderd: boolean; bijgewerkt: string | null };
  return {
    kind,
    id: r.id,
    verwijderd: r.verwijderd,
    bijgewerkt: r.bijgewerkt,
    record: r,
    ...(papers ? { papers } : {}),
  };
}

/** A Besluit on one Zaak, on the fixtures' agenda item. */
export function besluit(
  id: string,
  zaak: string,
  soort: string,
  tekst: string,
  stemmingsSoort: string | null,
  volgorde: number,
) {
  return record('besluit', {
    ...base(id),
    agendapuntId: AGENDAPUNT,
    zaken: [{ id: zaak, nummer: null, soort: null, onderwerp: null }],
    stemmingsSoort,
    besluitSoort: soort,
    besluitTekst: tekst,
    opmerking: null,
    status: 'Besluit',
    agendapuntZaakBesluitVolgorde: volgorde,
    stemmingen: [],
  });
}

function stemming(
  n: number,
  besluitId: string,
  fractie: string,
  soort: string,
  seats: number | null,
  extra: { persoon?: string; naam?: string; vergissing?: boolean; bijgewerkt?: string; verwijderd?: boolean } = {},
) {
  return record('stemming', {
    ...base(G(400 + n), extra.bijgewerkt),
    verwijderd: extra.verwijderd === true,
    besluitId,
    persoonId: extra.persoon ?? null,
    fractieId: G(FRACTIES.indexOf(fractie) + 501),
    soort,
    fractieGrootte: seats,
    actorNaam: extra.naam ?? fractie,
    actorFractie: fractie,
    vergissing: extra.vergissing ?? false,
    sidActorLid: null,
    sidActorFractie: null,
  });
}

/** The records of a sync, category by category: Stemming, Besluit, Zaak, Fractie, Agendapunt, Activiteit. */
export function syncedRecords(): TkRecordInput[] {
  return [
    stemming(1, B_AANGENOMEN, 'VBP', 'Voor', 40),
    stemming(2, B_AANGENOMEN, 'GPP', 'Tegen', 35),
    stemming(3, B_AANGENOMEN, 'LVP', 'Voor', 30, { vergissing: true }),
    // GPP's vote corrected: a newer record of the same party wins.
    stemming(4, B_AANGENOMEN, 'GPP', 'Voor', 35, { bijgewerkt: '2026-03-10T17:30:00' }),
    stemming(5, B_AANGENOMEN, 'KP', 'Tegen', 45),
    stemming(6, B_HOOFDELIJK, 'VBP', 'Tegen', null, { persoon: G(601), naam: 'A. Aalders' }),
    stemming(7, B_HOOFDELIJK, 'VBP', 'Tegen', null, { persoon: G(602), naam: 'B. Bakker' }),
    stemming(8, B_HOOFDELIJK, 'GPP', 'Voor', null, { persoon: G(603), naam: 'C. Claes' }),
    stemming(9, B_HOOFDELIJK, 'KP', 'Tegen', null, { persoon: G(604), naam: 'D. Dekker' }),
    stemming(10, B_HOOFDELIJK, 'KP', 'Voor', null, { persoon: G(605), naam: 'E. Eelman', verwijderd: true }),
    besluit(B_INGEDIEND, ZAAK_MOTIE, 'Ingediend', 'Ingediend.', null, 1),
    besluit(B_AANGENOMEN, ZAAK_MOTIE, 'Stemmen - aangenomen', 'Aangenomen.', 'Met handopsteken', 2),
    besluit(B_HOOFDELIJK, ZAAK_AMENDEMENT, 'Stemmen - verworpen', 'Verworpen.', 'Hoofdelijk', 1),
    besluit(B_AANGEHOUDEN, ZAAK_AANGEHOUDEN, 'Aangehouden', 'Aangehouden (tijdens vergadering).', null, 1),
    record('zaak', { ...base(ZAAK_MOTIE), nummer: '2026Z00101', soort: 'Motie', onderwerp: 'Motie over dijken' }),
    record('zaak', { ...base(ZAAK_AMENDEMENT), nummer: '2026Z00102', soort: 'Amendement', onderwerp: null }),
    record('zaak', { ...base(ZAAK_AANGEHOUDEN), nummer: null, soort: 'Motie', onderwerp: 'Motie over duinen' }, [
      'kst-99010-11',
    ]),
    record('fractie', { ...base(G(501)), afkorting: 'VBP', naamNl: 'Voorbeeldpartij' }),
    record('agendapunt', { ...base(AGENDAPUNT), activiteitId: ACTIVITEIT, onderwerp: 'Stemmingen' }),
    record('activiteit', { ...base(ACTIVITEIT), soort: 'Stemmingen', datum: '2026-03-10' }),
  ];
}

export const VOTE_DOSSIER = { number: '99010', title: 'Waterveiligheid' };

/** The three papers: linked by Zaak number, by Zaak GUID (a SyncFeed Document), and by the Zaak's record. */
export function votePapers(): Document[] {
  const motion = (n: number, type: string, external?: Document['external']) => {
    const doc = paper({
      id: `kst-99010-${n}`,
      kind: 'kamerstuk',
      chamber: 'tweede-kamer',
      type,
      dossiers: [VOTE_DOSSIER],
      number: String(n),
      title: `${type === 'motie' ? 'Motie' : 'Amendement'} nr. ${n} over waterveiligheid`,
      date: '2026-03-03',
      body: ['De Kamer, gehoord de beraadslaging, verzoekt de regering de dijken te versterken.'],
    });
    if (external) doc.external = external;
    return doc;
  };
  return [
    motion(7, 'motie', { tkZaken: ['2026Z00101'] }),
    motion(9, 'amendement', { tkId: G(701), tkZaakIds: [ZAAK_AMENDEMENT] }),
    motion(11, 'motie'),
  ];
}
