/**
 * The real officielebekendmakingen samples of `../shared/fixtures`: every Handelingen
 * item and every Staatsblad, Staatscourant, Gemeenteblad and Provinciaal blad paper parses
 * and validates; the metadata samples read, and the two shapes of one publication read to
 * the same fields.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { enrich } from '../../src/extract/index.ts';
import type { Document } from '../../src/model/index.ts';
import {
  looksLikeMetadata,
  type OfficialMetadata,
  ParseError,
  readMetadata,
  sha256,
  xmlParser,
} from '../../src/parse/index.ts';
import { sharedOrSkip } from '../support/shared.ts';
import { validateDocument } from '../support/validate-document.ts';

async function parsePath(path: string): Promise<Document> {
  const bytes = readFileSync(path);
  assert.ok(xmlParser.score(bytes, { path }) > 0.9, `${path} should score as officielebekendmakingen XML`);
  return enrich(await xmlParser.parse(bytes, { format: 'xml', path, sha256: sha256(bytes) }));
}

function xmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.xml'))
    .sort();
}

describe('officielebekendmakingen Handelingen XML (shared fixtures)', () => {
  it('should parse every item to a valid document with its id, kind and chamber', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const dir = join(shared, 'fixtures', 'ob-handelingen-xml');
    const files = xmlFiles(dir);
    assert.equal(files.length, 14);
    for (const name of files) {
      const doc = await parsePath(join(dir, name));
      assert.deepEqual(validateDocument(doc), [], name);
      assert.equal(doc.id, name.replace(/\.xml$/, ''), name);
      assert.equal(doc.kind, 'handelingen', name);
      assert.equal(doc.type, 'handelingen', name);
      assert.equal(doc.chamber, 'tweede-kamer', name);
      assert.equal(doc.parliamentaryYear, '2017-2018', name);
      assert.ok(doc.blocks.length > 0, `${name} has blocks`);
    }
  });

  it('should find, after enrich, every Kamerstuk its extref links point at', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const dir = join(shared, 'fixtures', 'ob-handelingen-xml');
    let linked = 0;
    for (const name of xmlFiles(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      const targets = new Set([...text.matchAll(/<extref doc="(kst-[^"]+)"/g)].map((m) => m[1] as string));
      const found = new Set((await parsePath(join(dir, name))).references.map((r) => r.target));
      for (const target of targets) assert.ok(found.has(target), `${name}: ${target} not among the references`);
      linked += targets.size;
    }
    assert.equal(linked, 48);
  });

  it('should read the sitting, its items and the repaired names', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const dir = join(shared, 'fixtures', 'ob-handelingen-xml');
    const opening = await parsePath(join(dir, 'h-tk-20172018-70-1.xml'));
    assert.equal(opening.date, '2018-04-05');
    assert.equal(opening.citation, 'Handelingen II 2017/18, nr. 70, item 1');
    const text = opening.blocks.map((b) => b.text).join(' ');
    assert.match(text, /ö/);
    assert.doesNotMatch(text, /Ã|Â|\u0096/);
    const file = join(dir, 'h-tk-20172018-70-6.xml');
    const votes = await parsePath(file);
    const itemTitle = /<item-titel>\s*([^<]*?)\s*<\/item-titel>/.exec(readFileSync(file, 'utf8'))?.[1];
    assert.equal(votes.subject, itemTitle);
    assert.deepEqual(votes.blocks[0], { kind: 'heading', text: itemTitle });
    const items = votes.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text);
    assert.equal(items.length, 4);
    assert.match(items[0] as string, /^- .* \(21501-08, nr\. 719\);$/);
    assert.ok(votes.blocks.some((b) => b.kind === 'paragraph' && b.text === 'De voorzitter:'));
    assert.ok(votes.warnings.includes('the text was encoded twice (UTF-8 read as Latin-1 and saved again); repaired'));
  });
});

describe('other officielebekendmakingen publications (shared fixtures)', () => {
  const PAPERS: Array<[file: string, id: string, kind: Document['kind']]> = [
    ['gmb.xml', 'gmb-2017-100002', 'other'],
    ['prb.xml', 'prb-2017-1003', 'other'],
    ['stb.xml', 'stb-2018-84', 'staatsblad'],
    ['stcrt.xml', 'stcrt-2015-47076', 'staatscourant'],
  ];

  it('should parse each paper to a valid document of its kind, without warnings', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const dir = join(shared, 'fixtures', 'ob-xml-misc');
    for (const [file, id, kind] of PAPERS) {
      const doc = await parsePath(join(dir, file));
      assert.deepEqual(validateDocument(doc), [], file);
      assert.deepEqual([doc.id, doc.kind, doc.warnings], [id, kind, []], file);
      assert.ok(doc.subject, `${file} has a subject`);
    }
  });

  it('should read the Staatsblad decree: articles, members, dateline and signatories', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const file = join(shared, 'fixtures', 'ob-xml-misc', 'stb.xml');
    const raw = readFileSync(file, 'utf8');
    const doc = await parsePath(file);
    assert.equal(doc.date, /<dagtekening>[\s\S]*?isodatum="([\d-]+)"/.exec(raw)?.[1]);
    assert.equal(doc.place, /<plaats>([^<,]*),?<\/plaats>/.exec(raw)?.[1]);
    const surnames = [...raw.matchAll(/<(?:achternaam|koning)>([^<]+)</g)].map((m) => m[1]);
    assert.deepEqual(
      doc.signatories.map((s) => s.name.split(' ').at(-1)),
      surnames,
    );
    assert.deepEqual(
      doc.signatories.map((s) => s.role?.split(' ')[0]),
      ['Koning', 'Staatssecretaris', 'Minister'],
    );
    assert.deepEqual(
      doc.blocks.filter((b) => b.kind === 'heading' && b.text.startsWith('Artikel ')).map((b) => b.text),
      ['Artikel 1', 'Artikel 2', 'Artikel 3'],
    );
    assert.deepEqual(
      doc.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text.split(' ')[0]),
      ['1.', 'a.', 'b.', '2.', '3.'],
    );
  });

  it('should keep the text of extref links verbatim', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const file = join(shared, 'fixtures', 'ob-xml-misc', 'gmb.xml');
    const link = /(\S+ )<extref [^>]*>([^<]+)<\/extref>(\S*)/.exec(readFileSync(file, 'utf8'));
    assert.ok(link, 'the sample has an extref');
    const doc = await parsePath(file);
    assert.ok(doc.blocks.some((b) => b.text.includes(`${link[1]}${link[2]}${link[3]}`)));
  });
});

describe('officielebekendmakingen metadata (shared fixtures)', () => {
  /** The fields both shapes of a publication give (metadata.xml has no modification date). */
  function common(meta: OfficialMetadata): Partial<OfficialMetadata> {
    const { identifier, kind, chamber, title, type, creator, publisher, language, available } = meta;
    const { publicationName, publicationIssue, volume, organisationType, authority, category, dossiers } = meta;
    return {
      ...{ identifier, kind, chamber, title, type, creator, publisher, language, available },
      ...{ publicationName, publicationIssue, volume, organisationType, authority, category, dossiers },
    };
  }

  /** The content of a `<metadata name=…>` of metadata.xml, read apart from the reader under test. */
  function flatValue(raw: string, name: string, scheme = ''): string | undefined {
    const pattern = new RegExp(`name="${name.replace('.', '\\.')}" scheme="${scheme}[^"]*" content="([^"]*)"`);
    return pattern.exec(raw)?.[1];
  }

  it('should read metadata.xml and metadata_owms.xml of one publication to the same fields', (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const dir = join(shared, 'fixtures', 'ob-xml-misc');
    const raw = readFileSync(join(dir, 'opmeta1.xml'), 'utf8');
    const flat = readMetadata(raw);
    const owms = readMetadata(readFileSync(join(dir, 'opmeta2.xml')));
    assert.deepEqual(common(owms), common(flat));
    assert.deepEqual(common(flat), {
      identifier: 'gmb-2024-216934',
      kind: 'other',
      chamber: null,
      title: flatValue(raw, 'DC.title'),
      type: flatValue(raw, 'DC.type', 'OVERHEIDop.Rubriek'),
      creator: flatValue(raw, 'DC.creator', 'OVERHEID'),
      publisher: flatValue(raw, 'DCTERMS.publisher', 'OVERHEID'),
      language: 'nl',
      available: '2024-05-17',
      publicationName: 'Gemeenteblad',
      publicationIssue: '216934',
      volume: '2024',
      organisationType: 'gemeente',
      authority: flatValue(raw, 'OVERHEID.authority', 'OVERHEID'),
      category: flatValue(raw, 'OVERHEID.category', 'OVERHEID'),
      dossiers: [],
    });
    assert.ok(flat.title && flat.type && flat.creator && flat.category, 'the values are there');
    assert.equal(owms.modified, '2024-05-17');
  });

  it('should read an SRU record with its links per manifestation', (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const raw = readFileSync(join(shared, 'fixtures', 'ob-xml-misc', 'searchrec.xml'), 'utf8');
    const element = (name: string) => new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`).exec(raw)?.[1];
    const meta = readMetadata(raw);
    assert.deepEqual(
      [meta.identifier, meta.available, meta.modified, meta.publicationName, meta.publicationIssue, meta.volume],
      ['gmb-2023-174296', '2023-04-20', '2023-04-20', 'Gemeenteblad', '174296', '2023'],
    );
    assert.deepEqual(
      [meta.title, meta.type, meta.creator, meta.category, meta.organisationType],
      [element('title'), element('type'), element('creator'), element('subject'), element('organisatietype')],
    );
    assert.equal(meta.urls.preferred, element('preferredUrl'));
    assert.equal(
      meta.urls.items.xml,
      'https://repository.overheid.nl/frbr/officielepublicaties/gmb/2023/gmb-2023-174296/1/xml/gmb-2023-174296.xml',
    );
    assert.deepEqual(Object.keys(meta.urls.items).sort(), ['html', 'metadata', 'metadataowms', 'odt', 'pdf', 'xml']);
  });

  it('should recognise every metadata sample, and refuse to parse one as a paper', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const dir = join(shared, 'fixtures', 'ob-xml-misc');
    for (const name of ['opmeta1.xml', 'opmeta2.xml', 'searchrec.xml']) {
      const bytes = readFileSync(join(dir, name));
      assert.equal(looksLikeMetadata(bytes), true, name);
      assert.equal(xmlParser.score(bytes, { path: name }), 0, name);
      await assert.rejects(
        async () => xmlParser.parse(bytes, { format: 'xml', sha256: sha256(bytes) }),
        (error) => error instanceof ParseError && error.code === 'unsupported-format',
      );
    }
    for (const name of ['gmb.xml', 'stb.xml']) assert.equal(looksLikeMetadata(readFileSync(join(dir, name))), false);
  });
});
