/**
 * The type slug of a paper (`Document.type`), from its type line, its kind, or the
 * standard opening words of its body when there is no type line. An Aanhangsel is the
 * answer to written questions, or the notice that the answer will be late.
 *
 * @module
 */
import type { Document, PaperType } from '../model/index.ts';

const BY_TYPE_LINE: Array<[RegExp, PaperType]> = [
  [/^(?:NADER\s+)?GEWIJZIGDE\s+MOTIE\b|^MOTIE\b/, 'motie'],
  [/^(?:NADER\s+)?GEWIJZIGD\s+(?:SUB)?AMENDEMENT\b|^(?:SUB)?AMENDEMENT\b/, 'amendement'],
  [/^(?:GEWIJZIGD\s+)?VOORSTEL\s+VAN\s+(?:RIJKS)?WET\b/, 'voorstel-van-wet'],
  [/^(?:\S+\s+)?MEMORIE\s+VAN\s+TOELICHTING\b/, 'memorie-van-toelichting'],
  [/^(?:\S+\s+)?NOTA\s+VAN\s+WIJZIGING\b/, 'nota-van-wijziging'],
  [/^KONINKLIJKE\s+BOODSCHAP\b/, 'koninklijke-boodschap'],
  [/^ADVIES\b.*\bRAAD\s+VAN\s+STATE\b|^ADVIES\s+AFDELING\s+ADVISERING\b/, 'advies-raad-van-state'],
  [/^NOTA\s+(?:NAAR\s+AANLEIDING\s+VAN|N\.\s?A\.\s?V\.)\s+HET\b/, 'nota-naar-aanleiding-van-het-verslag'],
  [/^MEMORIE\s+VAN\s+ANTWOORD\b/, 'memorie-van-antwoord'],
  [/^VERSLAG\s+VAN\s+EEN\s+SCHRIFTELIJK\s+OVERLEG\b/, 'verslag-schriftelijk-overleg'],
  [
    /^VERSLAG\s+VAN\s+(?:EEN|HET)\s+(?:COMMISSIEDEBAT|ALGEMEEN\s+OVERLEG|NOTAOVERLEG|WETGEVINGSOVERLEG|NOTA-OVERLEG|OVERLEG|NOTAOVERLEG)\b/,
    'verslag-commissiedebat',
  ],
  [/^(?:VERSLAG\s+HOUDENDE\s+EEN\s+)?LIJST\s+VAN\s+VRAGEN\s+EN\s+ANTWOORDEN\b/, 'lijst-van-vragen-en-antwoorden'],
  [/^(?:NADER\s+)?(?:VOORLOPIG\s+)?VERSLAG\b|^EINDVERSLAG\b/, 'verslag'],
  [/^BRIEF\b/, 'brief'],
];

const BY_OPENING: Array<[RegExp, PaperType]> = [
  [/^De Kamer,\s*(?:gehoord de beraadslaging|$)/, 'motie'],
  [/^De ondergetekenden?\s+stel(?:t|len)\s+het\s+volgende\s+(?:sub)?amendement\s+voor/i, 'amendement'],
  [/^Wij bieden U hiernevens ter overweging aan een voorstel/i, 'koninklijke-boodschap'],
  [/^Wij\s+[\p{Lu}][\p{L}-]+,\s+bij de gratie Gods/u, 'voorstel-van-wet'],
  [
    /^Hieronder zijn opgenomen het advies van de (?:Afdeling advisering van de )?Raad van State/i,
    'advies-raad-van-state',
  ],
];

/** "De vragen … kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord": a notice of delay. */
const DELAYED = /\bniet\s+binnen\s+de\s+(?:gebruikelijke\s+|gestelde\s+)?termijn\b[^.]{0,80}?\bbeantwoord/i;

/**
 * Whether an Aanhangsel is a notice that the answer will be late (uitstelbericht), not
 * the answer: typed so (a "Mededeling" line, the Tweede Kamer's Soort "Mededeling (uitstel
 * antwoord)", a type stated before), or saying so in its opening; never when it answers
 * or a record typed it as the answer.
 */
function isDelayNotice(doc: Pick<Document, 'typeLine' | 'type' | 'blocks'>): boolean {
  if (doc.type === 'antwoord-kamervragen' || doc.blocks.some((b) => b.kind === 'answer')) return false;
  if (doc.type === 'uitstel-antwoord-kamervragen' || /^mededeling\b/i.test(doc.typeLine ?? '')) return true;
  return doc.blocks.slice(0, 4).some((b) => DELAYED.test(b.text));
}

/**
 * Map a paper to its type slug.
 *
 * @example
 * paperType({ ...doc, typeLine: 'GEWIJZIGDE MOTIE VAN HET LID X' }); // 'motie'
 * paperType({ ...doc, kind: 'aanhangsel', typeLine: 'Mededeling' }); // 'uitstel-antwoord-kamervragen'
 */
export function paperType(
  doc: Pick<Document, 'typeLine' | 'kind' | 'blocks' | 'addressee' | 'date'> & Partial<Pick<Document, 'type'>>,
): PaperType {
  if (doc.kind === 'aanhangsel')
    return isDelayNotice({ ...doc, type: doc.type ?? '' }) ? 'uitstel-antwoord-kamervragen' : 'antwoord-kamervragen';
  if (doc.kind === 'kamervragen') return 'kamervragen';
  if (doc.kind === 'handelingen') return 'handelingen';
  // The gazettes' decrees open like bills ("Wij Willem-Alexander, …") but are none.
  if (doc.kind === 'staatsblad' || doc.kind === 'staatscourant') return 'other';
  if (doc.typeLine) {
    const line = doc.typeLine.toUpperCase().replace(/^HERDRUK\s+/, '');
    for (const [pattern, type] of BY_TYPE_LINE) if (pattern.test(line)) return type;
    return 'other';
  }
  for (const block of doc.blocks.slice(0, 3)) {
    for (const [pattern, type] of BY_OPENING) if (pattern.test(block.text)) return type;
  }
  if (doc.addressee && /^Voorzitter van de (?:Tweede|Eerste) Kamer/.test(doc.addressee) && doc.date) return 'brief';
  return 'other';
}
