/**
 * The written form of ministries, committees and people's names, from the upper case
 * the papers print them in: "SOCIALE ZAKEN EN WERKGELEGENHEID" → "Sociale Zaken en
 * Werkgelegenheid", "VAN DER HAM" → "Van der Ham". One form for every format, so that a
 * ministry is one value whatever source named it.
 *
 * @module
 */

const SMALL = new Set([
  'en',
  'van',
  'voor',
  'de',
  'der',
  'den',
  'het',
  'op',
  'in',
  'ter',
  'te',
  'over',
  'aan',
  'met',
  'bij',
  "'s",
  '’s',
]);
const NAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', "'t", '’t', 'in', 'op']);

function capitalise(word: string): string {
  const at = word.startsWith("'") || word.startsWith('’') ? 1 : 0;
  return word.slice(0, at) + word.charAt(at).toUpperCase() + word.slice(at + 1);
}

/** Capitalise every word but the first-excepted small words (which stay lower case). */
function titleCase(text: string, small: ReadonlySet<string>): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && small.has(word) ? word : word.split('-').map(capitalise).join('-')))
    .join(' ');
}

/** "SOCIALE ZAKEN EN WERKGELEGENHEID" → "Sociale Zaken en Werkgelegenheid". */
export function titleCasePortfolio(text: string): string {
  return titleCase(text, SMALL);
}

/** "VAN DER HAM" → "Van der Ham", "ALBERT DE VRIES" → "Albert de Vries". */
export function titleCaseName(text: string): string {
  return titleCase(text, NAME_PARTICLES);
}
