/**
 * Citations of publications other than Kamerstukken: Handelingen and their Aanhangsel,
 * Staatsblad, Staatscourant, ECLI, BWB, EU documents (COM/SWD/JOIN/SEC) and Tweede Kamer
 * document and zaak numbers.
 *
 * @module
 */
import { aanhangselId, handelingenId } from '../model/index.ts';
import { type Candidate, parliamentaryYear, YEAR } from './reference-candidates.ts';

/**
 * "Handelingen II 2019/20, nr. 97, item 12", "Aanhangsel Handelingen, vergaderjaar 2021–2022,
 * nr. 722", and the page-numbered "Handelingen TK 1997–1998, 6368–6375".
 */
const HANDELINGEN = new RegExp(
  String.raw`(?<!\w)(?:(Aanhangsel)\s+(?:van\s+(?:de\s+)?)?)?Handelingen(?:\s+(II|I|TK|EK)(?!\w))?\s*,?\s*(?:vergaderjaar\s+)?${YEAR}\s*,?\s*(?:(?:[Nn]r\.?|nummer)\s*(\d{1,4})(?!\d)(?:\s*,\s*item\s+(\d{1,3})(?!\d))?|(?:blz\.\s*|p\.\s*)?(\d{1,5})\s*[-–—]\s*(\d{1,5})(?!\d))`,
  'g',
);

const STAATSBLAD = /(?<!\w)(Stb\.|Staatsblad|Stcrt\.|Staatscourant)\s*(\d{4})\s*,\s*(?:nr\.\s*)?(\d{1,6})(?![\d])/g;

const ECLI = /(?<![\w:])ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9]+(?:\.[A-Z0-9]+)*/g;

const BWB = /(?<!\w)BWB[RV]\d{7}(?!\w)/g;

const EU = /(?<!\w)(COM|SWD|JOIN|SEC)\s*\((\d{4})\)\s*(\d{1,4})(?!\d)/g;

const TK_NUMBER = /(?<!\w)((?:19|20)\d{2})([DZ])(\d{5})(?!\w)/g;

function chamberCode(printed: string | undefined): 'tk' | 'ek' {
  return printed === 'I' || printed === 'EK' ? 'ek' : 'tk';
}

/** Find Handelingen and Aanhangsel citations in a text. */
export function findHandelingen(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes('Handelingen')) return out;
  for (const m of text.matchAll(HANDELINGEN)) {
    const year = parliamentaryYear(m[3] as string, m[4] as string);
    if (!year) continue;
    const chamber = chamberCode(m[2]);
    const span = { start: m.index, end: m.index + m[0].length, rank: 3 };
    if (m[1]) {
      if (m[5]) out.push({ ...span, kind: 'aanhangsel', targets: [aanhangselId(chamber, year, m[5])] });
    } else if (m[5]) {
      out.push({ ...span, kind: 'handelingen', targets: [handelingenId(chamber, year, m[5], m[6])] });
    } else if (m[7] && m[8] && Number(m[8]) >= Number(m[7])) {
      out.push({ ...span, kind: 'handelingen', targets: [`h-${chamber}-${year.replace('-', '')}-${m[7]}-${m[8]}`] });
    }
  }
  return out;
}

/** Find Staatsblad, Staatscourant, ECLI, BWB, EU and Tweede Kamer document/zaak numbers. */
export function findPublications(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes('St')) findStaatsblad(text, out);
  if (text.includes('ECLI:')) {
    for (const m of text.matchAll(ECLI))
      out.push({ start: m.index, end: m.index + m[0].length, rank: 3, kind: 'ecli', targets: [m[0]] });
  }
  if (text.includes('BWB')) {
    for (const m of text.matchAll(BWB))
      out.push({ start: m.index, end: m.index + m[0].length, rank: 3, kind: 'bwb', targets: [m[0]] });
  }
  if (text.includes('(')) {
    for (const m of text.matchAll(EU)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        rank: 3,
        kind: 'eu',
        targets: [`${m[1]}(${m[2]})${m[3]}`],
      });
    }
  }
  for (const m of text.matchAll(TK_NUMBER)) {
    const kind = m[2] === 'D' ? 'tk-document' : 'tk-zaak';
    out.push({ start: m.index, end: m.index + m[0].length, rank: 3, kind, targets: [m[0]] });
  }
  return out;
}

function findStaatsblad(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(STAATSBLAD)) {
    const courant = /^St(?:crt|aatscourant)/.test(m[1] as string);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      rank: 3,
      kind: courant ? 'staatscourant' : 'staatsblad',
      targets: [`${courant ? 'stcrt' : 'stb'}-${m[2]}-${Number(m[3])}`],
    });
  }
}
