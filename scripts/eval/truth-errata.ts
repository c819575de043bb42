/**
 * Errata to `shared/corpus/truth.jsonl` for Kamerstuk references: where reading the
 * paper shows the truth wrong, by a rule the extractor follows on purpose. Each entry
 * says why. `npm run eval:parse` always prints the score against the truth as given
 * next to the score with these errata applied.
 *
 * The rules behind them:
 * - a paper in two dossiers ("19 637/26 210, nr. 424", "Kamerstukken 25 424 en 29 689,
 *   nr. 645") is numbered in the first-named dossier (the seed letter, 32 824 + 27 925,
 *   is kst-32824-93; dossier 26 210, opened in 1998, never reached nr. 424 in 1999, and
 *   25 424 was at nr. 646 in the same paper while 29 689 was past nr. 1189);
 * - "nrs. 95 tot en met 103" cites nine papers, "nrs. 1-2" two;
 * - "21 50108, nr. 106" is 21 501-08 with its dash lost in extraction.
 *
 * @module
 */

/**
 * Where reading the paper shows the truth wrong, by a rule the extractor follows on purpose.
 * Scored as a second line, "adjudicated"; the first line is always the truth as given.
 */
export const TRUTH_ERRATA: Record<string, { add?: string[]; remove?: string[]; why: string }> = {
  // "(28880,28929, nr. 91)": a paper in two dossiers is numbered in the first one.
  'h-tk-20022003-4830-4831': {
    remove: ['kst-28929-91', 'kst-28929-92', 'kst-28929-93', 'kst-28929-94', 'kst-28929-95'],
    add: ['kst-28880-91', 'kst-28880-92', 'kst-28880-93', 'kst-28880-94', 'kst-28880-95'],
    why: 'joint dossiers: number counts in the first-named dossier',
  },
  'kst-19637-456': {
    remove: ['kst-26210-424'],
    add: ['kst-19637-424'],
    why: '"19 637/26 210, nr. 424": first-named dossier',
  },
  'kst-25424-662': { add: ['kst-25424-645', 'kst-25424-648'], why: '"Kamerstukken 25 424 en 29 689, nr. 645" omitted' },
  'tk-2019D21843': { add: ['kst-34477-57'], why: '"Kamerstukken 34 477 en 31 839, nr. 57" omitted' },
  'tk-2024D36854': { add: ['kst-36600-B-6'], why: '"Kamerstukken 36 600 B en 36 600 C, nr. 6" omitted' },
  'rijksbegroting.nl_2016_kamerstukken_2015_12_3_kst215989': {
    add: ['96', '97', '98', '99', '100', '101', '102', '103'].map((n) => `kst-34300-VIII-${n}`),
    why: '"nrs. 95 tot en met 103": the range is expanded',
  },
  'opennieuwsbank.nl_bericht_2002_12_17_E151-deelnemingenbeleid-en-terugtrekking-van-overheidsc': {
    add: ['kst-28165-2'],
    why: '"nrs. 1-2": the range is expanded',
  },
  'adoc.pub_download_tweede-kamer-der-staten-generaal0b9e863b14ba94e47154d07b3d16835654024': {
    add: ['kst-21501-08-106'],
    why: '"21 50108, nr. 106": the dash of 21 501-08 lost in extraction',
  },
};
