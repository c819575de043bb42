/**
 * The government's part of a debate: who speaks for the government in a report of a
 * committee debate or in Handelingen, and the turns they speak.
 *
 * A speaker line opens a turn ("Minister Oeverman:", "De heer Van Wierum (DRV):", "De
 * voorzitter:"), alone or at the start of a paragraph. The list of commitments a chair
 * reads out ("Ik heb de volgende toezeggingen genoteerd." and the items after it) is the
 * debate's own record of what the government promised.
 *
 * @module
 */
import type { Block } from '../model/index.ts';

const SPEAKER =
  /^((?:De\s+)?(?:minister-president|minister|staatssecretaris)\b[^:]{0,80}|(?:De\s+heer|Mevrouw|De\s+voorzitter|Voorzitter)\b[^:]{0,80}):(?:\s|$)/iu;
const GOVERNMENT_SPEAKER = /^(?:De\s+)?(?:minister-president|minister|staatssecretaris)\b/iu;

/** "de heer Oeverman, Minister van Infrastructuur en Waterstaat" in the list of who attended. */
const ATTENDEE =
  /\b(?:de heer|mevrouw)\s+((?:[\p{Lu}][\p{L}’'-]*\s+|(?:van|de|der|den|ter|ten)\s+){0,4}?[\p{Lu}][\p{L}’'-]*),\s+((?:[Mm]inister-[Pp]resident|[Mm]inister|[Ss]taatssecretaris)\s+(?:van|voor)\s+[\p{Lu}][\p{L}-]*(?:(?:,\s+|\s+en\s+|\s+van\s+|\s+voor\s+)[\p{Lu}][\p{L}-]*)*)/gu;

const LIST_INTRO =
  /\btoezegging(?:en)?\b[^.]{0,60}\b(?:genoteerd|gedaan|vastgelegd)\b|\bvolgende toezegging|^toezeggingen$/iu;
const BULLET = /^\s*(?:[–—•·*-]|\d{1,2}[.)])\s+/u;

/** One turn in a debate: who speaks, whether for the government, and what they say. */
export interface Turn {
  speaker: string;
  government: boolean;
  blocks: Block[];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Surname (lower case) → "Minister van …", from the attendance lines of the first blocks. */
export function attendees(blocks: Block[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of blocks.slice(0, 25)) {
    if (!/minister|staatssecretaris/i.test(block.text)) continue;
    for (const m of block.text.matchAll(ATTENDEE)) {
      const name = (m[1] as string).trim();
      const surname = name.split(/\s+/).pop() as string;
      out.set(surname.toLowerCase(), capitalise((m[2] as string).replace(/\s+/g, ' ')));
    }
  }
  return out;
}

/** The label of a government speaker: the attendance list's role, else the speaker line. */
export function speakerLabel(speaker: string, known: Map<string, string>): string {
  const words = speaker
    .replace(/\(.*?\)/g, '')
    .trim()
    .split(/\s+/);
  const surname = (words[words.length - 1] ?? '').toLowerCase();
  const found = known.get(surname);
  if (found) return found;
  if (known.size === 1 && words.length <= 2) return [...known.values()][0] as string;
  return capitalise(speaker.replace(/^De\s+/i, '').trim());
}

/** Every turn after a speaker line, in reading order, each with the text after that line. */
export function debateTurns(blocks: Block[]): Turn[] {
  const turns: Turn[] = [];
  let current: Turn | null = null;
  for (const block of blocks) {
    const text = block.text;
    const m = text.length < 2000 ? SPEAKER.exec(text) : null;
    if (m) {
      const speaker = (m[1] as string).trim();
      current = { speaker, government: GOVERNMENT_SPEAKER.test(speaker), blocks: [] };
      turns.push(current);
      const rest = text.slice(m[0].length).trim();
      if (rest) current.blocks.push({ ...block, text: rest });
      continue;
    }
    if (current && block.kind !== 'heading') current.blocks.push(block);
  }
  return turns;
}

/** The government's turns in reading order. */
export function governmentTurns(blocks: Block[]): Turn[] {
  return debateTurns(blocks).filter((t) => t.government);
}

/** The items of the chair's list of commitments, bullets removed; empty when there is none. */
export function recordedCommitments(blocks: Block[]): string[] {
  const out: string[] = [];
  let inList = false;
  for (const block of blocks) {
    const text = block.text.trim();
    if (!inList) {
      if (text.length < 300 && LIST_INTRO.test(text)) inList = true;
      continue;
    }
    if (block.kind === 'list-item' || BULLET.test(text)) {
      const item = text.replace(BULLET, '').trim();
      if (item) out.push(item);
      continue;
    }
    if (out.length > 0) break;
  }
  return out;
}
