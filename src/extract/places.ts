/**
 * The places of a paper (`Entities.places`): every gazetteer name (`places-gazetteer.ts`)
 * the text prints as a whole word and not inside a person's name or an organisation's
 * ("Raad van Europa", "mevrouw Maas", "gemeente Utrecht"), other spellings mapped to one
 * ("'s-Gravenhage" → "Den Haag"), each once, in reading order.
 *
 * @module
 */
import { capsOf, PhraseIndex, type Segment, taken } from './entity-text.ts';
import { PLACE_ALIASES, PLACE_NAMES } from './places-gazetteer.ts';

/** Every name and alias → the name listed. */
export const PLACE_INDEX = new PhraseIndex(
  PLACE_NAMES.map((name): [string, string] => [name, PLACE_ALIASES[name] ?? name]),
);
const NAMES: ReadonlySet<string> = new Set(PLACE_NAMES);

/** Whether a word or phrase is a place of the gazetteer ("Marokko", "Den Haag"). */
export function isPlace(word: string): boolean {
  return NAMES.has(word);
}

/** The places named in the segments, each once, in reading order. */
export function findPlaces(segments: Segment[]): string[] {
  const found: Array<[number, string]> = [];
  for (const segment of segments) {
    for (const m of PLACE_INDEX.find(segment.text, capsOf(segment))) {
      if (taken(segment, m.start, m.end)) continue;
      found.push([segment.base + m.start, m.value]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  return [...new Set(found.map(([, name]) => name))];
}
