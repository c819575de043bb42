/**
 * Fictional SyncFeed entities of a decided motion, for the fake SyncFeed
 * (`official-server.ts`): the motion's Document (with its PDF) naming its Zaak, the Zaak,
 * two Besluiten (submitted; carried by show of hands), their Agendapunt and Activiteit,
 * and the votes of five parties, one of them corrected by a later Stemming and one cast
 * by mistake. Entities as the tkData v1-0 schemas define them; skiptokens per category.
 *
 * @module
 */
import { type FakeEntity, fictionalGuid, fictionalPdf } from './official-server.ts';

const NS = 'xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0"';
const NIL = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

export const MOTION = fictionalGuid(8001);
export const ZAAK = fictionalGuid(8101);
export const BESLUIT_INGEDIEND = fictionalGuid(8201);
export const BESLUIT_AANGENOMEN = fictionalGuid(8202);
export const AGENDAPUNT = fictionalGuid(8301);
export const ACTIVITEIT = fictionalGuid(8302);

/** The parties' votes on the carried motion: label, side, seats; the last is GPP's correction. */
export const VOTES: ReadonlyArray<[string, 'Voor' | 'Tegen', number, { vergissing?: boolean; later?: boolean }]> = [
  ['VBP', 'Voor', 34, {}],
  ['KP', 'Tegen', 25, {}],
  ['GPP', 'Tegen', 24, {}],
  ['LVP', 'Voor', 9, { vergissing: true }],
  ['DP', 'Voor', 8, {}],
  ['GPP', 'Voor', 24, { later: true }],
];

const marks = (guid: string, updated: string, deleted = false) =>
  `id="${guid}" tk:bijgewerkt="${updated}" tk:verwijderd="${deleted}"`;

function entity(category: string, guid: string, skiptoken: number, updated: string, xml: string): FakeEntity {
  return { guid, category, skiptoken, updated, deleted: false, xml };
}

/** A Stemming of the carried motion (the `n`th vote). */
export function stemmingEntity(n: number, deleted = false): FakeEntity {
  const [party, soort, seats, extra] = VOTES[n] as (typeof VOTES)[number];
  const guid = fictionalGuid(8400 + n);
  const updated = extra.later ? '2099-03-10T17:30:00Z' : '2099-03-10T16:05:00Z';
  const fractie = fictionalGuid(8500 + ['VBP', 'KP', 'GPP', 'LVP', 'DP'].indexOf(party));
  const body = deleted
    ? ''
    : `<besluit ref="${BESLUIT_AANGENOMEN}" /><fractie ref="${fractie}" /><soort>${soort}</soort>` +
      `<fractieGrootte>${seats}</fractieGrootte><actorNaam>${party}</actorNaam><actorFractie>${party}</actorFractie>` +
      `<vergissing>${extra.vergissing === true}</vergissing><sidActorLid xsi:nil="true" /><sidActorFractie xsi:nil="true" />`;
  const xml = `<stemming ${NS} ${NIL} ${marks(guid, deleted ? '2099-03-11T09:00:00Z' : updated, deleted)}>${body}</stemming>`;
  return { ...entity('Stemming', guid, 300 + n, updated, xml), deleted };
}

/** Every entity of the decided motion, by category. */
export function voteEntities(): FakeEntity[] {
  const pdf = fictionalPdf([
    'Tweede Kamer der Staten-Generaal',
    'Fictief voorbeeld van een motie',
    'De Kamer, gehoord de beraadslaging, verzoekt de regering de dijken te versterken.',
  ]);
  const document =
    `<document ${NS} ${marks(MOTION, '2099-03-03T10:00:00Z')} tk:contentType="application/pdf" tk:contentLength="${pdf.byteLength}">` +
    `<zaak ref="${ZAAK}" /><soort>Motie</soort><documentNummer>2099D08001</documentNummer>` +
    '<titel>Motie van het lid Voorbeeld over dijken</titel><onderwerp>Fictief voorbeeld van een motie over dijken</onderwerp>' +
    '<datum>2099-03-03T00:00:00</datum><vergaderjaar>2098-2099</vergaderjaar><kamer>2</kamer></document>';
  const zaak =
    `<zaak ${NS} ${marks(ZAAK, '2099-03-03T10:00:00Z')}><nummer>2099Z08101</nummer><soort>Motie</soort>` +
    '<onderwerp>Fictief voorbeeld van een motie over dijken</onderwerp></zaak>';
  const besluit = (guid: string, soort: string, tekst: string, stemmingsSoort: string | null, volgorde: number) =>
    `<besluit ${NS} ${NIL} ${marks(guid, '2099-03-10T16:00:00Z')}><agendapunt ref="${AGENDAPUNT}" /><zaak ref="${ZAAK}" />` +
    (stemmingsSoort ? `<stemmingsSoort>${stemmingsSoort}</stemmingsSoort>` : '<stemmingsSoort xsi:nil="true" />') +
    `<besluitSoort>${soort}</besluitSoort><besluitTekst>${tekst}</besluitTekst><opmerking xsi:nil="true" />` +
    `<status>Besluit</status><agendapuntZaakBesluitVolgorde>${volgorde}</agendapuntZaakBesluitVolgorde></besluit>`;
  const agendapunt =
    `<agendapunt ${NS} ${marks(AGENDAPUNT, '2099-03-09T12:00:00Z')}><activiteit ref="${ACTIVITEIT}" />` +
    '<nummer>1</nummer><onderwerp>Stemmingen over moties ingediend bij het debat over dijken</onderwerp>' +
    '<volgorde>1</volgorde></agendapunt>';
  const activiteit =
    `<activiteit ${NS} ${marks(ACTIVITEIT, '2099-03-09T12:00:00Z')}><soort>Stemmingen</soort>` +
    '<nummer>2099A08302</nummer><onderwerp>Stemmingen</onderwerp><datumSoort>Dag</datumSoort>' +
    '<datum>2099-03-10T00:00:00</datum><aanvangstijd>2099-03-10T15:00:00</aanvangstijd>' +
    '<eindtijd>2099-03-10T16:00:00</eindtijd><locatie>Plenaire zaal</locatie><besloten>false</besloten>' +
    '<status>Uitgevoerd</status><vergaderjaar>2098-2099</vergaderjaar><kamer>Tweede Kamer</kamer></activiteit>';
  return [
    {
      ...entity('Document', MOTION, 101, '2099-03-03T10:00:00Z', document),
      file: { bytes: pdf, contentType: 'application/pdf' },
    },
    entity('Zaak', ZAAK, 201, '2099-03-03T10:00:00Z', zaak),
    entity(
      'Besluit',
      BESLUIT_INGEDIEND,
      251,
      '2099-03-10T16:00:00Z',
      besluit(BESLUIT_INGEDIEND, 'Ingediend', 'Ingediend.', null, 1),
    ),
    entity(
      'Besluit',
      BESLUIT_AANGENOMEN,
      252,
      '2099-03-10T16:00:00Z',
      besluit(BESLUIT_AANGENOMEN, 'Stemmen - aangenomen', 'Aangenomen.', 'Met handopsteken', 2),
    ),
    ...VOTES.map((_, n) => stemmingEntity(n)),
    entity('Agendapunt', AGENDAPUNT, 401, '2099-03-09T12:00:00Z', agendapunt),
    entity('Activiteit', ACTIVITEIT, 451, '2099-03-09T12:00:00Z', activiteit),
  ];
}
