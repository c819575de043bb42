/**
 * Persons named by a role word: "minister Asscher", "Minister Koenders van Buitenlandse
 * Zaken", "Kamerlid Kwint (SP)", "oud-minister Pronk", a foreign official after a
 * nationality ("de Franse president Macron", "De Marokkaanse Minister voor Marokkanen in
 * het buitenland en migratie Birou"), a name after a minister's portfolio ("de
 * minister van Buitenlandse Zaken Koenders"), before a member's title ("H. Nijboer,
 * Tweede Kamerlid") and under the role line of a signature ("De fungerend voorzitter van
 * de commissie,\nVan der Burg").
 *
 * @module
 */
import { PORTFOLIO_WORDS, readPortfolio } from './ministries.ts';
import { cleanName } from './person-names.ts';
import {
  governmentRole,
  isSpace,
  isUpperAt,
  NAME_AT_END,
  nameAt,
  type PersonContext,
  type PersonMention,
  push,
  roleAfter,
} from './person-reading.ts';

/** The role words that cue a name, lower case. */
export const ROLE_WORDS = [
  'minister-president',
  'minister',
  'staatssecretaris',
  'premier',
  'kamerlid',
  'eurocommissaris',
  'burgemeester',
  'wethouder',
  'president',
  'bondskanselier',
  'koning',
  'koningin',
  'prins',
  'prinses',
  'kamervoorzitter',
  'fractievoorzitter',
  'ambassadeur',
  'vicepremier',
];
/** Roles a foreign official is named by after a nationality ("de Franse president"). */
const FOREIGN_ROLES: ReadonlySet<string> = new Set([
  'minister-president',
  'minister',
  'staatssecretaris',
  'president',
  'premier',
  'bondskanselier',
  'koning',
  'koningin',
  'ambassadeur',
  'vicepremier',
]);
const NATIONALITY_BEFORE = /(?:^|[^\p{L}])([\p{Lu}][\p{Ll}]+(?:se|sche)) $/u;
const MODIFIER_BEFORE = /(?:^|[^\p{L}])(oud-|ex-|[Vv]oormalig(?:e)? |demissionair )$/u;
const LOWER_CONNECTORS: ReadonlySet<string> = new Set([
  'en',
  'van',
  'voor',
  'de',
  'het',
  'der',
  'in',
  'op',
  "'t",
  'met',
  'te',
]);

/** A role word at `hit`: "minister Asscher", "de Franse president Macron", "minister van … Koenders". */
export function roleWord(
  text: string,
  hit: number,
  word: string,
  ctx: PersonContext,
  base: number,
  out: PersonMention[],
): void {
  const printed = text.slice(hit, hit + word.length);
  if (printed !== word && printed !== word.charAt(0).toUpperCase() + word.slice(1) && printed !== 'Minister-President')
    return;
  const after = hit + word.length;
  if (!isSpace(text.charCodeAt(after))) return;
  const before = text.slice(Math.max(0, hit - 30), hit);
  const modifier = MODIFIER_BEFORE.exec(before)?.[1] ?? '';
  if (before.endsWith('-') && !modifier) return;
  if (FOREIGN_ROLES.has(word)) {
    const nationality = NATIONALITY_BEFORE.exec(before);
    if (nationality) {
      foreignOfficial(
        text,
        hit - (nationality[1] as string).length - 1,
        nationality[1] as string,
        after,
        ctx,
        base,
        out,
      );
      return;
    }
  }
  let at = after;
  while (isSpace(text.charCodeAt(at))) at++;
  if (isUpperAt(text, at) || text.startsWith("'t", at) || text.startsWith('’t', at)) {
    roleCue(text, at, word, modifier.toLowerCase(), ctx, base, out);
  } else if (word === 'minister' || word === 'staatssecretaris') {
    const prep = /^(van|voor) /.exec(text.slice(at, at + 5));
    if (prep) rolePortfolioName(text, at + prep[0].length, word, prep[1] as string, ctx, base, out);
  }
}

/** "minister Asscher", "Minister Koenders van Buitenlandse Zaken", "Kamerlid Kwint (SP)". */
function roleCue(
  text: string,
  at: number,
  word: string,
  modifier: string,
  ctx: PersonContext,
  base: number,
  out: PersonMention[],
): void {
  const item = nameAt(text, at, ctx, false, true);
  if (!item) return;
  let role: string;
  if (word === 'kamerlid') role = ctx.member;
  else if (word === 'kamervoorzitter') role = 'voorzitter van de Tweede Kamer';
  else if (word === 'minister' || word === 'minister-president' || word === 'staatssecretaris') {
    role = governmentRole(word);
    const prep = /^ (van|voor) /.exec(text.slice(item.end, item.end + 6));
    const portfolio = prep ? readPortfolio(text, item.end + prep[0].length) : null;
    const inParens = /^ \(([^)]{2,60})\)/.exec(text.slice(item.end, item.end + 64))?.[1] ?? '';
    const parensPortfolio = inParens ? readPortfolio(inParens, 0) : null;
    if (portfolio && prep) role = `${role} ${prep[1]} ${portfolio.portfolio}`;
    else if (parensPortfolio && parensPortfolio.end === inParens.length)
      role = `${role} van ${parensPortfolio.portfolio}`;
    else role = roleAfter(text, item.end, ctx, false) ?? role;
  } else role = /^(?:koning|koningin|prins|prinses)$/.test(word) ? governmentRole(word) : word;
  const lowered = modifier.endsWith('-') ? role.charAt(0).toLowerCase() + role.slice(1) : role;
  push(out, base, at, item.name, modifier ? `${modifier}${lowered}` : role);
}

/**
 * "De Marokkaanse Minister voor Marokkanen in het buitenland en migratie Birou gaf …":
 * the role runs on to the last capitalised word before the verb, which is the name.
 */
function foreignOfficial(
  text: string,
  roleStart: number,
  nationality: string,
  at: number,
  ctx: PersonContext,
  base: number,
  out: PersonMention[],
): void {
  const tokens = [...text.slice(at, at + 200).matchAll(/[^\s,.:;()]+|[,.:;()]/gu)];
  let portfolio = false;
  for (let i = 0; i < tokens.length && i < 16; i++) {
    const token = tokens[i]?.[0] as string;
    const next = tokens[i + 1]?.[0] ?? '.';
    if (i === 0 && (token === 'van' || token === 'voor')) {
      portfolio = true;
      continue;
    }
    if (/^\p{Lu}\p{Ll}/u.test(token)) {
      if (PORTFOLIO_WORDS.has(token.toLowerCase()) || ctx.reject(token)) continue;
      if (portfolio && (LOWER_CONNECTORS.has(next) || /^\p{Lu}/u.test(next))) continue;
      const tokenAt = at + (tokens[i]?.index as number);
      const item = nameAt(text, tokenAt, ctx);
      if (item)
        push(
          out,
          base,
          tokenAt,
          item.name,
          `${nationality} ${text.slice(roleStart + nationality.length + 1, tokenAt).trim()}`,
        );
      return;
    }
    if (!portfolio || /^[,.:;()]$/.test(token)) return;
  }
}

/** "de minister van Buitenlandse Zaken Koenders zei": a name right after a known portfolio. */
function rolePortfolioName(
  text: string,
  at: number,
  word: string,
  prep: string,
  ctx: PersonContext,
  base: number,
  out: PersonMention[],
): void {
  const portfolio = readPortfolio(text, at);
  if (!portfolio || text[portfolio.end] !== ' ') return;
  const item = nameAt(text, portfolio.end + 1, ctx);
  if (
    !item ||
    !/^(?:[\s,.:;)]|$)/.test(text.slice(item.end, item.end + 1)) ||
    /^ \d/.test(text.slice(item.end, item.end + 2))
  )
    return;
  push(out, base, portfolio.end + 1, item.name, `${governmentRole(word)} ${prep} ${portfolio.portfolio}`);
}

/** The line before a signature: "De fungerend voorzitter van de commissie,". */
const ROLE_LINE =
  /^(?:De |de )?((?:fungerend |waarnemend )?(?:[Vv]oorzitter|[Gg]riffier|[Aa]djunct-griffier|[Mm]inister|[Ss]taatssecretaris)(?: [^\n]{0,80})?),\s*$/;

/** "H. Nijboer, Tweede Kamerlid": a name right before a member's title. */
export function memberBefore(text: string, hit: number, ctx: PersonContext, base: number, out: PersonMention[]): void {
  const chamber = /, (?:(Tweede|Eerste) )?$/.exec(text.slice(Math.max(0, hit - 10), hit));
  if (!chamber) return;
  const end = hit - chamber[0].length;
  const line = text.lastIndexOf('\n', end - 1) + 1;
  const before = text.slice(Math.max(line, end - 60), end);
  const m = NAME_AT_END.exec(before);
  if (!m) return;
  const raw = m[1] as string;
  const name = cleanName(raw, undefined);
  if (!name || !raw.endsWith(name)) return;
  const role =
    chamber[1] === 'Eerste' ? 'lid van de Eerste Kamer' : chamber[1] ? 'lid van de Tweede Kamer' : ctx.member;
  push(out, base, end - name.length, name, role);
}

/** "De fungerend voorzitter van de commissie,\nVan der Burg": a signature on its own line. */
export function signatures(text: string, ctx: PersonContext, base: number, out: PersonMention[]): void {
  for (let i = text.indexOf(',\n'); i !== -1; i = text.indexOf(',\n', i + 1)) {
    const previous = text.slice(text.lastIndexOf('\n', i - 1) + 1, i + 1);
    const role = ROLE_LINE.exec(previous);
    if (!role) continue;
    const at = i + 2;
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next === -1 ? text.length : next).trim();
    const item = nameAt(text, at, ctx, false, true);
    if (item && item.name === line) push(out, base, at, item.name, role[1] as string);
  }
}
