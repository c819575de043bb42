/**
 * The fields of the seed letter's hand-parsed document
 * (`../shared/spec/kst-32824-93.expected.json`) that a parser must give exactly,
 * whatever format it read the letter from (test support).
 *
 * @module
 */

/** Every header field, the signatories, footnotes and references (blocks are compared apart). */
export const SEED_FIELDS = [
  'id',
  'kind',
  'chamber',
  'dossiers',
  'number',
  'type',
  'typeLine',
  'title',
  'subject',
  'sender',
  'addressee',
  'place',
  'date',
  'parliamentaryYear',
  'citation',
  'signatories',
  'footnotes',
  'references',
] as const;
