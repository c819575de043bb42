/**
 * Hostile and broken XML: the attacks on XML parsers (entity expansion, external
 * entities, deep nesting), truncated and misnested files, binary junk. Each is refused
 * with a ParseError, or read with a warning where the paper is still readable, and
 * quickly.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { enrich } from '../../src/extract/index.ts';
import { ParseError, readMetadata, sha256, xmlParser } from '../../src/parse/index.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { validateDocument } from '../support/validate-document.ts';

/** Far more than any of these inputs needs on a slow shared machine. */
const QUICK_MS = 1000;

const LETTER = readFileSync(join(FIXTURES, 'ob-xml', 'kst-99012-7.xml'), 'utf8');

async function parse(input: string | Uint8Array) {
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  return xmlParser.parse(bytes, { format: 'xml', sha256: sha256(bytes) });
}

/** Parse, expecting a ParseError with the code, within {@link QUICK_MS}. */
async function assertRefused(input: string | Uint8Array, code: ParseError['code'], message: RegExp): Promise<void> {
  const start = performance.now();
  await assert.rejects(
    async () => parse(input),
    (error) => error instanceof ParseError && error.code === code && message.test(error.message),
  );
  assert.ok(performance.now() - start < QUICK_MS, 'refused quickly');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n ')}
]>
<officiele-publicatie><kamerstuk><stuk><al>&lol9;</al></stuk></kamerstuk></officiele-publicatie>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE kamerstuk [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<kamerstuk><stuk><al>&xxe;</al></stuk></kamerstuk>`;

describe('hostile XML', () => {
  it('should refuse entity expansion ("billion laughs") without expanding', async () => {
    await assertRefused(BILLION_LAUGHS, 'unreadable', /entities/);
    assert.throws(() => readMetadata(BILLION_LAUGHS), ParseError);
  });

  it('should refuse an external entity without fetching it', async () => {
    await assertRefused(EXTERNAL_ENTITY, 'unreadable', /entities/);
  });

  it('should refuse 10,000 nested elements', async () => {
    await assertRefused(
      `<officiele-publicatie>${'<al>'.repeat(10_000)}x${'</al>'.repeat(10_000)}</officiele-publicatie>`,
      'unreadable',
      /deep/,
    );
  });

  it('should refuse binary junk and text that is no XML', async () => {
    let seed = 42;
    const junk = Uint8Array.from({ length: 64 * 1024 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 256;
    });
    await assertRefused(junk, 'binary', /binary/);
    await assertRefused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'binary', /PNG/);
    await assertRefused('', 'empty', /empty/);
    await assertRefused('Dit is geen XML, alleen tekst & leestekens >.', 'unsupported-format', /not XML/);
  });

  it('should read a file truncated in the body, with a warning', async () => {
    const doc = enrich(await parse(LETTER.slice(0, LETTER.indexOf('<divisie>', LETTER.indexOf('Vervolg') - 200))));
    assert.deepEqual(validateDocument(doc), []);
    assert.equal(doc.id, 'kst-99012-7');
    assert.equal(doc.blocks[0]?.kind, 'paragraph');
    assert.ok(
      doc.warnings.some((w) => /^the XML is truncated \(\d+ elements not closed\)/.test(w)),
      doc.warnings.join('; '),
    );
  });

  it('should refuse a file truncated before any text of the paper', async () => {
    await assertRefused(LETTER.slice(0, LETTER.indexOf('<stuk>')), 'unreadable', /truncated or malformed/);
  });

  it('should read a misnested file with a warning', async () => {
    const doc = await parse(
      '<kamerstuk><stuk><titel>BRIEF</titel><al>Fictief <nadruk>voorbeeld.</al></stuk></kamerstuk>',
    );
    assert.deepEqual(doc.blocks, [{ kind: 'paragraph', text: 'Fictief voorbeeld.' }]);
    assert.ok(doc.warnings.some((w) => w.startsWith('the XML is malformed (1 element closed out of order)')));
  });
});
