/**
 * Dutch political parties since the 1990s, by the name the Kamer uses for them, with
 * their other spellings: the "(PvdA)" after a member's name, "de CDA-fractie", "namens
 * GroenLinks".
 *
 * @module
 */

/** Canonical party name → other spellings. */
const PARTIES: Array<[string, string[]]> = [
  ['VVD', []],
  ['PvdA', ['Partij van de Arbeid']],
  ['CDA', []],
  ['D66', ['Democraten 66']],
  ['SP', ['Socialistische Partij']],
  ['GroenLinks', ['GL']],
  ['GroenLinks-PvdA', ['GL-PvdA', 'GL/PvdA']],
  ['ChristenUnie', ['CU', 'Christen Unie']],
  ['SGP', []],
  ['PVV', ['Partij voor de Vrijheid']],
  ['PvdD', ['Partij voor de Dieren']],
  ['50PLUS', ['50Plus']],
  ['DENK', []],
  ['FvD', ['Forum voor Democratie']],
  ['JA21', []],
  ['BBB', ['BoerBurgerBeweging']],
  ['NSC', ['Nieuw Sociaal Contract']],
  ['Volt', []],
  ['BIJ1', []],
  ['LPF', ['Lijst Pim Fortuyn']],
  ['RPF', []],
  ['GPV', []],
  ['RPF/GPV', []],
  ['AOV', []],
  ['Unie 55+', []],
  ['Leefbaar Nederland', []],
  ['Groep Wilders', []],
  ['Groep Kuzu/Öztürk', []],
  ['OSF', []],
];

const BY_FORM = new Map<string, string>();
for (const [name, others] of PARTIES) for (const form of [name, ...others]) BY_FORM.set(form, name);

/** The party a spelling names ("Partij van de Arbeid" → "PvdA"), or `null`. */
export function partyOf(form: string): string | null {
  return BY_FORM.get(form.trim()) ?? null;
}

/** A regex source matching any party spelling, longest first. */
export const PARTY_SOURCE = `(?:${[...BY_FORM.keys()]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|')})`;
