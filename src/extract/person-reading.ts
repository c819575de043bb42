/**
 * Reading a person at a position the context points to: the name as printed (trimmed by
 * `cleanName`), a list of names ("Brasem, Damstra-Vliet, Kroosberg en Van Wierum"), and
 * what the words around it say the person is: a party after the name ("(PvdA)" → a
 * member), an apposition (", minister van Economische Zaken"), a signature's role before
 * it ("De Minister van Financiën, W.B. Hoekstra").
 *
 * @module
 */
import { portfolioOf, readPortfolio } from './ministries.ts';
import { PARTY_SOURCE, partyOf } from './parties.ts';
import { cleanName, INITIALS } from './person-names.ts';

/** One mention: a name as printed, what the text says the person is, and where. */
export interface PersonMention {
  name: string;
  role: string | null;
  /** Offset in the document's reading order (see `entity-text.ts`). */
  pos: number;
  /** Offsets of the name in its segment, to keep places and organisations out of it. */
  start: number;
  end: number;
}

/** What the finders need to know about the paper. */
export interface PersonContext {
  /** The role of a member of the paper's chamber: "lid van de Tweede Kamer". */
  member: string;
  /** Words that end a name: places and organisations ("Marokko", "Rijkswaterstaat"). */
  reject: (word: string) => boolean;
  /** Whether the paper is a debate, where "de heer X" without a role is a member. */
  debate: boolean;
}

const CAP_PARTICLE = `(?:Van|De|Der|Den|Ter|Ten|Te|'t|’t|In ['’]t|La|Le|Du|Von|Da|Di|Del|Dos)`;
const PARTICLE = `(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|'t|’t|[Ll]a|[Ll]e|[Dd]u|[Vv]on|[Dd]a|[Dd]i)`;
const INNER = `(?:van|de|der|den|ter|ten|te|'t|’t|in ['’]t|la|le|du|von|da|di|del|dos|Van|De|Der|Den|Ter|Ten)`;
const CAP = `(?:[Dd]['’])?(?:IJ|\\p{Lu})\\p{Ll}[\\p{L}'’]*`;
const HCAP = `${CAP}(?:-(?:${INNER} )*${CAP})*`;
/** A name after a cue: a lower-case particle only after initials ("L.M. de Kaai-Boelens"). */
export const NAME = `(?:(?:prof|dr|mr|drs|ir)\\. )*(?:${INITIALS}(?:${PARTICLE} )*|(?:${CAP_PARTICLE} )*)${HCAP}(?: (?:${INNER} )*${HCAP}){0,3}`;

const NAME_AT = new RegExp(NAME, 'uy');
/** A name that ends a text: what stands before ", Kamerlid" or "(PvdA)". */
export const NAME_AT_END = new RegExp(`(?<![\\p{L}.])(${NAME}) ?$`, 'u');
/** "(PvdA)", "(ZWP)", "(GroenLinks)": a party after a name. */
const PARTY_AFTER = new RegExp(`^ ?\\((${PARTY_SOURCE}|\\p{Lu}[\\p{L}\\d/+-]{1,14})\\)`, 'u');
const KNOWN_PARTY_AFTER = new RegExp(`^ ?\\((${PARTY_SOURCE})\\)`, 'u');
/** ", minister van Economische Zaken", ", Staatssecretaris van …", ", lid Tweede Kamer". */
const APPOSITION =
  /^,? (?:de |het )?(?:(Minister-President|[Mm]inister|[Ss]taatssecretaris)(?: (van|voor) )?|(lid (?:van de )?(?:Tweede|Eerste) Kamer|(?:Tweede |Eerste )?[Kk]amerlid))/u;
/** " van de Partij van de Arbeid", " van GroenLinks": a member's party after the name. */
const OF_PARTY = new RegExp(`^ van (?:de |het )?(?:${PARTY_SOURCE})(?![\\p{L}\\p{N}-])`, 'u');
const ON_BEHALF = new RegExp(`^ namens (?:de |het )?(?:${PARTY_SOURCE})(?![\\p{L}\\p{N}-])`, 'u');

/**
 * Read one name at `pos`; its cleaned form and extent, or `null`.
 *
 * @param lenient for an item of a list of names (see `cleanName`).
 * @param cued whether a cue word right before says a name follows ("mevrouw Maas"): then
 *   a place or organisation word is a surname all the same.
 */
export function nameAt(
  text: string,
  pos: number,
  ctx: PersonContext,
  lenient = false,
  cued = false,
): { name: string; end: number } | null {
  NAME_AT.lastIndex = pos;
  const m = NAME_AT.exec(text);
  if (!m) return null;
  const name = cleanName(m[0], cued ? undefined : ctx.reject, lenient);
  if (!name || (!cued && ctx.reject(name))) return null;
  // The name must be what was printed at `pos`, not what was left after a cue word.
  if (!m[0].startsWith(name)) return null;
  return { name, end: pos + name.length };
}

/** What a name's context says of the person: a party, an apposition, a portfolio. */
export function roleAfter(text: string, end: number, ctx: PersonContext, anyParty: boolean): string | null {
  const rest = text.slice(end, end + 160);
  const party = (anyParty ? PARTY_AFTER : KNOWN_PARTY_AFTER).exec(rest);
  if (party) {
    const portfolio = portfolioOf(party[1] as string);
    return portfolio && !partyOf(party[1] as string) ? `Minister van ${portfolio}` : ctx.member;
  }
  if (ON_BEHALF.test(rest) || OF_PARTY.test(rest)) return ctx.member;
  const apposition = APPOSITION.exec(rest);
  if (!apposition) return null;
  if (apposition[3]) {
    if (/Eerste/.test(apposition[3])) return 'lid van de Eerste Kamer';
    return /Tweede/.test(apposition[3]) ? 'lid van de Tweede Kamer' : ctx.member;
  }
  const role = governmentRole(apposition[1] as string);
  if (!apposition[2]) return role;
  const portfolio = readPortfolio(rest, apposition[0].length);
  return portfolio ? `${role} ${apposition[2]} ${portfolio.portfolio}` : role;
}

/** "minister" → "Minister": government roles as the signatures print them. */
export function governmentRole(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'minister-president') return 'Minister-President';
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Record a mention found at `start` of a segment whose reading offset is `base`. */
export function push(out: PersonMention[], base: number, start: number, name: string, role: string | null): void {
  out.push({ name, role, pos: base + start, start, end: start + name.length });
}

/**
 * A list of names from `pos`: "Brasem, Damstra-Vliet, Kroosberg en Van Wierum", each
 * with its party where printed. Stops at the first item that is no name.
 */
export function listAt(
  text: string,
  pos: number,
  ctx: PersonContext,
  role: string | null,
  base: number,
  out: PersonMention[],
): number {
  let at = pos;
  for (let n = 0; ; n++) {
    const item = nameAt(text, at, ctx, n > 0);
    if (!item) return at;
    push(out, base, at, item.name, roleAfter(text, item.end, ctx, true) ?? role);
    let end = item.end;
    const party = PARTY_AFTER.exec(text.slice(end, end + 24)) ?? OF_PARTY.exec(text.slice(end, end + 40));
    if (party) end += party[0].length;
    const sep = /^(?:,\s*|\s+en\s+|\s*\/\s*)/.exec(text.slice(end, end + 8));
    if (!sep) return end;
    at = end + sep[0].length;
    if (!nameAt(text, at, ctx, true)) return end;
  }
}

const LEAD_ROLE = /(?<![\p{L}])(Minister-President|[Mm]inister|[Ss]taatssecretaris)(?: (van|voor) )?/gu;

/** The role a signature line gives before a name: "De Minister van Financiën, ". */
export function roleBefore(before: string): string | null {
  if (!/,\s*$/.test(before)) return null;
  let last: RegExpMatchArray | null = null;
  for (const m of before.matchAll(LEAD_ROLE)) last = m;
  if (!last) return null;
  const tail = before
    .slice((last.index as number) + last[0].length)
    .replace(/,\s*$/, '')
    .replace(/\s+/g, ' ');
  const role = governmentRole(last[1] as string);
  if (!last[2]) return tail.trim() === '' ? role : null;
  const portfolio = readPortfolio(tail, 0, true);
  return portfolio && portfolio.end >= tail.trimEnd().length ? `${role} ${last[2]} ${portfolio.portfolio}` : null;
}

/** A space or a no-break space. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0;
}

/** Whether the character at `i` is an upper-case letter. */
export function isUpperAt(text: string, i: number): boolean {
  const ch = text.charAt(i);
  return ch !== '' && ch !== ch.toLowerCase();
}
