/**
 * The sender of a paper (`Document.sender`): role and portfolio from the type line (or,
 * for a government paper whose type line names none, from its signature), name from
 * the signature; written questions are sent by the members who ask them.
 *
 * @module
 */
import { type Document, type Sender, titleCaseName, titleCasePortfolio } from '../model/index.ts';

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

/**
 * The first portfolio after "VAN" or "VOOR", in a type line or (in any case) a signature's
 * role. It ends where another sender begins ("EN DE
 * STAATSSECRETARIS …", "EN VAN …", ", VAN …", ", MEDE NAMENS …"); a comma inside a
 * ministry's name ("ONDERWIJS, CULTUUR EN WETENSCHAP") does not end it.
 */
const PORTFOLIO =
  /\b(?:VAN|VOOR)\s+(?!DE\s+(?:VASTE\s+)?COMMISSIE\b)(.+?)(?:\s+EN\s+(?:DE\s+)?(?:MINISTERS?|STAATSSECRETARIS(?:SEN)?)\b.*|\s+EN\s+(?:VAN|VOOR)\s+.*|,\s+(?:VAN|VOOR|DE|HET|EN|MEDE|TEVENS|NAMENS|MINISTERS?|STAATSSECRETARIS(?:SEN)?)\b.*)?$/i;

/** "… TER VERVANGING VAN DIE GEDRUKT ONDER NR. 4": what an amended paper replaces. */
const REPLACES = /\s+TER\s+VERVANGING\b.*$/;

/** Read role and portfolio from "BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID". */
export function senderFromTypeLine(typeLine: string): Sender | null {
  const line = typeLine.toUpperCase().replace(/\s+/g, ' ').trim();
  const members =
    /^(?:(?:NADER\s+)?GEWIJZIGDE?\s+)?(?:SUB)?(?:MOTIE|AMENDEMENT)\s+VAN\s+(HET\s+LID|DE\s+LEDEN)\s+(.+)$/.exec(line);
  if (members) {
    const names = (members[2] as string).replace(REPLACES, '').replace(/\s+C\.S\.?$/, '');
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
    const portfolio = PORTFOLIO.exec(who.replace(/^MINISTER-PRESIDENT,\s+MINISTER\s+/, 'MINISTER '));
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

/** Papers the government sends whose type line names no sender: their signature does. */
const SIGNED_BY_GOVERNMENT = new Set<string>([
  'memorie-van-toelichting',
  'nota-naar-aanleiding-van-het-verslag',
  'nota-van-wijziging',
  'memorie-van-antwoord',
]);

/** "Minister van Infrastructuur en Waterstaat", "Minister-President, Minister van Algemene Zaken". */
const GOVERNMENT_SIGNER = /^(Minister-President|Minister|Staatssecretaris)\b(.*)$/i;

/** The sender a government paper names in its signature: the first minister or state secretary. */
function signedSender(doc: Pick<Document, 'type' | 'signatories'>): Sender | null {
  if (!SIGNED_BY_GOVERNMENT.has(doc.type)) return null;
  for (const signatory of doc.signatories) {
    const signer = GOVERNMENT_SIGNER.exec(signatory.role ?? '');
    if (!signer) continue;
    const role = (signer[1] as string).toLowerCase();
    const portfolio = PORTFOLIO.exec((signer[2] as string).replace(/^,\s+Minister\s+/i, ' '));
    return { role, portfolio: portfolio ? (portfolio[1] as string).trim() : null, name: signatory.name };
  }
  return null;
}

/** Written questions are sent by the members who ask them: `lid`, or `leden` when several ask. */
function askerSender(doc: Pick<Document, 'kind' | 'signatories'>): Sender | null {
  if (doc.kind !== 'kamervragen') return null;
  const askers = doc.signatories.filter((s) => s.role === 'lid');
  const first = askers[0];
  if (!first) return null;
  return { role: askers.length > 1 ? 'leden' : 'lid', portfolio: null, name: first.name };
}

/**
 * Derive the sender: what the parser said, else the type line, else the signature of a
 * government paper, else the askers of written questions; the name from the signature.
 */
export function deriveSender(
  doc: Pick<Document, 'sender' | 'typeLine' | 'signatories' | 'kind' | 'type'>,
): Sender | null {
  const sender =
    doc.sender ?? (doc.typeLine ? senderFromTypeLine(doc.typeLine) : null) ?? signedSender(doc) ?? askerSender(doc);
  if (!sender) return null;
  if (sender.name === null && sender.role !== 'lid' && sender.role !== 'leden') sender.name = signerName(doc, sender);
  return sender;
}
