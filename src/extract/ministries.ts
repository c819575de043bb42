/**
 * The ministries of the Netherlands, current and historic, with the abbreviations the
 * papers use for them, and the portfolios of ministers and state secretaries without a
 * ministry of their own ("minister voor Ontwikkelingssamenwerking"). One table serves
 * persons (a minister's role), committees ("vaste commissie voor SZW") and ministries
 * ("het ministerie van SZW" → "Ministerie van Sociale Zaken en Werkgelegenheid").
 *
 * @module
 */

/** A ministry: its full portfolio as in "Ministerie van …" and its abbreviations. */
interface Ministry {
  name: string;
  abbreviations: string[];
}

/** Every ministry since the 1970s, newest names first where an abbreviation is shared. */
const MINISTRIES: Ministry[] = [
  { name: 'Algemene Zaken', abbreviations: ['AZ'] },
  { name: 'Asiel en Migratie', abbreviations: ['AenM', 'A&M'] },
  { name: 'Binnenlandse Zaken en Koninkrijksrelaties', abbreviations: ['BZK', 'BiZa'] },
  { name: 'Binnenlandse Zaken', abbreviations: [] },
  { name: 'Buitenlandse Zaken', abbreviations: ['BZ', 'BuZa'] },
  { name: 'Defensie', abbreviations: [] },
  { name: 'Economische Zaken en Klimaat', abbreviations: ['EZK', 'EZ&K'] },
  { name: 'Economische Zaken, Landbouw en Innovatie', abbreviations: ['EL&I', 'ELI'] },
  { name: 'Economische Zaken', abbreviations: ['EZ'] },
  { name: 'Financiën', abbreviations: [] },
  { name: 'Infrastructuur en Waterstaat', abbreviations: ['IenW', 'I&W'] },
  { name: 'Infrastructuur en Milieu', abbreviations: ['IenM', 'I&M'] },
  { name: 'Justitie en Veiligheid', abbreviations: ['JenV', 'J&V'] },
  { name: 'Veiligheid en Justitie', abbreviations: ['VenJ', 'V&J'] },
  { name: 'Justitie', abbreviations: [] },
  { name: 'Klimaat en Groene Groei', abbreviations: ['KGG'] },
  { name: 'Landbouw, Visserij, Voedselzekerheid en Natuur', abbreviations: ['LVVN'] },
  { name: 'Landbouw, Natuur en Voedselkwaliteit', abbreviations: ['LNV'] },
  { name: 'Landbouw, Natuurbeheer en Visserij', abbreviations: [] },
  { name: 'Landbouw en Visserij', abbreviations: ['L&V'] },
  { name: 'Onderwijs, Cultuur en Wetenschap', abbreviations: ['OCW', 'OCenW', 'OC&W'] },
  { name: 'Onderwijs, Cultuur en Wetenschappen', abbreviations: [] },
  { name: 'Onderwijs en Wetenschappen', abbreviations: ['O&W'] },
  { name: 'Sociale Zaken en Werkgelegenheid', abbreviations: ['SZW'] },
  { name: 'Verkeer en Waterstaat', abbreviations: ['VenW', 'V&W'] },
  { name: 'Volksgezondheid, Welzijn en Sport', abbreviations: ['VWS'] },
  { name: 'Welzijn, Volksgezondheid en Cultuur', abbreviations: ['WVC'] },
  { name: 'Volksgezondheid en Milieuhygiëne', abbreviations: [] },
  { name: 'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer', abbreviations: ['VROM'] },
  { name: 'Volkshuisvesting en Ruimtelijke Ordening', abbreviations: ['VRO'] },
  { name: 'Cultuur, Recreatie en Maatschappelijk Werk', abbreviations: ['CRM'] },
];

/** Portfolios of ministers and state secretaries without a ministry ("minister voor …"). */
const PORTFOLIOS: string[] = [
  'Ontwikkelingssamenwerking',
  'Buitenlandse Handel en Ontwikkelingssamenwerking',
  'Buitenlandse Handel en Ontwikkelingshulp',
  'Europese Zaken',
  'Immigratie en Asiel',
  'Immigratie, Integratie en Asiel',
  'Vreemdelingenzaken en Integratie',
  'Grote Steden- en Integratiebeleid',
  'Wonen en Rijksdienst',
  'Wonen, Wijken en Integratie',
  'Wonen, Communities en Integratie',
  'Jeugd en Gezin',
  'Primair en Voortgezet Onderwijs',
  'Basis- en Voortgezet Onderwijs en Media',
  'Medische Zorg en Sport',
  'Medische Zorg',
  'Langdurige Zorg en Sport',
  'Jeugd, Preventie en Sport',
  'Rechtsbescherming',
  'Klimaat en Energie',
  'Migratie',
  'Milieu en Wonen',
  'Natuur en Stikstof',
  'Armoedebeleid, Participatie en Pensioenen',
  'Bestuurlijke Vernieuwing en Koninkrijksrelaties',
  'Koninkrijksrelaties en Digitalisering',
  'Digitalisering en Koninkrijksrelaties',
  'Fiscaliteit en Belastingdienst',
  'Financiën – Fiscaliteit en Belastingdienst',
  'Financiën – Toeslagen en Douane',
  'Toeslagen en Douane',
  'Herstel Toeslagen',
  'Cultuur en Media',
  'Funderend Onderwijs en Emancipatie',
  'Mijnbouw',
];

/** Full ministry names by themselves, their abbreviations and `&` spellings. */
const MINISTRY_BY_FORM = new Map<string, string>();
for (const { name, abbreviations } of MINISTRIES) {
  for (const form of [name, name.replace(/ en /g, ' & '), ...abbreviations]) {
    if (!MINISTRY_BY_FORM.has(form)) MINISTRY_BY_FORM.set(form, name);
  }
}

/** Every portfolio a role can name: the ministries, their abbreviations, the portfolios. */
const PORTFOLIO_BY_FORM = new Map<string, string>(MINISTRY_BY_FORM);
for (const name of PORTFOLIOS) PORTFOLIO_BY_FORM.set(name, name);

/** Every form, longest first, for a longest-match regex. */
function alternation(forms: Iterable<string>): string {
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** A regex source matching any known portfolio form (a ministry, an abbreviation, a portfolio). */
const PORTFOLIO_SOURCE = `(?:${alternation(PORTFOLIO_BY_FORM.keys())})(?![\\p{L}&-])`;

/** Every ministry abbreviation ("SZW", "IenW", "EL&I"). */
export const MINISTRY_ABBREVIATIONS: ReadonlySet<string> = new Set(MINISTRIES.flatMap((m) => m.abbreviations));

/** The ministry a form names ("SZW", "Sociale Zaken & Werkgelegenheid"), or `null`. */
export function ministryOf(form: string): string | null {
  return MINISTRY_BY_FORM.get(form.replace(/\s+/g, ' ').trim()) ?? null;
}

/** The full portfolio a form names (a ministry's or a minister's without one), or `null`. */
export function portfolioOf(form: string): string | null {
  return PORTFOLIO_BY_FORM.get(form.replace(/\s+/g, ' ').trim()) ?? null;
}

/** Every capitalised word of the table: what a portfolio is made of, never a person's name. */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  [...PORTFOLIO_BY_FORM.keys()]
    .flatMap((form) => form.split(/[\s,–-]+/))
    .filter((word) => /^\p{Lu}\p{Ll}/u.test(word))
    .map((word) => word.toLowerCase()),
);

const TABLE_AT = new RegExp(PORTFOLIO_SOURCE, 'uy');
/** Capitalised words joined by commas, "en", "&", dashes: a portfolio the table does not hold. */
const LOOSE_AT = /(?:(?:de|het) )?\p{Lu}\p{Ll}[\p{L}-]*(?:(?:, | en | & | – | )(?:de |het )?\p{Lu}\p{Ll}[\p{L}-]*)*/uy;

/** A portfolio read at a position: its canonical form and where it ends. */
export interface PortfolioAt {
  portfolio: string;
  end: number;
}

/**
 * The portfolio that starts at `pos`: the longest form of the table (canonical, so "SZW"
 * reads "Sociale Zaken en Werkgelegenheid"); else, when `loose`, capitalised words as
 * printed ("Infrastructuur, Waterstaat en Omgeving"), and otherwise only words of the
 * table in a new order. A footnote marker glued to the last word is skipped.
 */
export function readPortfolio(text: string, pos: number, loose = false): PortfolioAt | null {
  TABLE_AT.lastIndex = pos;
  const table = TABLE_AT.exec(text);
  let found: PortfolioAt | null = null;
  if (table) found = { portfolio: portfolioOf(table[0]) ?? table[0], end: pos + table[0].length };
  LOOSE_AT.lastIndex = pos;
  const generic = LOOSE_AT.exec(text);
  if (generic && (!found || generic[0].length > found.end - pos)) {
    const words = generic[0].split(/, | en | & | – | /);
    const kept: string[] = [];
    for (const word of words) {
      if (!loose && !PORTFOLIO_WORDS.has(word.toLowerCase().replace(/-$/, ''))) break;
      kept.push(word);
    }
    if (kept.length === words.length && kept.length > 0) {
      const printed = generic[0].replace(/\s+/g, ' ');
      found = { portfolio: portfolioOf(printed) ?? printed, end: pos + generic[0].length };
    }
  }
  if (found) {
    const marker = /^\d{1,2}(?![\d.,])/.exec(text.slice(found.end, found.end + 3));
    if (marker) found.end += marker[0].length;
  }
  return found;
}
