/**
 * Tests of the format registry's choice for structured input no parser claims.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParseError } from './errors.ts';
import { parseBytes } from './registry.ts';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('parseBytes', () => {
  // Found by fuzzing (test/fuzz-tk.test.ts): XML that opened with a comment was read as a text paper.
  it('should refuse XML of no format it reads also when comments and processing instructions come first', async () => {
    const entity =
      '<!-- fictief voorbeeld -->\n<?xml-stylesheet href="op.xsl"?>\n' +
      '<tk:kamerstukdossier id="00000000-0000-4000-8000-000000000000" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0"/>';
    await assert.rejects(
      parseBytes(utf8(entity)),
      (error) =>
        error instanceof ParseError &&
        error.code === 'unsupported-format' &&
        /XML \(<tk:kamerstukdossier>\), but not a paper/.test(error.message),
    );
  });

  it('should still read text that holds a comment-like run as text', async () => {
    const doc = await parseBytes(utf8('Tekst <!-- met --> opmerking in een fictieve brief aan de Kamer.'));
    assert.equal(doc.source.format, 'text');
  });
});
