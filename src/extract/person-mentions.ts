/**
 * Where a paper names a person, found only where the context says it is one: a form of
 * address ("de heer Van Dijk", "mevrouw Helder, Minister voor …"), a role ("minister
 * Asscher", "Kamerlid Wilders", "de Marokkaanse Minister voor … Birou"), membership ("het
 * lid Kroosberg", "de leden A, B en C", "Tegenwoordig zijn … leden, te weten: …"),
 * initials ("W.B. Hoekstra"), a party after the name ("Feenstra (PvdA)"), a speaker's
 * label ("Voorzitter: Azmani"), a motion named after its mover ("de motie-Kroosberg c.s."),
 * a known first name ("Tom Dumoulin"). A capitalised word alone is never a person.
 *
 * Cheap: the cue words are found with `indexOf` on the lower-cased text, and a name is
 * read with a sticky regex only where a cue stands.
 *
 * @module
 */
import { CueScanner, capitalisedWords, isLetterCode, lowerSameLength } from './entity-text.ts';
import { PARTY_SOURCE } from './parties.ts';
import { cleanName, FIRST_NAMES, INITIALS, INITIALS_NAME, isCommonWord, NOT_INITIALS } from './person-names.ts';
import {
  isSpace,
  isUpperAt,
  listAt,
  NAME_AT_END,
  nameAt,
  type PersonContext,
  type PersonMention,
  push,
  roleAfter,
  roleBefore,
} from './person-reading.ts';
import { memberBefore, ROLE_WORDS, roleWord, signatures } from './person-roles.ts';

export type { PersonContext, PersonMention } from './person-reading.ts';

const HONORIFICS = ['heer', 'heren', 'mevrouw', 'mevr.', 'dhr.', 'mw.'];
const MEMBER_AFTER = [/het lid(?: der kamer,)?\s+/y, /de leden(?: der kamer)?(?:,? te weten)?:?\s+/y, /kamerleden\s+/y];
const LEDEN_BEFORE = /leden(?: der [Kk]amer)?,? $/;
const MOTION_WORDS = ['motie', 'moties', 'amendement', 'amendementen'];
const COLON_ROLES = ['voorzitter', 'griffier', 'adjunct-griffier', 'ondervoorzitter'];
const INITIALS_AT = new RegExp(INITIALS_NAME, 'uy');
const INITIALS_START = new RegExp(`^${INITIALS}`, 'u');
const KNOWN_PARTY_AT = new RegExp(`\\((?:${PARTY_SOURCE})\\)`, 'uy');
const LABEL_BEFORE =
  /(?:^|[\s(])(?:bijlage|tabel|figuur|onderdeel|onderdelen|artikel|categorie|groep|fase|punt|optie|variant|scenario|model|lijst|deel|sub|zie|onder|nr\.|en|of|\d+|[•–-])\s*$/iu;

const TITLES = ['drs.', 'dr.', 'mr.', 'prof.', 'ir.'];
const TITLE_AT = /(?:(?:drs|dr|mr|prof|ir|ing)\.\s+)+/y;
/** What may follow the name of a motion's mover: "de motie Poppe inzake …", "motie Slob/De Rouwe over". */
const AFTER_MOVER =
  /^(?:$| c\.s\.|\s*[,(.;:]|\s+(?:over|inzake|waarin|die|om|betreffende|met|ter|is|op|tot|uit|aangaande)(?![\p{L}]))/u;
const CUES = new CueScanner([
  ...HONORIFICS,
  ...TITLES,
  'collega',
  "collega's",
  ...ROLE_WORDS,
  'het lid',
  'de leden',
  'kamerleden',
  'te weten:',
  ...MOTION_WORDS,
  ...COLON_ROLES.map((w) => `${w}: `),
  'bij de gratie gods, ',
]);
const NONE: number[] = [];

const SURNAME_PARTICLE = /^(?:van|de|der|den|ter|ten|te|'t|’t)(?: de| der| den)? \p{Lu}/u;

/** Every person a text names by its context; a name inside a longer one is part of it. */
export function findPersonMentions(
  text: string,
  base: number,
  ctx: PersonContext,
  out: PersonMention[],
  lower = lowerSameLength(text),
  caps = capitalisedWords(text),
): void {
  const found: PersonMention[] = [];
  findAll(text, lower, caps, base, ctx, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  let from = -1;
  for (const mention of found) {
    // "Jan van Kesteren" inside "Niek Jan van Kesteren" is no person of its own.
    if (mention.end <= reach && (mention.start > from || mention.end < reach)) continue;
    if (mention.end > reach) {
      reach = mention.end;
      from = mention.start;
    }
    out.push(mention);
  }
}

function findAll(
  text: string,
  lower: string,
  caps: number[],
  base: number,
  ctx: PersonContext,
  out: PersonMention[],
): void {
  const hits = CUES.scan(lower);
  for (const cue of HONORIFICS) {
    for (const hit of hits.get(cue) ?? NONE) {
      let at = hit + cue.length;
      if (!isSpace(text.charCodeAt(at))) continue;
      while (isSpace(text.charCodeAt(at))) at++;
      if (cue === 'heren') listAt(text, at, ctx, null, base, out);
      else {
        const item = nameAt(text, at, ctx, false, true);
        if (item)
          push(out, base, at, item.name, roleAfter(text, item.end, ctx, true) ?? (ctx.debate ? ctx.member : null));
      }
    }
  }
  for (const word of ROLE_WORDS) for (const hit of hits.get(word) ?? NONE) roleWord(text, hit, word, ctx, base, out);
  for (const cue of TITLES) {
    for (const hit of hits.get(cue) ?? NONE) {
      TITLE_AT.lastIndex = hit;
      const at = hit + (TITLE_AT.exec(text)?.[0].length ?? cue.length);
      const item = nameAt(text, at, ctx, false, true);
      if (item)
        push(
          out,
          base,
          at,
          item.name,
          roleAfter(text, item.end, ctx, true) ?? roleBefore(text.slice(Math.max(0, hit - 140), hit)),
        );
    }
  }
  for (const cue of ['collega', "collega's"]) {
    for (const hit of hits.get(cue) ?? NONE) {
      const at = hit + cue.length + 1;
      if (text[at - 1] === ' ' && isUpperAt(text, at)) listAt(text, at, ctx, null, base, out);
    }
  }
  for (const hit of hits.get('kamerlid') ?? NONE) memberBefore(text, hit, ctx, base, out);
  signatures(text, ctx, base, out);
  members(text, lower, hits, base, ctx, out);
  motions(text, hits, base, ctx, out);
  for (const word of COLON_ROLES) {
    for (const hit of hits.get(`${word}: `) ?? NONE) {
      if ((hit > 0 && text[hit - 1] !== '\n') || !isUpperAt(text, hit)) continue;
      const at = hit + word.length + 2;
      const item = nameAt(text, at, ctx, false, true);
      if (item && /^\s*(?:\n|$)/.test(text.slice(item.end, item.end + 2))) push(out, base, at, item.name, word);
    }
  }
  absentees(text, base, ctx, out);
  for (let i = text.indexOf('.'); i !== -1; i = text.indexOf('.', i + 1)) i = initialsAt(text, i, ctx, base, out);
  for (let i = text.indexOf('('); i !== -1; i = text.indexOf('(', i + 1)) partyAt(text, i, ctx, base, out);
  firstNames(text, caps, base, ctx, out);
  for (const hit of hits.get('bij de gratie gods, ') ?? NONE) {
    const who = /(?:^|[^\p{L}])Wij ([\p{Lu}][\p{L}-]+), $/u.exec(text.slice(Math.max(0, hit - 40), hit));
    const title = /^bij de gratie Gods, (Koning(?:in)? der Nederlanden)/.exec(text.slice(hit, hit + 60));
    if (who && title) push(out, base, hit - 2 - (who[1] as string).length, who[1] as string, title[1] as string);
  }
}

/** "het lid Kroosberg", "de leden Kroosberg, Brasem en Heggeman", "…leden, te weten: A, B en C". */
function members(
  text: string,
  lower: string,
  hits: Map<string, number[]>,
  base: number,
  ctx: PersonContext,
  out: PersonMention[],
): void {
  for (const cue of ['het lid', 'de leden', 'kamerleden']) {
    for (const hit of hits.get(cue) ?? NONE) {
      for (const re of MEMBER_AFTER) {
        re.lastIndex = hit;
        const m = re.exec(lower);
        if (m) listAt(text, hit + m[0].length, ctx, ctx.member, base, out);
      }
    }
  }
  for (const i of hits.get('te weten:') ?? NONE) {
    if (
      !LEDEN_BEFORE.test(text.slice(Math.max(0, i - 24), i)) ||
      /de leden[^,]*$/i.test(text.slice(Math.max(0, i - 24), i))
    )
      continue;
    let at = i + 'te weten:'.length;
    while (/\s/.test(text.charAt(at))) at++;
    listAt(text, at, ctx, ctx.member, base, out);
  }
}

/** "de motie-Kroosberg c.s.", "het amendement-Heggeman (Kamerstukken II …)": its movers. */
function motions(
  text: string,
  hits: Map<string, number[]>,
  base: number,
  ctx: PersonContext,
  out: PersonMention[],
): void {
  for (const word of MOTION_WORDS) {
    for (const hit of hits.get(word) ?? NONE) {
      const after = hit + word.length;
      let at = -1;
      const hyphen = text[after] === '-';
      if (hyphen) at = after + 1;
      else if (text[after] === ' ' && isUpperAt(text, after + 1)) at = after + 1;
      if (at < 0) continue;
      const names: PersonMention[] = [];
      const end = listAt(text, at, ctx, ctx.member, base, names);
      if (!hyphen && (word === 'moties' || !AFTER_MOVER.test(text.slice(end, end + 14)))) continue;
      if (!hyphen && names.some((n) => n.name.split(/[\s/-]+/).some(isCommonWord))) continue;
      const cited = /^[^.;]{0,40}?(?:Kamerstuk(?:ken)?|Handelingen) (II?)(?![\p{L}])/u.exec(text.slice(end, end + 60));
      const role = cited ? (cited[1] === 'II' ? 'lid van de Tweede Kamer' : 'lid van de Eerste Kamer') : null;
      for (const name of names) out.push(role && name.role === ctx.member ? { ...name, role } : name);
    }
  }
}

/** "Swagerman, De Vries-Leggedoor en Dupuis, wegens verblijf buitenslands;": absent members. */
function absentees(text: string, base: number, ctx: PersonContext, out: PersonMention[]): void {
  let lastLine = -1;
  for (let i = text.indexOf(', wegens '); i !== -1; i = text.indexOf(', wegens ', i + 1)) {
    const line = text.lastIndexOf('\n', i) + 1;
    if (line === lastLine || i - line > 600) continue;
    lastLine = line;
    const names: PersonMention[] = [];
    if (listAt(text, line, ctx, ctx.member, base, names) === i) out.push(...names);
  }
}

/** A name with initials whose first dot stands at `dot`; returns where to look on. */
function initialsAt(text: string, dot: number, ctx: PersonContext, base: number, out: PersonMention[]): number {
  let start = dot - 1;
  while (start > 0 && dot - start < 3 && isLetterCode(text.charCodeAt(start - 1)) && !isUpperAt(text, start)) start--;
  if (start < 0 || !isUpperAt(text, start)) return dot;
  const prev = text.charCodeAt(start - 1);
  if (start > 0 && (isLetterCode(prev) || prev === 46)) return dot;
  INITIALS_AT.lastIndex = start;
  const m = INITIALS_AT.exec(text);
  if (!m) return dot;
  const raw = m[0];
  const initials = INITIALS_START.exec(raw)?.[0].replace(/\s+$/, '') ?? '';
  if (NOT_INITIALS.has(initials.replace(/\s+/g, ''))) return dot;
  const name = cleanName(raw, ctx.reject);
  if (!name || !raw.startsWith(name) || !/\p{Ll}/u.test(name.slice(initials.length))) return dot;
  const before = text.slice(Math.max(0, start - 140), start);
  const single = /^\p{Lu}\.$/u.test(initials);
  // "A. Inleiding", "bijlage B. Vervolgens": one letter after a label, or heading a line.
  if (single && LABEL_BEFORE.test(before)) return dot;
  const role = roleAfter(text, start + name.length, ctx, true) ?? roleBefore(before);
  const lineStart = start === 0 || text[start - 1] === '\n';
  const alone = /^(?:\s*(?:\n|$)|,|\s*\()/u.test(text.slice(start + name.length, start + name.length + 3));
  if (single && lineStart && !role && !alone) return dot;
  push(out, base, start, name, role);
  return start + name.length;
}

/** "Feenstra (PvdA)": a name right before a known party in brackets. */
function partyAt(text: string, open: number, ctx: PersonContext, base: number, out: PersonMention[]): void {
  KNOWN_PARTY_AT.lastIndex = open;
  if (!KNOWN_PARTY_AT.test(text)) return;
  const before = text.slice(Math.max(0, open - 80), open);
  const m = NAME_AT_END.exec(before);
  if (!m) return;
  const raw = m[1] as string;
  const name = cleanName(raw, ctx.reject);
  if (!name || !raw.endsWith(name)) return;
  push(out, base, open - (before.length - (m.index as number)) + raw.length - name.length, name, ctx.member);
}

/** "Tom Dumoulin", "Sandra Beckerman": a known first name before a surname. */
function firstNames(text: string, caps: number[], base: number, ctx: PersonContext, out: PersonMention[]): void {
  for (let k = 0; k < caps.length; k += 2) {
    const start = caps[k] as number;
    const end = caps[k + 1] as number;
    if (text.charCodeAt(end) !== 32 || !FIRST_NAMES.has(text.slice(start, end))) continue;
    const c = text.charCodeAt(start - 1);
    if (start > 0 && (c === 46 || c === 45 || c === 39 || c === 0x2019)) continue;
    if (!isUpperAt(text, end + 1) && !SURNAME_PARTICLE.test(text.slice(end + 1, end + 12))) continue;
    const item = nameAt(text, start, ctx);
    if (item?.name.includes(' ')) push(out, base, start, item.name, roleAfter(text, item.end, ctx, true));
  }
}
