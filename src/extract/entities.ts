/**
 * Named entities (`Document.entities`): the persons a paper names with their roles, the
 * places and the organisations, each listed once in reading order. Persons come first
 * from the header (signatories, sender), then from the text where its context says a
 * name is a person's (`person-mentions.ts`); their names are taken out before places and
 * organisations are looked up, and organisations before places.
 *
 * @module
 */
import type { Document, Entities } from '../model/index.ts';
import { capsOf, lowerOf, segmentsOf, take } from './entity-text.ts';
import { findOrganisations, isOrganisation } from './organisations.ts';
import { findPersonMentions, type PersonContext, type PersonMention } from './person-mentions.ts';
import { headerPersons, memberRole, mergePersons } from './persons.ts';
import { findPlaces, isPlace } from './places.ts';

/** The persons, places and organisations a paper names. Never throws on content. */
export function extractEntities(doc: Document): Entities {
  try {
    const segments = segmentsOf(doc);
    const ctx: PersonContext = {
      member: memberRole(doc),
      reject: (w) => isPlace(w) || isOrganisation(w),
      debate: doc.kind === 'handelingen' || doc.type === 'verslag-commissiedebat',
    };
    const header = headerPersons(doc);
    const mentions: PersonMention[] = [];
    for (const segment of segments) {
      const found: PersonMention[] = [];
      findPersonMentions(segment.text, segment.base, ctx, found, lowerOf(segment), capsOf(segment));
      for (const mention of found) take(segment, mention.start, mention.end);
      mentions.push(...found);
    }
    mentions.sort((a, b) => a.pos - b.pos);
    const persons = mergePersons([...header, ...mentions], header.length);
    const organisations = findOrganisations(segments);
    const places = findPlaces(segments);
    return { persons, places, organisations };
  } catch (error) {
    if (Array.isArray(doc.warnings))
      doc.warnings.push(`entities: ${error instanceof Error ? error.message : String(error)}`);
    return { persons: [], places: [], organisations: [] };
  }
}
