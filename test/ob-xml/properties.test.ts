/**
 * Property tests of the XML parser: for damaged copies of the samples (cut anywhere,
 * a span deleted, markup fragments inserted) and for arbitrary sequences of markup, with
 * no metadata, the sample's metadata.xml or a damaged copy of it,
 * no exception other than `ParseError` escapes, and what it returns is a valid
 * document once enriched. `GRIFFIE_FC_RUNS` sets the number of cases (default 300).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { enrich } from '../../src/extract/index.ts';
import { ParseError, sha256, xmlParser } from '../../src/parse/index.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { validateDocument } from '../support/validate-document.ts';

const PARAMS = { numRuns: Number(process.env.GRIFFIE_FC_RUNS) || 300 };
const SAMPLES = ['kst-99012-7', 'kst-99200-XV-14', 'kv-tk-2025Z99001', 'ah-tk-20242025-9901'].map((id) =>
  readFileSync(join(FIXTURES, 'ob-xml', `${id}.xml`), 'utf8'),
);
const METADATA = readFileSync(join(FIXTURES, 'ob-xml', 'kst-99012-7.metadata.xml'), 'utf8');
const FRAGMENTS = [
  '<al>',
  '</al>',
  '<noot id="x"><noot.nr>9</noot.nr><noot.al>Kamerstuk 99 012, nr. 3</noot.al></noot>',
  '<nootref refid="x"/>',
  '<lijst><li><li.nr>a.</li.nr>',
  '</li></lijst>',
  '<tabel><tgroup><tbody><row><entry>1</entry>',
  '</row></tbody></tgroup></tabel>',
  '<vraag><nr>Vraag 1</nr>',
  '</vraag>',
  '<antwoord>',
  '<ondertekening><functie>De Minister,</functie><naam>X</naam></ondertekening>',
  '<dagtekening><plaats>Den Haag</plaats>, <datum isodatum="2025-13-45">45 maart</datum></dagtekening>',
  '<stuknr><ondernummer>Nr. </ondernummer></stuknr>',
  '<dossier><dossiernummer>abc</dossiernummer></dossier>',
  '<![CDATA[ < & > ]]>',
  '<?xpp qa?>',
  '<!-- opmerking -->',
  '&amp;',
  '&onbekend;',
  ' tekst ',
  '\n   ',
];

/** No metadata, the sample's, or a damaged copy of it (content values cut or replaced). */
const metadata = fc.oneof(
  fc.constant(null),
  fc.constant(METADATA),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ maxLength: 12 }))
    .map(([at, junk]) => METADATA.slice(0, Math.floor(at * METADATA.length)) + junk),
  fc
    .tuple(
      fc.nat({ max: 19 }),
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', ';', '2025-02-30', 'kst-', '99 012 XV;x')),
    )
    .map(([n, value]) => {
      let i = 0;
      return METADATA.replace(/content="[^"]*"/g, (original) =>
        i++ === n ? `content="${value.replace(/["<&]/g, '')}"` : original,
      );
    }),
);

async function parseOrRefuse(text: string, meta: string | null): Promise<void> {
  const bytes = Buffer.from(text);
  let doc: unknown;
  try {
    const companions = meta === null ? {} : { metadata: Buffer.from(meta) };
    doc = enrich(await xmlParser.parse(bytes, { format: 'xml', sha256: sha256(bytes) }, companions));
  } catch (error) {
    if (error instanceof ParseError) {
      assert.ok(error.message.length > 0, 'a ParseError has a message for the user');
      return;
    }
    throw error;
  }
  assert.deepEqual(validateDocument(doc), []);
}

describe('xmlParser.parse', () => {
  it('should return a valid document or a ParseError for a damaged sample', async () => {
    const damaged = fc
      .tuple(fc.constantFrom(...SAMPLES), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 400 }))
      .chain(([sample, at, length]) => {
        const start = Math.floor(at * sample.length);
        return fc.oneof(
          fc.constant(sample.slice(0, start)),
          fc.constant(sample.slice(0, start) + sample.slice(start + length)),
          fc.constantFrom(...FRAGMENTS).map((fragment) => sample.slice(0, start) + fragment + sample.slice(start)),
        );
      });
    await fc.assert(fc.asyncProperty(damaged, metadata, parseOrRefuse), PARAMS);
  });

  it('should return a valid document or a ParseError for any sequence of markup', async () => {
    const markup = fc
      .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })), { maxLength: 40 })
      .map((parts) => `<officiele-publicatie><kamerstuk><stuk>${parts.join('')}`);
    await fc.assert(fc.asyncProperty(markup, metadata, parseOrRefuse), PARAMS);
  });
});
