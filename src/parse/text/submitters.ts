/**
 * The members a motion or amendment names in its type line ("AMENDEMENT VAN DE LEDEN
 * VAN DER GRAAF EN VERHOEVEN"), used to split their names where a web page printed
 * them on one line under the paper ("Van der Graaf Verhoeven").
 *
 * @module
 */

const MEMBERS = /\bVAN\s+(?:HET\s+LID|DE\s+LEDEN)\s+(.+)$/;

/**
 * The names of the members a type line names, upper case, in order; `[]` for a type
 * line that names none.
 *
 * @example
 * membersOfTypeLine('MOTIE VAN DE LEDEN VAN DER HAM EN KLAVER'); // ['VAN DER HAM', 'KLAVER']
 */
export function membersOfTypeLine(typeLine: string | null): string[] {
  const match = MEMBERS.exec(typeLine ?? '');
  if (!match) return [];
  return (match[1] as string)
    .replace(/\s+TER\s+VERVANGING\b.*$/, '')
    .replace(/\s+C\.S\.?$/, '')
    .split(/\s*,\s*|\s+EN\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * Split a line holding the names of several members, in the order `members` gives
 * them, into one name each; any other line is one name.
 *
 * @example
 * splitJoinedNames('Van der Graaf Verhoeven', ['VAN DER GRAAF', 'VERHOEVEN']); // ['Van der Graaf', 'Verhoeven']
 */
export function splitJoinedNames(line: string, members: readonly string[]): string[] {
  const words = line.trim().split(/\s+/);
  const upper = words.join(' ').toUpperCase();
  for (let from = 0; from < members.length; from++) {
    let joined = '';
    for (let to = from; to < members.length; to++) {
      joined = to === from ? (members[to] as string) : `${joined} ${members[to]}`;
      if (to > from && joined === upper) return cut(words, members.slice(from, to + 1));
    }
  }
  return [line.trim()];
}

/** Cut words into names of the given word counts. */
function cut(words: string[], members: readonly string[]): string[] {
  const names: string[] = [];
  let at = 0;
  for (const member of members) {
    const count = member.split(' ').length;
    names.push(words.slice(at, at + count).join(' '));
    at += count;
  }
  return names;
}
