/**
 * Who wrote a paper, as far as requests and commitments care: whether the author is the
 * government (a minister, state secretary or the prime minister, or their ministry),
 * and the label commitments carry ("Minister van Sociale Zaken en Werkgelegenheid").
 *
 * @module
 */
import type { Document } from '../model/index.ts';

const GOVERNMENT_ROLES = new Set(['minister', 'staatssecretaris', 'minister-president', 'ministerie', 'regering']);

/** "Minister van …", "Staatssecretaris voor …", "Minister-President, Minister van …". */
const GOVERNMENT_ROLE = /^(?:minister-president|minister|staatssecretaris)\b/i;

/** Papers the government writes as a whole, whatever their sender says. */
const GOVERNMENT_TYPES = new Set([
  'memorie-van-toelichting',
  'memorie-van-antwoord',
  'nota-naar-aanleiding-van-het-verslag',
  'antwoord-kamervragen',
]);

/** Papers whose text is never the government's own promise or answer. */
const NEVER_GOVERNMENT = new Set([
  'motie',
  'amendement',
  'voorstel-van-wet',
  'nota-van-wijziging',
  'koninklijke-boodschap',
  'advies-raad-van-state',
  'verslag',
  'kamervragen',
  'handelingen',
  'verslag-commissiedebat',
  'verslag-schriftelijk-overleg',
  'lijst-van-vragen-en-antwoorden',
]);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/,?\s+(?:mede\s+)?namens\b.*$/i, '')
    .replace(/[,\s]+$/, '')
    .trim();
}

/**
 * Is the paper's running text the government's (so its "ik zal" is a promise)? Motions,
 * amendments, bills, reports and debates are not; their government parts are read apart.
 */
export function isGovernmentAuthor(doc: Pick<Document, 'type' | 'sender' | 'signatories' | 'addressee'>): boolean {
  if (NEVER_GOVERNMENT.has(doc.type)) return false;
  if (doc.sender && GOVERNMENT_ROLES.has(doc.sender.role)) return true;
  if (GOVERNMENT_TYPES.has(doc.type)) return true;
  if (doc.signatories.some((s) => GOVERNMENT_ROLE.test(s.role ?? ''))) return true;
  // A letter to the Kamer whose header the excerpt lost: the government writes those.
  return doc.sender === null && doc.type === 'brief' && /\bkamer\b/i.test(doc.addressee ?? '');
}

/** The printed role of the signatory who is the sender, when one is. */
function signatoryRole(doc: Pick<Document, 'sender' | 'signatories'>): string | null {
  const roles = doc.signatories.map((s) => tidy(s.role ?? '')).filter((r) => GOVERNMENT_ROLE.test(r));
  if (roles.length === 0) return null;
  const sender = doc.sender;
  if (sender?.portfolio) {
    const portfolio = sender.portfolio.toLowerCase();
    const match = roles.find((r) => r.toLowerCase().includes(portfolio) && r.toLowerCase().startsWith(sender.role));
    if (match) return capitalise(match);
    if (GOVERNMENT_ROLES.has(sender.role) && sender.role !== 'ministerie') return null;
  }
  return capitalise(roles[0] as string);
}

/**
 * The label of the government author: the sender's role and portfolio as the signature
 * prints them ("Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"), else
 * built from the sender ("Minister van Sociale Zaken en Werkgelegenheid"), else the
 * first government signatory's role; null when none is known.
 */
export function authorLabel(doc: Pick<Document, 'sender' | 'signatories'>): string | null {
  const printed = signatoryRole(doc);
  if (printed) return printed;
  const sender = doc.sender;
  if (sender && GOVERNMENT_ROLES.has(sender.role) && sender.role !== 'regering') {
    const role = sender.role === 'minister-president' ? 'Minister-President' : capitalise(sender.role);
    if (!sender.portfolio) return role;
    if (sender.role === 'minister-president') return `${role}, Minister van ${sender.portfolio}`;
    return `${role} van ${sender.portfolio}`;
  }
  return null;
}
