/**
 * The categories (entity types) of the Tweede Kamer SyncFeed, one stream each.
 *
 * @module
 */
import { SourceOptionError } from '../errors.ts';

/** Every category of the SyncFeed (the entity types of the tkData v1-0 schema). */
export const TK_CATEGORIES = [
  'Activiteit',
  'ActiviteitActor',
  'Agendapunt',
  'Besluit',
  'Commissie',
  'CommissieContactinformatie',
  'CommissieZetel',
  'CommissieZetelVastPersoon',
  'CommissieZetelVastVacature',
  'CommissieZetelVervangerPersoon',
  'CommissieZetelVervangerVacature',
  'Document',
  'DocumentActor',
  'DocumentVersie',
  'Fractie',
  'FractieAanvullendGegeven',
  'FractieZetel',
  'FractieZetelPersoon',
  'FractieZetelVacature',
  'Kamerstukdossier',
  'Persoon',
  'PersoonContactinformatie',
  'PersoonGeschenk',
  'PersoonLoopbaan',
  'PersoonNevenfunctie',
  'PersoonNevenfunctieInkomsten',
  'PersoonOnderwijs',
  'PersoonReis',
  'Reservering',
  'Stemming',
  'Toezegging',
  'Vergadering',
  'Verslag',
  'Zaak',
  'ZaakActor',
  'Zaal',
] as const;

/** A SyncFeed category. */
export type TkCategory = (typeof TK_CATEGORIES)[number];

/**
 * `votes`: the categories of the Kamer's decisions and votes, in an order where each
 * record's relations mostly arrive before it is needed (any order gives the same result).
 */
export const TK_VOTE_CATEGORIES: readonly TkCategory[] = [
  'Zaak',
  'DocumentVersie',
  'Besluit',
  'Stemming',
  'Agendapunt',
  'Activiteit',
  'Fractie',
  'Persoon',
];

/**
 * The categories a user asked for (`Document,Zaak`, any case; `votes` for those of
 * `TK_VOTE_CATEGORIES`), in sync order: Document first, since papers matter most, then
 * the others as given. Default: Document.
 *
 * @throws {TypeError} naming the unknown category.
 */
export function parseTkCategories(value: string | readonly string[] | undefined): TkCategory[] {
  const asked = (typeof value === 'string' ? value.split(',') : (value ?? []))
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (asked.length === 0) return ['Document'];
  const categories: TkCategory[] = [];
  const names = asked.flatMap((n): string[] => (n.toLowerCase() === 'votes' ? [...TK_VOTE_CATEGORIES] : [n]));
  for (const name of names) {
    const category = TK_CATEGORIES.find((known) => known.toLowerCase() === name.toLowerCase());
    if (!category) {
      throw new SourceOptionError(
        `"${name}" is not a Tweede Kamer category; for example: Document, Zaak, Kamerstukdossier, or votes`,
      );
    }
    if (!categories.includes(category)) categories.push(category);
  }
  return categories.sort((a, b) => Number(b === 'Document') - Number(a === 'Document'));
}

/** The category's stream: `tk:Document`. */
export function tkStream(category: TkCategory): string {
  return `tk:${category}`;
}
