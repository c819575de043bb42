/**
 * The sender of a paper (`Document.sender`): role and portfolio from the type line,
 * name from the signature.
 *
 * @module
 */
import type { Document, Sender } from '../model/index.ts';
import { titleCaseName, titleCasePortfolio } from './casing.ts';

const ROLE_WORDS: Array<[RegExp, string]> = [
  [/^MINISTER-PRESIDENT\b/, 'minister-president'],
  [/^MINISTERS?\b/, 'minister'],
  [/^STAATSSECRETARIS(?:SEN)?\b/, 'staatssecretaris'],
  [
    /^(?:VOORZITTER\s+VAN\s+DE\s+)?(?:VASTE\s+|ALGEMENE\s+|BIJZONDERE\s+|TIJDELIJKE\s+|PARLEMENTAIRE\s+)?COMMISSIE\b/,
    'commissie',
  ],
  [/^(?:VOORZITTER\s+VAN\s+DE\s+)?(?:TWEEDE|EERSTE)\s+KAMER\b|^PRESIDIUM\b|^VOORZITTER\b/, 'kamer'],
];

/** Read role and portfolio from "BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID". */
export function senderFromTypeLine(typeLine: string): Sender | null {
  const line = typeLine.toUpperCase().replace(/\s+/g, ' ').trim();
  const members =
    /^(?:(?:NADER\s+)?GEWIJZIGDE?\s+)?(?:SUB)?(?:MOTIE|AMENDEMENT)\s+VAN\s+(HET\s+LID|DE\s+LEDEN)\s+(.+)$/.exec(line);
  if (members) {
    const names = (members[2] as string).replace(/\s+C\.S\.?$/, '').replace(/\s+TER\s+VERVANGING\b.*$/, '');
    const first = names.split(/,\s*|\s+EN\s+/)[0] ?? names;
    return { role: members[1]?.startsWith('HET') ? 'lid' : 'leden', portfolio: null, name: titleCaseName(first) };
  }
  if (/^ADVIES\b.*RAAD VAN STATE/.test(line)) return { role: 'raad-van-state', portfolio: null, name: null };
  if (/^KONINKLIJKE BOODSCHAP/.test(line)) return { role: 'koning', portfolio: null, name: null };
  const letter = /^BRIEF\s+VAN\s+(?:DE|HET)\s+(.+)$/.exec(line);
  if (!letter) return null;
  const who = letter[1] as string;
  for (const [pattern, role] of ROLE_WORDS) {
    if (!pattern.test(who)) continue;
    const portfolio =
      /\b(?:VAN|VOOR)\s+(?!DE\s+(?:VASTE\s+)?COMMISSIE\b)(.+?)(?:\s+EN\s+(?:DE\s+)?(?:MINISTER|STAATSSECRETARIS)\b.*|\s+EN\s+VAN\s+.*|,\s+.*)?$/.exec(
        who.replace(/^MINISTER-PRESIDENT,\s+MINISTER\s+/, 'MINISTER '),
      );
    const text = portfolio ? (portfolio[1] as string) : null;
    return { role, portfolio: text ? titleCasePortfolio(text) : null, name: null };
  }
  return null;
}

/** The signatory whose role names the sender's role, or the first one. */
function signerName(doc: Pick<Document, 'signatories'>, sender: Sender): string | null {
  if (doc.signatories.length === 0) return null;
  const role = sender.role.replace('-', ' ');
  const match = doc.signatories.find((s) => s.role && s.role.toLowerCase().replace('-', ' ').includes(role));
  return (match ?? doc.signatories[0])?.name ?? null;
}

/** Derive the sender: what the header said, else the type line; name from the signature. */
export function deriveSender(doc: Pick<Document, 'sender' | 'typeLine' | 'signatories'>): Sender | null {
  const sender = doc.sender ?? (doc.typeLine ? senderFromTypeLine(doc.typeLine) : null);
  if (!sender) return null;
  if (sender.name === null && sender.role !== 'lid' && sender.role !== 'leden') sender.name = signerName(doc, sender);
  return sender;
}
