import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Document, emptyDocument } from '../model/index.ts';
import { forEachWord, topicKey } from './topic-words.ts';
import { extractTopics, MAX_TOPICS } from './topics.ts';
import { COMMON_WORDS } from './topics-common.ts';

function doc(blocks: string[], fields: Partial<Document> = {}): Document {
  return {
    ...emptyDocument({ format: 'text', sha256: '' }),
    blocks: blocks.map((text) => ({ kind: 'paragraph' as const, text })),
    ...fields,
  };
}

describe('topicKey', () => {
  it('should bring plurals and inflections of a word together', () => {
    const groups = [
      ['migranten', 'migrant'],
      ['bibliotheken', 'bibliotheek'],
      ['kuddes', 'kudde'],
      ['schapen', 'schaap'],
      ['sluizen', 'sluis'],
      ['brieven', 'brief'],
      ['partners', 'partner'],
      ['jongeren', 'jongere'],
    ];
    for (const [a, b] of groups) assert.equal(topicKey(a as string), topicKey(b as string), `${a} ${b}`);
    assert.notEqual(topicKey('migratie'), topicKey('migrant'));
  });
});

describe('forEachWord', () => {
  it('should tell proper nouns from words that start a sentence, a line or an item', () => {
    const seen: Array<[string, boolean]> = [];
    forEachWord('Marokko werkt met (de)radicalisering. Zowel Marokko als\nNederland; • Dijken', (w, proper) =>
      seen.push([w, proper]),
    );
    assert.deepEqual(seen, [
      ['Marokko', false],
      ['werkt', false],
      ['met', false],
      ['de', false],
      ['radicalisering', false],
      ['Zowel', false],
      ['Marokko', true],
      ['als', false],
      ['Nederland', false],
      ['Dijken', false],
    ]);
  });
});

describe('extractTopics', () => {
  it('should prefer policy themes, reached through inflections and compounds', () => {
    const topics = extractTopics(
      doc(
        [
          'Veel migranten wachten op opvang. Het integratiebeleid en de integratie van migranten vragen aandacht.',
          'De arbeidsmigratie groeit, net als de radicalisering van jongeren.',
        ],
        { dossiers: [{ number: '32824', title: 'Integratiebeleid' }] },
      ),
    );
    assert.deepEqual(topics.slice(0, 3), ['integratie', 'migratie', 'radicalisering']);
  });

  it('should never take generic parliamentary words, stop words or names for topics', () => {
    const topics = extractTopics(
      doc(
        [
          'De minister heeft de Kamer per brief geïnformeerd over het beleid van de regering dit jaar. De minister schrijft de Kamer opnieuw over het beleid.',
          'Daarover sprak Kroosberg met Oeverman en met Kroosberg in Rijkswaterstaat.',
        ],
        { entities: { persons: [{ name: 'Kroosberg', role: null }], places: [], organisations: [] } },
      ),
    );
    for (const word of ['minister', 'kamer', 'brief', 'beleid', 'regering', 'jaar', 'kroosberg', 'oeverman']) {
      assert.ok(!topics.includes(word), `${word} in ${topics}`);
    }
    assert.ok(COMMON_WORDS.length >= 500 && COMMON_WORDS.length <= 1500, String(COMMON_WORDS.length));
  });

  it('should take a country the paper keeps naming, not one it names once', () => {
    const often = extractTopics(doc(['Marokko werkt samen. Met Marokko is gesproken. In Marokko is het warm.']));
    assert.ok(often.includes('marokko'), often.join(', '));
    const once = extractTopics(doc(['Er is gesproken over Marokko en de dijken, de dijken en nog eens de dijken.']));
    assert.deepEqual(once, ['waterkeringen']);
  });

  it('should weigh the dossier title most and list at most six topics, deterministically', () => {
    const words = 'stikstof klimaat onderwijs defensie asiel pensioenen kinderopvang woningbouw';
    const input = doc([`${words}. ${words}.`], { dossiers: [{ number: '35334', title: 'Problematiek rondom mest' }] });
    const topics = extractTopics(input);
    assert.equal(topics.length, MAX_TOPICS);
    assert.equal(topics[0], 'mest');
    assert.deepEqual(extractTopics(input), topics);
  });

  it('should give no topics for a paper without content, and not throw on odd content', () => {
    assert.deepEqual(extractTopics(doc([])), []);
    const odd = doc(['Zorg']);
    (odd as unknown as { blocks: unknown[] }).blocks = [null, { text: 7 }];
    (odd as unknown as { dossiers: unknown }).dossiers = 'x';
    assert.deepEqual(extractTopics(odd), []);
  });

  it('should not read a theme into a word that only starts like one', () => {
    const topics = extractTopics(
      doc(['Wij zorgen zorgvuldig en natuurlijk voor de Handelingen. Wij zorgen zorgvuldig.']),
    );
    assert.ok(!topics.includes('zorg') && !topics.includes('natuur') && !topics.includes('handel'), topics.join(', '));
  });
});

describe('extractTopics on hostile input', () => {
  it('should pass over a word of 200,000 letters (once read in time squared by its length) without a topic from it', () => {
    const doc = emptyDocument({ format: 'text', sha256: 'long-word' });
    doc.blocks.push({ kind: 'paragraph', text: `${'a'.repeat(200_000)} integratie en integratiebeleid.` });
    const topics = extractTopics(doc);
    assert.ok(!topics.some((t) => t.length > 60), 'no topic from the long word');
    assert.ok(topics.includes('integratie'), `the paper's theme is still found: ${topics.join(', ')}`);
  });
});
