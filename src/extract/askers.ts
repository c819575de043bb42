/**
 * Who asks: the committees, members, chambers and parliamentary parties that requests
 * name ("de vaste commissie voor Sociale Zaken en Werkgelegenheid", "het lid Kroosberg
 * (ZWP)", "de leden Omtzigt, Gesthuizen en Schouw", "uw Kamer", "de leden van de
 * D66-fractie", "de SP"), and how requests write them: without article or party, members as
 * "het lid X" or "de leden X en Y".
 *
 * @module
 */
import type { Document } from '../model/index.ts';
import { PARTY_SOURCE, partyOf } from './parties.ts';

/** An asker found in a text. */
export interface Asker {
  label: string;
  kind: 'committee' | 'member' | 'kamer' | 'fractie';
  index: number;
  end: number;
}

const CAP = "[\\p{Lu}][\\p{L}’'\\-]*";
/** Capitalised words joined by commas, "en", "van", "voor": a committee's portfolio. */
export const PORTFOLIO_CHAIN = `${CAP}(?:(?:,\\s+|\\s+en\\s+|\\s+van\\s+|\\s+voor\\s+|\\s+&\\s+|\\s+)${CAP})*`;

const COMMITTEE = new RegExp(
  `\\b(?:(?:de|uw|Uw|haar|zijn)\\s+)?((?:[Vv]aste\\s+|[Aa]lgemene\\s+|[Bb]ijzondere\\s+|[Tt]ijdelijke\\s+|[Pp]arlementaire\\s+)?(?:[Kk]amer)?[Cc]ommissies?(?:\\s+(?:voor|van)\\s+(?:de\\s+)?|\\s+)(?!van\\b|voor\\b)${PORTFOLIO_CHAIN})`,
  'gu',
);
/** The same, not global: `matchAll` would start where an `exec` of the global one stopped. */
const FIRST_COMMITTEE = new RegExp(COMMITTEE.source, 'u');
const BARE_COMMITTEE = /\b(?:de|uw|Uw)\s+((?:[Vv]aste\s+)?[Cc]ommissie)\b(?!\s+(?:voor|van)\s+\p{Lu})/gu;

const PARTICLE = "(?:van|de|der|den|ter|ten|het|in|op|'t|’t|la|le|du|von|d’|d')";
const NAME = `(?:(?:${CAP}|${PARTICLE})\\s+){0,4}?${CAP}`;
const PARTY = '(?:\\s*\\([^()]{1,30}\\))?';
const NAMES = `${NAME}${PARTY}(?:(?:,\\s+|\\s+en\\s+|\\s*\\/\\s*)${NAME}${PARTY})*(?:\\s+c\\.s\\.)?`;

const MEMBER = new RegExp(`\\b(het\\s+(?:Kamer)?lid|de\\s+(?:Kamer)?leden|Kamerlid|Kamerleden)\\s+(${NAMES})`, 'gu');
const KAMER = /\b(?:[Uu]w\s+Kamer|de\s+(?:Tweede|Eerste)\s+Kamer|de\s+Kamer)\b/gu;
const FRACTIE =
  /\b(?:(?:de\s+)?leden\s+van\s+de\s+([\p{L}\d]+(?:-[\p{L}\d]+)*-fractie)|de\s+([\p{Lu}][\p{L}\d]*(?:-[\p{L}\d]+)*-fractie)|de\s+fractie\s+van\s+(?:de\s+|het\s+)?([\p{Lu}][\p{L}\d]*))/gu;

/** "de SP", "het CDA": a party with its article (a capitalised word after it, then the party list). */
const ARTICLE_CAPITAL = /\b(?:de|het|De|Het)\s+(?=[\p{Lu}\d])/gu;
const PARTY_AT = new RegExp(`(?:${PARTY_SOURCE})(?![\\p{L}\\d-])`, 'uy');
/**
 * A party without article that asks: "D66 vraagt", "GroenLinks heeft gevraagd", or that
 * ends the text before the verb a caller cut off ("Ook D66 " of "Ook D66 vraagt").
 */
const PARTY_ASKING = new RegExp(
  `(?<![\\p{L}\\d-])(${PARTY_SOURCE})(?=\\s+(?:vraagt|verzoekt|vroeg|verzocht|heeft|had)\\b|\\s*$|\\s+(?:heeft|had)\\s*$)`,
  'gu',
);
/** Read bare parties only where a verb of asking stands or the text ends at a name. */
const ASKING = /vraagt|verzoekt|vroeg|verzocht|[\p{Lu}\d][\p{L}\d+]*\s*$|\b(?:heeft|had)\s*$/u;

/** The parties `text` names as askers, with their article. */
function partyAskers(text: string, found: Asker[]): void {
  for (const m of text.matchAll(ARTICLE_CAPITAL)) {
    const at = (m.index as number) + m[0].length;
    PARTY_AT.lastIndex = at;
    const party = PARTY_AT.exec(text);
    if (!party) continue;
    const index = m.index as number;
    found.push({ label: partyOf(party[0]) ?? party[0], kind: 'fractie', index, end: at + party[0].length });
  }
  if (!ASKING.test(text)) return;
  for (const m of text.matchAll(PARTY_ASKING)) {
    const index = m.index as number;
    const form = m[1] as string;
    found.push({ label: partyOf(form) ?? form, kind: 'fractie', index, end: index + m[0].length });
  }
}

/** "Kroosberg (ZWP), Brasem en Heggeman c.s." → the names without parties. */
export function memberNames(names: string): string {
  return names
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s*\/\s*/g, ' en ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "het lid X", "het lid X c.s.", or "de leden X en Y", from a list of names. */
export function membersLabel(names: string[]): string | null {
  const clean = names.map((n) => memberNames(n)).filter(Boolean);
  if (clean.length === 0) return null;
  if (clean.length === 1) {
    const one = clean[0] as string;
    return /\s(?:en|,)\s|,/.test(one.replace(/\s+c\.s\.$/, '')) ? `de leden ${one}` : `het lid ${one}`;
  }
  const last = clean.pop() as string;
  return `de leden ${clean.join(', ')} en ${last}`;
}

/** The chamber a paper's "uw Kamer" means. */
export function kamerLabel(doc: Pick<Document, 'chamber' | 'addressee'>): string {
  if (/eerste kamer/i.test(doc.addressee ?? '') || doc.chamber === 'eerste-kamer') return 'Eerste Kamer';
  return 'Tweede Kamer';
}

/** The committee a letter is addressed to, if it is. */
function addressedCommittee(doc: Pick<Document, 'addressee'>): string | null {
  const m = FIRST_COMMITTEE.exec(doc.addressee ?? '');
  return m ? normaliseCommittee(m[1] as string) : null;
}

function normaliseCommittee(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^(Vaste|Algemene|Bijzondere|Tijdelijke|Parlementaire|Commissie)\b/, (w) => w.toLowerCase());
}

/** Every asker in `text`, in order; overlapping finds keep the first, longest. */
export function findAskers(text: string, doc: Pick<Document, 'chamber' | 'addressee'>): Asker[] {
  const found: Asker[] = [];
  for (const m of text.matchAll(COMMITTEE)) {
    const index = m.index as number;
    found.push({ label: normaliseCommittee(m[1] as string), kind: 'committee', index, end: index + m[0].length });
  }
  for (const m of text.matchAll(BARE_COMMITTEE)) {
    const index = m.index as number;
    const own = /^[Uu]w/.test(m[0]) ? addressedCommittee(doc) : null;
    found.push({
      label: own ?? normaliseCommittee(m[1] as string),
      kind: 'committee',
      index,
      end: index + m[0].length,
    });
  }
  for (const m of text.matchAll(MEMBER)) {
    const index = m.index as number;
    const plural = /leden/i.test(m[1] as string);
    const names = memberNames(m[2] as string);
    found.push({
      label: `${plural ? 'de leden' : 'het lid'} ${names}`,
      kind: 'member',
      index,
      end: index + m[0].length,
    });
  }
  for (const m of text.matchAll(KAMER)) {
    const index = m.index as number;
    const named = /Eerste/.test(m[0]) ? 'Eerste Kamer' : /Tweede/.test(m[0]) ? 'Tweede Kamer' : null;
    const own = /^[Uu]w/.test(m[0]) ? addressedCommittee(doc) : null;
    const label = named ?? own ?? kamerLabel(doc);
    found.push({ label, kind: own ? 'committee' : 'kamer', index, end: index + m[0].length });
  }
  for (const m of text.matchAll(FRACTIE)) {
    const index = m.index as number;
    const label = m[1] ? `leden van de ${m[1]}` : m[2] ? (m[2] as string) : `fractie van ${m[3]}`;
    found.push({ label, kind: 'fractie', index, end: index + m[0].length });
  }
  partyAskers(text, found);
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Asker[] = [];
  for (const asker of found) {
    const last = kept[kept.length - 1];
    if (last && asker.index < last.end) continue;
    kept.push(asker);
  }
  return kept;
}
