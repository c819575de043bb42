/**
 * Signature blocks ("De Minister van Defensie,\nJ.A. Hennis-Plasschaert", also on
 * one line), the submitters under a motion ("en gaat over tot de orde van de dag."
 * and then one name a line) and under an amendment (one name a line after its last
 * paragraph), and committee signatures ("De griffier van de commissie, X").
 *
 * @module
 */
import type { Signatory } from '../../model/index.ts';
import { splitJoinedNames } from './submitters.ts';

/** Signatories found, and which lines held them. */
export interface SignatureScan {
  signatories: Signatory[];
  /** Indices of the lines that belong to a signature (not body text). */
  lines: Set<number>;
}

const ROLE =
  /^(?:De |Het )?(?:(?:eerste|tweede|waarnemend|adjunct-) ?)?(?:Minister-President|Minister|Staatssecretaris|Voorzitter|Griffier|Adjunct-griffier|Vice-president|Vice-voorzitter|Ondervoorzitter|Secretaris-generaal|Secretaris|Directeur-generaal|Directeur|Ambassadeur)\b/i;
const MOTION_END = /^en gaat over tot de orde van de (?:dag|nacht)\.?$/i;
/** The opening of an amendment, whose submitters sign under its last paragraph. */
const AMENDMENT_START = /^De ondergetekenden? stel(?:t|len) het volgende (?:sub)?amendement\b/i;
/** How many submitters may sign one amendment. */
const MAX_SUBMITTERS = 12;
/** The end of a sentence: the last paragraph of an amendment, above its submitters. */
const SENTENCE_END = /[.:;!?)»”’"']$/;
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ten',
  'ter',
  'te',
  'in',
  'op',
  "'t",
  '’t',
  'la',
  'le',
  'du',
  'di',
  'da',
  'von',
  'zu',
  'el',
  'al',
  'bin',
  'y',
]);
const INITIALS = /^(?:\p{Lu}\p{Ll}{0,2}\.)+(?:\p{Ll}{2,})?$/u;
const CAPITALISED = /^\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*$/u;

/**
 * True for a line that reads as a person's name: initials, particles and
 * capitalised words ("L.F. Asscher", "Van der Ham", "Faber-Van de Klashorst").
 *
 * @example
 * isName('J.A. Hennis-Plasschaert'); // true
 * isName('Inleiding van de nota'); // false
 */
export function isName(line: string): boolean {
  const text = line.trim();
  if (text.length < 2 || text.length > 60) return false;
  const tokens = text.replace(/\.(?=\p{Lu})/gu, '. ').split(/\s+/);
  if (tokens.length > 7) return false;
  let surnames = 0;
  for (const token of tokens) {
    if (PARTICLES.has(token) || PARTICLES.has(token.toLowerCase())) continue;
    if (INITIALS.test(token)) continue;
    if (!CAPITALISED.test(token)) return false;
    if (token.length > 1) surnames++;
  }
  const last = tokens[tokens.length - 1] as string;
  return surnames > 0 && !INITIALS.test(last) && !PARTICLES.has(last);
}

function roleOf(text: string): string {
  return text
    .trim()
    .replace(/,$/, '')
    .replace(/^(?:De|Het) /, '')
    .trim();
}

/**
 * Find the signature blocks and the submitters of motions and amendments among body
 * lines. `members` are the submitters the type line names (upper case): a line holding
 * several of them is split into one name each.
 *
 * @example
 * findSignatures(['Tekst.', 'De Minister van Defensie,', 'J.A. Hennis-Plasschaert']).signatories;
 * // [{ name: 'J.A. Hennis-Plasschaert', role: 'Minister van Defensie' }]
 */
export function findSignatures(lines: readonly string[], members: readonly string[] = []): SignatureScan {
  const signatories: Signatory[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (MOTION_END.test(line)) {
      for (let j = i + 1; j < lines.length; j++) {
        const name = (lines[j] as string).trim();
        if (name === '') continue;
        // tweedekamer.nl follows the names with a list headed "Indieners".
        if (!isName(name) || /^Indieners?$/i.test(name)) break;
        for (const one of splitJoinedNames(name, members)) signatories.push({ name: one, role: 'lid' });
        taken.add(j);
        i = j;
      }
      continue;
    }
    if (line.length > 160 || !ROLE.test(line)) continue;
    // One line: "De Minister van Defensie, J.A. Hennis-Plasschaert".
    const comma = line.lastIndexOf(', ');
    if (!line.endsWith(',') && comma > 0 && isName(line.slice(comma + 2))) {
      signatories.push({ name: line.slice(comma + 2).trim(), role: roleOf(line.slice(0, comma)) });
      taken.add(i);
      continue;
    }
    // Role over one or two lines ending in a comma, then the name (or no name).
    let roleEnd = i;
    if (!line.endsWith(',')) {
      const next = (lines[i + 1] ?? '').trim();
      if (!next.endsWith(',') || next.length > 80 || line.length > 100) continue;
      roleEnd = i + 1;
    }
    const role = roleOf(lines.slice(i, roleEnd + 1).join(' '));
    // Text copied from web pages puts a blank line between the role and the name.
    let nameAt = roleEnd + 1;
    while (nameAt < roleEnd + 3 && nameAt < lines.length - 1 && (lines[nameAt] as string).trim() === '') nameAt++;
    const nameLine = (lines[nameAt] ?? '').trim();
    if (isName(nameLine)) {
      signatories.push({ name: nameLine, role });
      for (let j = i; j <= nameAt; j++) taken.add(j);
      i = nameAt;
    } else if (
      role.length < 120 &&
      (nameLine === '' || ROLE.test(nameLine)) &&
      (roleEnd + 1 >= lines.length || ROLE.test(nameLine))
    ) {
      for (let j = i; j <= roleEnd; j++) taken.add(j);
      i = roleEnd;
    }
  }
  signatories.push(...amendmentSubmitters(lines, taken, members));
  return { signatories, lines: taken };
}

/**
 * The submitters of an amendment: one name a line at the very end, under the last
 * paragraph (its explanation, "Toelichting"). Unlike a motion's, their lines stay in
 * the body too: the corpus truth keeps them as paragraphs in three amendments of five.
 */
function amendmentSubmitters(
  lines: readonly string[],
  taken: ReadonlySet<number>,
  members: readonly string[],
): Signatory[] {
  if (!lines.some((line) => AMENDMENT_START.test(line.trim()))) return [];
  const at: number[] = [];
  let k = lines.length - 1;
  for (; k >= 0 && at.length <= MAX_SUBMITTERS; k--) {
    const line = (lines[k] as string).trim();
    if (line === '') continue;
    if (taken.has(k) || !isName(line)) break;
    at.push(k);
  }
  const above = k >= 0 ? (lines[k] as string).trim() : '';
  if (at.length === 0 || at.length > MAX_SUBMITTERS || !SENTENCE_END.test(above)) return [];
  at.reverse();
  return at.flatMap((index) =>
    splitJoinedNames(lines[index] as string, members).map((name) => ({ name, role: 'lid' })),
  );
}
