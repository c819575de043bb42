/**
 * `analyzeDocument`: each text field of a document, analyzed as `analyzeText` does.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Document, emptyDocument } from '../model/index.ts';
import { analyzeText } from './analyzer/index-terms.ts';
import { analyzeDocument, analyzeFields, documentFields } from './fields.ts';

function letter(): Document {
  return {
    ...emptyDocument({ format: 'text', sha256: 'f'.repeat(64) }),
    id: 'kst-99120-4',
    type: 'brief',
    typeLine: 'BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR',
    title: 'Brief over de dijkversterking',
    subject: 'Voortgang van de zeeweringen',
    dossiers: [
      { number: '99120', title: 'Waterveiligheid in de delta' },
      { number: '99121', suffix: 'XII', title: null },
    ],
    blocks: [
      { kind: 'paragraph', text: 'De dijkversterkingsprojecten in Zeeland liggen op schema.' },
      { kind: 'paragraph', text: 'Ik informeer uw Kamer over de ict-projecten van het waterschap.' },
    ],
    footnotes: [{ marker: '1', text: 'Kamerstuk 99 120, nr. 2' }],
  };
}

describe('analyzeDocument', () => {
  it('should analyze title, dossier titles and body as analyzeText does', () => {
    const doc = letter();
    const fields = documentFields(doc);
    assert.deepEqual(analyzeDocument(doc), {
      title: analyzeText(fields.title),
      dossiers: analyzeText(fields.dossiers),
      body: analyzeText(fields.body),
    });
  });

  it('should index subject and type line with the title, and footnotes with the body', () => {
    const indexed = analyzeDocument(letter());
    assert.match(indexed.title.stems, /^brief over de dijkversterk voortgang van de zeewer brief van de minister/);
    assert.equal(indexed.dossiers.stems, analyzeText('Waterveiligheid in de delta').stems);
    assert.ok(indexed.body.stems.endsWith('kamerstuk 99120 nr 2'), indexed.body.stems);
    assert.ok(indexed.body.expansions.split(' ').includes('ictproject'), indexed.body.expansions);
  });

  it('should give empty streams for a document without text', () => {
    const empty = { stems: '', expansions: '' };
    assert.deepEqual(analyzeDocument(emptyDocument({ format: 'text', sha256: 'e'.repeat(64) })), {
      title: empty,
      dossiers: empty,
      body: empty,
    });
  });

  it('should equal analyzeFields of the document fields (what a worker thread is sent)', () => {
    const doc = letter();
    assert.deepEqual(analyzeFields(structuredClone(documentFields(doc))), analyzeDocument(doc));
  });
});
