/**
 * The Tweede Kamer records of `test/fixtures/tk/` end to end: read by their parsers or
 * applied over the paper parsed from its text, then `enrich`ed, they give the record's
 * values and valid documents; Soorten map to the types `enrich` keeps; ministries'
 * names from the openkamer fixtures become portfolios; and no input, however broken,
 * gets anything but a document or a `ParseError`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { enrich } from '../src/extract/index.ts';
import type { Document } from '../src/model/index.ts';
import {
  applyTkMetadata,
  documentFromTkMetadata,
  joinSyncFeedRecords,
  odataParser,
  ParseError,
  parseText,
  readODataDocument,
  readSyncFeedEntity,
  readSyncFeedRecord,
  syncFeedParser,
  type TkDocumentMeta,
} from '../src/parse/index.ts';
import { sharedOrSkip } from './support/shared.ts';
import { validateDocument } from './support/validate-document.ts';

const HERE = join(import.meta.dirname, 'fixtures', 'tk');
const text = (name: string) => readFileSync(join(HERE, name), 'utf8');
const bytes = (name: string) => new Uint8Array(readFileSync(join(HERE, name)));
const SHA = '0'.repeat(64);
const RUNS = Math.ceil((Number(process.env.GRIFFIE_FC_RUNS) || 1000) / 4);
const GUID = 'a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f';

function valid(doc: Document): Document {
  const problems = validateDocument(enrich(doc));
  assert.deepEqual(problems, [], `invalid document:\n${problems.join('\n')}`);
  return doc;
}

/** The fictional letter parsed from its text, with a record applied and enriched. */
function paperWith(meta: TkDocumentMeta): Document {
  const doc = parseText(text('kst-99123-4.txt'), {
    format: 'text',
    path: 'test/fixtures/tk/kst-99123-4.txt',
    sha256: SHA,
  });
  applyTkMetadata(doc, meta);
  return valid(doc);
}

const joined = () =>
  joinSyncFeedRecords(
    readSyncFeedEntity(text('syncfeed-document.xml')),
    [
      'syncfeed-kamerstukdossier.xml',
      'syncfeed-entry-zaak.xml',
      'syncfeed-documentversie.xml',
      'syncfeed-documentactor.xml',
    ].map((name) => readSyncFeedRecord(text(name))),
  );

describe('TK records over the paper parsed from its text', () => {
  for (const [label, meta] of [
    ['the OData record', () => readODataDocument(JSON.parse(text('odata-brief.json')))],
    ['the joined SyncFeed record', joined],
  ] as const) {
    it(`should give the paper ${label}'s values and identifiers`, () => {
      const doc = paperWith(meta());
      assert.equal(doc.id, 'kst-99123-4');
      assert.equal(doc.citation, 'Kamerstukken II 2024/25, 99 123, nr. 4');
      assert.equal(doc.type, 'brief');
      assert.equal(doc.title, 'Voortgang van de digitale dijkbewaking in voorbeeldgebieden (fictief voorbeeld)');
      assert.deepEqual(
        doc.dossiers.map((d) => d.number),
        ['99123', '99124'],
      );
      assert.deepEqual(doc.sender, {
        role: 'minister',
        portfolio: 'Infrastructuur en Waterstaat',
        name: 'A.B. Voorbeeld',
      });
      assert.deepEqual(doc.external, {
        tkId: GUID,
        tkDocumentNumber: '2024D98765',
        tkZaken: ['2024Z98765'],
        tkZaakIds: ['d4e3f605-8e91-4fa0-b1c2-3d4e5f607182'],
      });
      assert.equal(doc.blocks.length, 2);
      assert.deepEqual(doc.warnings, []);
    });
  }

  it("should keep the disagreements' warnings through enrich and cite by the record's number", () => {
    const doc = paperWith({
      ...readODataDocument(JSON.parse(text('odata-brief.json'))),
      volgnummer: 5,
      documentVersie: null,
    });
    assert.equal(doc.id, 'kst-99123-5');
    assert.equal(doc.citation, 'Kamerstukken II 2024/25, 99 123, nr. 5');
    assert.ok(doc.warnings.includes("the TK record gives number 5, the paper 4; the record's is used"));
  });

  it('should mark the paper withdrawn for its deleted SyncFeed entity', () => {
    const doc = paperWith(readSyncFeedEntity(text('syncfeed-entry-deleted.xml')));
    assert.equal(doc.withdrawn, true);
    assert.equal(doc.id, 'kst-99123-4');
    assert.deepEqual(doc.external, { tkId: GUID });
  });
});

describe('odataParser and syncFeedParser on the fixtures', () => {
  const cases: Array<[string, typeof odataParser, string | null]> = [
    ['odata-brief.json', odataParser, 'kst-99123-4'],
    ['odata-motie-page.json', odataParser, 'kst-99200-VII-12'],
    ['odata-antwoord.json', odataParser, 'ah-tk-20242025-987'],
    ['syncfeed-document.xml', syncFeedParser, null],
    ['syncfeed-entry-deleted.xml', syncFeedParser, null],
  ];
  for (const [name, parser, id] of cases) {
    it(`should pick the ${parser.format} parser for ${name} and give a valid document`, async () => {
      const other = parser === odataParser ? syncFeedParser : odataParser;
      assert.ok(parser.score(bytes(name), { path: name }) > 0.1, 'above the text parser');
      assert.equal(other.score(bytes(name), { path: name }), 0);
      const doc = valid(await parser.parse(bytes(name), { format: parser.format, path: name, sha256: SHA }));
      assert.equal(doc.id, id);
      assert.deepEqual(doc.blocks, []);
    });
  }

  it('should claim none of the plain-text fixtures', () => {
    for (const name of ['brief-cp1252.txt', 'nieuwsbericht.txt', 'tk/kst-99123-4.txt']) {
      const input = new Uint8Array(readFileSync(join(HERE, '..', name)));
      assert.deepEqual([odataParser.score(input, {}), syncFeedParser.score(input, {})], [0, 0], name);
    }
  });
});

describe('Soort after enrich', () => {
  const metaOf = (soort: string): TkDocumentMeta => ({
    ...readODataDocument({ Id: GUID, DocumentNummer: '2024D98765' }),
    soort,
  });
  const cases: Array<[string, string]> = [
    ['Brief regering', 'brief'],
    ['Brief commissie', 'brief'],
    ['Motie', 'motie'],
    ['Motie (gewijzigd/nader)', 'motie'],
    ['Amendement', 'amendement'],
    ['Voorstel van wet', 'voorstel-van-wet'],
    ['Memorie van toelichting', 'memorie-van-toelichting'],
    ['Memorie van toelichting (initiatiefvoorstel)', 'memorie-van-toelichting'],
    ['Nota van wijziging', 'nota-van-wijziging'],
    ['Koninklijke boodschap', 'koninklijke-boodschap'],
    ['Advies Afdeling advisering Raad van State en Nader rapport', 'advies-raad-van-state'],
    ['Memorie van antwoord', 'memorie-van-antwoord'],
    ['Verslag van een schriftelijk overleg', 'verslag-schriftelijk-overleg'],
    ['Verslag van een commissiedebat', 'verslag-commissiedebat'],
    ['Verslag van een algemeen overleg', 'verslag-commissiedebat'],
    ['Lijst van vragen en antwoorden', 'lijst-van-vragen-en-antwoorden'],
    ['Verslag houdende een lijst van vragen en antwoorden', 'lijst-van-vragen-en-antwoorden'],
    ['Verslag (initiatief)wetsvoorstel (nader)', 'verslag'],
    ['Schriftelijke vragen', 'kamervragen'],
    ['Antwoord schriftelijke vragen', 'antwoord-kamervragen'],
    ['Nota', 'other'],
    ['Bijlage', 'other'],
  ];
  for (const [soort, type] of cases) {
    it(`should keep "${soort}" a ${type} through enrich`, () => {
      const doc = valid(documentFromTkMetadata(metaOf(soort), { format: 'odata', sha256: SHA }));
      assert.equal(doc.type, type);
    });
  }

  it('should keep "Nota n.a.v. het (nader/tweede nader/enz.) verslag" a nota-naar-aanleiding-van-het-verslag through enrich', () => {
    const soort = 'Nota n.a.v. het (nader/tweede nader/enz.) verslag';
    const doc = valid(documentFromTkMetadata(metaOf(soort), { format: 'odata', sha256: SHA }));
    assert.equal(doc.type, 'nota-naar-aanleiding-van-het-verslag');
  });
});

describe('actors with the names of real ministries', () => {
  it('should make every ministry of the openkamer fixtures the portfolio of its minister', (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const records: Array<{ model: string; fields: { name?: string } }> = JSON.parse(
      readFileSync(join(shared, 'fixtures', 'openkamer-json', 'government.json'), 'utf8'),
    );
    const ministries = [
      ...new Set(records.filter((r) => r.model === 'government.ministry').map((r) => r.fields.name ?? '')),
    ];
    assert.ok(ministries.length >= 10, 'the fixture lists the ministries');
    for (const ministry of ministries) {
      const meta = readODataDocument({
        Id: GUID,
        DocumentNummer: '2024D98765',
        Soort: 'Brief regering',
        DocumentActor: [
          { ActorNaam: 'A.B. Voorbeeld', Functie: `minister van ${ministry}`, Relatie: 'Eerste ondertekenaar' },
        ],
      });
      const doc = valid(documentFromTkMetadata(meta, { format: 'odata', sha256: SHA }));
      const portfolio = doc.sender?.portfolio ?? '';
      assert.equal(doc.sender?.role, 'minister', ministry);
      assert.equal(portfolio.toLowerCase(), ministry, ministry);
      assert.match(portfolio, /^\p{Lu}/u, ministry);
      for (const word of portfolio.split(' ')) {
        if (!['en', 'van', 'voor', 'de', 'het'].includes(word)) assert.match(word, /^\p{Lu}/u, `${ministry}: ${word}`);
      }
    }
  });
});

/** Run, allowing a ParseError with a message; a returned document must be valid. */
function documentOrRefusal(read: () => TkDocumentMeta): void {
  let meta: TkDocumentMeta;
  try {
    meta = read();
  } catch (error) {
    if (error instanceof ParseError && error.message.length > 0) return;
    throw error;
  }
  valid(documentFromTkMetadata(meta, { format: 'odata', sha256: SHA }));
  paperWith(meta);
}

describe('robustness', () => {
  const entity = JSON.parse(text('odata-brief.json')) as Record<string, unknown>;
  const keys = [...Object.keys(entity), 'Kamerstukdossier', 'value', '@odata.type'];

  it('should give a valid document or a ParseError for the entity with any field replaced by any JSON', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }), (changes) => {
        documentOrRefusal(() => readODataDocument({ ...entity, ...changes }));
      }),
      { numRuns: RUNS },
    );
  });

  it('should give a valid document or a ParseError for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (json) => documentOrRefusal(() => readODataDocument(json))),
      { numRuns: RUNS },
    );
  });

  it('should give a valid document or a ParseError for the entity XML cut, or with text spliced in, anywhere', () => {
    const xml = text('syncfeed-document.xml');
    fc.assert(
      fc.property(
        fc.nat({ max: xml.length }),
        fc.nat({ max: xml.length }),
        fc.string({ maxLength: 20 }),
        (at, to, insert) => {
          const [from, end] = at <= to ? [at, to] : [to, at];
          documentOrRefusal(() => readSyncFeedEntity(xml.slice(0, end)));
          documentOrRefusal(() => readSyncFeedEntity(xml.slice(0, from) + insert + xml.slice(from)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('should give a valid document or a ParseError for any string taken as XML', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (xml) => documentOrRefusal(() => readSyncFeedEntity(xml))),
      { numRuns: RUNS },
    );
  });
});
