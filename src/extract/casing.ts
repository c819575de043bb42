/**
 * Casing for upper-case header text: type lines in sentence case with ministries and
 * names kept capitalised ("Brief van de minister van Sociale Zaken en Werkgelegenheid").
 *
 * @module
 */
import { titleCaseName, titleCasePortfolio } from '../model/index.ts';

const PORTFOLIO_AFTER =
  /\b((?:minister|ministers|staatssecretaris|staatssecretarissen|minister-president|commissie|voorzitter|lid|leden)(?:,)?\s+(?:van|voor)\s+)(.+)$/;

/**
 * Sentence-case a type line, keeping the portfolio or names after "minister van",
 * "commissie voor", "lid" capitalised; what an amended paper replaces ("ter vervanging
 * van die gedrukt onder nr. 4") stays lower case.
 *
 * @example
 * sentenceCaseTypeLine('BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID');
 * // 'Brief van de minister van Sociale Zaken en Werkgelegenheid'
 */
export function sentenceCaseTypeLine(typeLine: string): string {
  if (/\p{Ll}/u.test(typeLine)) return typeLine;
  const lower = typeLine.toLowerCase().replace(/\s+/g, ' ').trim();
  const members = /^(.*?\b(?:het lid|de leden)\s+)(.+?)(\s+ter\s+vervanging\b.*)?$/.exec(lower);
  let text = lower;
  if (members) {
    const names = (members[2] as string).split(/(\s+en\s+|,\s*|\s+c\.s\.)/);
    text =
      members[1] +
      names.map((part) => (/^(?:\s+en\s+|,\s*|\s+c\.s\.)$/.test(part) ? part : titleCaseName(part))).join('') +
      (members[3] ?? '');
  } else {
    const portfolio = PORTFOLIO_AFTER.exec(lower);
    if (portfolio) {
      const head = lower.slice(0, portfolio.index + (portfolio[1] as string).length);
      const tail = (portfolio[2] as string)
        .split(
          /(\s+en\s+(?:van|voor)\s+|,\s+(?:van|voor)\s+|\s+en\s+de\s+(?:minister|staatssecretaris)\s+(?:van|voor)\s+)/,
        )
        .map((part, i) => (i % 2 === 1 ? part : titleCasePortfolio(part)))
        .join('');
      text = head + tail;
    }
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}
