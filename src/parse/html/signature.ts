/**
 * Signatories from the rendering's signature elements: `ondertekening` with its
 * `functie` and `naam` ("De Minister van Sociale Zaken en Werkgelegenheid," /
 * "L.F. Asscher"), one line a name under a motion, and the King (`koning`).
 *
 * @module
 */
import type { Signatory } from '../../model/index.ts';
import type { RawBlock } from './page.ts';

const ROLE_LINE =
  /^(?:De |Het )?(?:(?:eerste|tweede|waarnemend|adjunct-) ?)?(?:Minister-President|Minister|Staatssecretaris|Voorzitter|Griffier|Adjunct-griffier|Secretaris|Directeur)\b/i;

/** "De Minister van Defensie," → "Minister van Defensie". */
function cleanRole(text: string): string {
  return text
    .replace(/^(?:De|Het)\s+/, '')
    .replace(/[\s,;:.]+$/, '')
    .trim();
}

function cleanName(text: string): string {
  return text.replace(/[\s,;:]+$/, '').trim();
}

function signaturesOf(field: RawBlock): Signatory[] {
  const name = field.parts?.name ? cleanName(field.parts.name) : '';
  if (name !== '') return [{ name, role: field.parts?.role ? cleanRole(field.parts.role) || null : null }];
  const lines = field.plain
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const first = lines[0];
  if (first !== undefined && lines.length >= 2 && (ROLE_LINE.test(first) || first.endsWith(','))) {
    return [{ name: cleanName(lines[lines.length - 1] as string), role: cleanRole(lines.slice(0, -1).join(' ')) }];
  }
  return lines.map((line) => ({ name: cleanName(line), role: null }));
}

/**
 * The signatories of the signature fields, in page order, each name once.
 *
 * @example
 * readSignatures([{ field: 'signature', parts: { role: 'De Minister van Defensie,', name: 'J.A. Hennis' }, … }]);
 * // [{ name: 'J.A. Hennis', role: 'Minister van Defensie' }]
 */
export function readSignatures(fields: readonly RawBlock[]): Signatory[] {
  const out: Signatory[] = [];
  for (const field of fields) {
    let found: Signatory[] = [];
    if (field.field === 'signature') found = signaturesOf(field);
    else if (field.field === 'king') found = [{ name: cleanName(field.text), role: 'Koning' }];
    for (const signatory of found) {
      const key = signatory.name.toLowerCase();
      if (signatory.name !== '' && !out.some((s) => s.name.toLowerCase() === key)) out.push(signatory);
    }
  }
  return out;
}
