/**
 * The persons of a paper (`Entities.persons`): who signed it and who sent it first, then
 * everyone its text names by context (`person-mentions.ts`), in order of first mention.
 * The same person is listed once: mentions with the same name merge, and a bare surname
 * ("Asscher") merges into the one fuller name it can belong to ("L.F. Asscher"); the role
 * kept is the most telling one (a signature's, then one with a portfolio).
 *
 * @module
 */
import type { Document, Person, Sender } from '../model/index.ts';
import { ministryOf } from './ministries.ts';
import type { PersonMention } from './person-mentions.ts';
import { hasInitials, nameKey, surnameKey } from './person-names.ts';

/** The role of a member of the paper's chamber. */
export function memberRole(doc: Pick<Document, 'chamber'>): string {
  return doc.chamber === 'eerste-kamer' ? 'lid van de Eerste Kamer' : 'lid van de Tweede Kamer';
}

/** A signatory's role as a person's: "lid" reads "lid van de Tweede Kamer". */
function signatoryRole(role: string | null, member: string): string | null {
  if (typeof role !== 'string') return null;
  return /^(?:lid|leden)$/i.test(role.trim()) ? member : role;
}

/** The sender as a person's role: "Minister van Sociale Zaken en Werkgelegenheid". */
function senderRole(sender: Sender, member: string): string | null {
  const portfolio = typeof sender.portfolio === 'string' ? sender.portfolio : null;
  switch (sender.role) {
    case 'minister':
    case 'staatssecretaris': {
      const role = sender.role === 'minister' ? 'Minister' : 'Staatssecretaris';
      if (!portfolio) return role;
      return `${role} ${ministryOf(portfolio.split(' – ')[0] as string) ? 'van' : 'voor'} ${portfolio}`;
    }
    case 'minister-president':
      return 'Minister-President';
    case 'lid':
    case 'leden':
      return member;
    case 'commissie':
      return portfolio ? `voorzitter van de vaste commissie voor ${portfolio}` : null;
    default:
      return null;
  }
}

/** How telling a role is: a signature's, one with a portfolio, any, none. */
function weight(role: string | null, signed: boolean): number {
  if (role === null) return 0;
  if (signed) return 3;
  return / (?:van|voor) /.test(role) && !/^lid van de /.test(role) ? 2 : 1;
}

interface Entry {
  name: string;
  role: string | null;
  weight: number;
  pos: number;
}

/** The names the header gives: signatories first, then the sender. */
export function headerPersons(doc: Document): PersonMention[] {
  const member = memberRole(doc);
  const out: PersonMention[] = [];
  let pos = -1_000_000;
  for (const s of Array.isArray(doc.signatories) ? doc.signatories : []) {
    if (s && typeof s.name === 'string' && s.name.trim() !== '') {
      out.push({ name: s.name.trim(), role: signatoryRole(s.role ?? null, member), pos: pos++, start: 0, end: 0 });
    }
  }
  const sender = doc.sender;
  if (sender && typeof sender === 'object' && typeof sender.name === 'string' && sender.name.trim() !== '') {
    out.push({ name: sender.name.trim(), role: senderRole(sender, member), pos: pos++, start: 0, end: 0 });
  }
  return out;
}

/**
 * Merge mentions into persons in order of first mention.
 *
 * @param signed how many of the first mentions are the header's (their roles win).
 */
export function mergePersons(mentions: PersonMention[], signed: number): Person[] {
  const byKey = new Map<string, Entry>();
  mentions.forEach((mention, i) => {
    const key = nameKey(mention.name);
    const w = weight(mention.role, i < signed);
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { name: mention.name, role: mention.role, weight: w, pos: mention.pos });
    else {
      if (w > entry.weight) Object.assign(entry, { role: mention.role, weight: w });
      entry.pos = Math.min(entry.pos, mention.pos);
    }
  });
  // A bare surname joins the one fuller name that ends or starts with it.
  const fuller = fullerNames([...byKey.keys()]);
  for (const [key, entry] of [...byKey]) {
    if (hasInitials(entry.name)) continue;
    const targets = (fuller.get(key) ?? []).filter((other) => other !== key && byKey.has(other));
    if (targets.length !== 1) continue;
    const target = byKey.get(targets[0] as string) as Entry;
    if (entry.weight > target.weight) Object.assign(target, { role: entry.role, weight: entry.weight });
    target.pos = Math.min(target.pos, entry.pos);
    byKey.delete(key);
  }
  return [...byKey.values()].sort((a, b) => a.pos - b.pos).map(({ name, role }) => ({ name, role }));
}

/**
 * For every bare surname a name key could be named by, the keys of the fuller names it
 * can stand for: "l.f. asscher" by "asscher", "jasper van dijk" by "van dijk" and
 * "dijk", "m.h. schultz van haegen-maas geesteranus" by "schultz" and "schultz van
 * haegen", "j.a. hennis-plasschaert" by "hennis".
 */
function fullerNames(keys: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (bare: string, full: string) => {
    if (bare === '' || bare === full) return;
    const list = out.get(bare);
    if (!list) out.set(bare, [full]);
    else if (!list.includes(full)) list.push(full);
  };
  for (const key of keys) {
    const surname = surnameKey(key);
    add(surname, key);
    for (let i = surname.indexOf(' '); i !== -1; i = surname.indexOf(' ', i + 1)) {
      add(surname.slice(i + 1), key);
      add(surname.slice(0, i), key);
    }
    const hyphen = surname.indexOf('-');
    if (hyphen > 0) add(surname.slice(0, hyphen), key);
  }
  return out;
}
