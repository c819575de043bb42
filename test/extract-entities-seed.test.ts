/**
 * Entities and topics of whole papers, through the pipeline: the seed letter (Kamerstuk
 * 32 824, nr. 93) gives the persons, places and organisations of the hand-made expected
 * document of `shared/spec` and is about integratie, radicalisering, migratie and
 * Marokko; the bundled fictional examples give the people, bodies and themes they were
 * written with.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Document } from '../src/model/index.ts';
import { parseFile } from '../src/pipeline/index.ts';
import { ROOT, sharedOrSkip } from './support/shared.ts';

const SEED_TOPICS = ['integratie', 'radicalisering', 'migratie', 'marokko'];

describe('entities and topics of the seed letter kst-32824-93', () => {
  it('should name the persons, places and organisations of the expected document', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const expected = JSON.parse(readFileSync(join(shared, 'spec', 'kst-32824-93.expected.json'), 'utf8')) as Document;
    const doc = await parseFile(join(shared, 'seed', 'kst-32824-93.txt'));
    assert.deepEqual(doc.entities.persons, [
      { name: 'L.F. Asscher', role: 'Minister van Sociale Zaken en Werkgelegenheid' },
      { name: 'Birou', role: 'Marokkaanse Minister voor Marokkanen in het buitenland en migratie' },
    ]);
    assert.deepEqual(doc.entities.persons, expected.entities.persons);
    assert.deepEqual(doc.entities.places, expected.entities.places);
    assert.deepEqual(doc.entities.organisations, expected.entities.organisations);
  });

  it('should be about integratie, radicalisering, migratie and Marokko first', async () => {
    const doc = await parseFile(join(ROOT, 'examples', 'kst-32824-93.txt'));
    const topics = doc.topics ?? [];
    assert.ok(topics.length <= 6, topics.join(', '));
    assert.deepEqual([...topics.slice(0, 4)].sort(), [...SEED_TOPICS].sort(), topics.join(', '));
    // Generic words of parliamentary letters are never topics.
    for (const generic of ['minister', 'kamer', 'brief', 'regering', 'beleid', 'jaar']) {
      assert.ok(!topics.includes(generic), generic);
    }
  });
});

/** What a fictional example names: persons (by name), some organisations and places, topics. */
interface ExampleCase {
  persons: string[];
  organisations?: string[];
  places?: string[];
  /** Its most central topic. */
  first: string;
  /** Topics it must have (anywhere among its at most six). */
  topics: string[];
  /** Words that must not be among its topics. */
  notTopics?: string[];
}

const EXAMPLES: Record<string, ExampleCase> = {
  'kst-99101-1': {
    persons: ['R.T. Oeverman'],
    organisations: ['Tweede Kamer der Staten-Generaal'],
    places: ['Waal', 'Tiel', 'Amsterdam-Rijnkanaal', 'Maarssen', 'Friesland', 'Groningen', 'Noord-Brabant', 'Den Haag'],
    first: 'binnenvaart',
    topics: ['laadpunten', 'scheepvaart'],
    notTopics: ['oeverman', 'fictief', 'kamer'],
  },
  'kst-99101-3': {
    persons: ['Damstra-Vliet', 'Sluisman', 'Oeverman', 'Brasem', 'Kroosberg', 'Van Wierum'],
    organisations: ['vaste commissie voor Infrastructuur en Waterstaat'],
    first: 'binnenvaart',
    topics: ['laadpunt'],
    notTopics: ['kroosberg', 'voorzitter'],
  },
  'h-tk-20242025-72-9': {
    persons: ['Kroosberg', 'Van Wierum', 'Heggeman', 'Brasem'],
    first: 'binnenvaart',
    topics: [],
  },
  'kst-99102-3': {
    persons: ['R.T. Oeverman'],
    organisations: ['Rijkswaterstaat'],
    first: 'scheepvaart',
    topics: ['vaarbewijs', 'registratie'],
  },
  'kst-99103-1': {
    persons: ['S.P. Leesberg'],
    organisations: ['provincie Gelderland', 'provincie Overijssel', 'provincie Limburg'],
    places: ['IJssel', 'Maas', 'Den Haag'],
    first: 'bibliotheken',
    topics: ['dorpen'],
    notTopics: ['drijvende'],
  },
  'kst-99105-1': {
    persons: ['G.H. Graasma'],
    first: 'waterkeringen',
    topics: ['begrazing', 'kudde'],
  },
  'kst-99105-2': {
    persons: ['G.H. Graasma', 'L.M. de Kaai-Boelens', 'Damstra-Vliet'],
    organisations: ['Rijkswaterstaat'],
    first: 'waterkeringen',
    topics: ['binnenvaart'],
  },
  'kv-tk-2025Z16880': {
    persons: ['Kroosberg'],
    places: ['Nijmegen', 'Waal'],
    first: 'scheepvaart',
    topics: ['vrachtschip'],
  },
};

describe('entities and topics of the bundled examples', () => {
  const docs = new Map<string, Document>();
  before(async () => {
    for (const id of Object.keys(EXAMPLES)) docs.set(id, await parseFile(join(ROOT, 'examples', `${id}.txt`)));
  });

  for (const [id, want] of Object.entries(EXAMPLES)) {
    it(`should read the persons, bodies, places and themes of ${id}`, () => {
      const doc = docs.get(id) as Document;
      assert.deepEqual(
        doc.entities.persons.map((p) => p.name),
        want.persons,
      );
      for (const organisation of want.organisations ?? []) {
        assert.ok(doc.entities.organisations.includes(organisation), `${id}: ${organisation}`);
      }
      if (want.places) assert.deepEqual(doc.entities.places, want.places);
      const topics = doc.topics ?? [];
      assert.equal(topics[0], want.first, `${id}: ${topics}`);
      for (const topic of want.topics) assert.ok(topics.includes(topic), `${id}: ${topic} in ${topics}`);
      for (const topic of want.notTopics ?? []) assert.ok(!topics.includes(topic), `${id}: ${topic} in ${topics}`);
    });
  }

  it('should give every person a role where the paper says one', () => {
    const roles = new Map<string, string | null>();
    for (const doc of docs.values()) for (const p of doc.entities.persons) roles.set(p.name, p.role);
    assert.equal(roles.get('R.T. Oeverman'), 'Minister van Infrastructuur en Waterstaat');
    assert.equal(roles.get('Kroosberg'), 'lid van de Tweede Kamer');
    assert.equal(roles.get('Oeverman'), 'Minister van Infrastructuur en Waterstaat');
  });
});
