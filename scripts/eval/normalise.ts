/**
 * Normalisation for scoring: the parser's output and the truth are both brought to
 * one comparable form, so that a score measures content, not spacing or case.
 *
 * @module
 */

/** Collapse runs of whitespace (including no-break spaces) to one space and trim. */
export function ws(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A dossier as the parser gives it (`Dossier` of the model) or as a bare string. */
export interface DossierLike {
  number: string;
  suffix?: string | undefined;
}

/**
 * `number[-suffix]`, without spaces, upper case: `{number: "21501", suffix: "08"}`,
 * `{number: "21501-08"}` and `"21 501-08"` all become `21501-08`.
 *
 * @example
 * dossierKey({ number: '36200', suffix: 'vii' }); // '36200-VII'
 */
export function dossierKey(dossier: DossierLike | string): string {
  const raw =
    typeof dossier === 'string' ? dossier : dossier.suffix ? `${dossier.number}-${dossier.suffix}` : dossier.number;
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** A paper number ("93", "A"): trimmed, upper case. */
export function numberKey(value: string): string {
  return ws(value).toUpperCase();
}

/** A type line: whitespace-normalised, upper case. */
export function typeLineKey(value: string): string {
  return ws(value).toUpperCase();
}

/**
 * An addressee without a leading "Aan de " / "Aan ", case- and whitespace-insensitive.
 *
 * @example
 * addresseeKey('Aan de Voorzitter van de  Tweede Kamer'); // 'voorzitter van de tweede kamer'
 */
export function addresseeKey(value: string): string {
  return ws(value)
    .toLowerCase()
    .replace(/^aan (?:de )?/, '');
}

/**
 * A person's name with dots and spaces dropped and case folded, so that
 * "G. B. M. Leers" and "G.B.M. Leers" compare equal.
 */
export function nameKey(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.]+/g, '');
}

/** Canonical Kamerstuk id for a truth reference: `kst-{dossier}-{number}`, lower case. */
export function kamerstukKey(dossier: string, number: string): string {
  return `kst-${dossierKey(dossier)}-${numberKey(number)}`.toLowerCase();
}

/** A reference target as the parser gives it, for comparison with `kamerstukKey`. */
export function targetKey(target: string): string {
  return target.replace(/\s+/g, '').toLowerCase();
}

/** A truth `handelingen_refs` entry. */
export interface TruthHandelingenRef {
  kind: string;
  kamer?: string | null;
  vergaderjaar?: string | null;
  number?: string | null;
  item?: string | null;
}

/**
 * The canonical id a truth Handelingen or Aanhangsel reference points at:
 * `h-tk-20142015-86-9`, `ah-tk-20212022-722`; `null` when it lacks the year or number.
 * `exact` is false when the item is unknown, so any item of that sitting matches.
 */
export function handelingenKey(ref: TruthHandelingenRef): { key: string; exact: boolean } | null {
  const years = (ref.vergaderjaar ?? '').match(/\d+/g);
  if (!years || !ref.number) return null;
  const first = years[0] as string;
  // "2014/15", "2021-2022" and "20142015" all name the year that starts in `first`.
  const year = first.length === 8 ? first : `${first}${Number(first) + 1}`;
  const kamer = /^(?:i|ek|eerste)/i.test(ref.kamer ?? '') && !/^ii/i.test(ref.kamer ?? '') ? 'ek' : 'tk';
  if (ref.kind === 'aanhangsel') return { key: `ah-${kamer}-${year}-${ref.number}`, exact: true };
  const base = `h-${kamer}-${year}-${ref.number}`;
  return ref.item ? { key: `${base}-${ref.item}`, exact: true } : { key: base, exact: false };
}
