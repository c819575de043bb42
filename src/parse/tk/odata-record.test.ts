import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ParseError } from '../errors.ts';
import { parseODataJson } from './json-text.ts';
import { readODataDocument } from './odata.ts';
import { readODataKamerstukdossier } from './odata-dossier.ts';
import { readODataRecord, readODataRecords, type TkODataRecord } from './odata-record.ts';
import { readODataToezegging } from './odata-toezegging.ts';
import { readODataZaak } from './odata-zaak.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const text = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const fixture = (name: string): Record<string, unknown> => parseODataJson(text(name)) as Record<string, unknown>;
const RUNS = Math.ceil((Number(process.env.GRIFFIE_FC_RUNS) || 1000) / 4);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function refused(json: unknown, code: string, message: RegExp): void {
  assert.throws(
    () => readODataRecord(json),
    (error: unknown) => error instanceof ParseError && error.code === code && message.test(error.message),
  );
}

/** The checks every record must pass, whatever it was read from. */
function assertSound(record: TkODataRecord): void {
  const { id, warnings } =
    record.entity === 'document'
      ? record.meta
      : record.entity === 'zaak'
        ? record.zaak
        : record.entity === 'kamerstukdossier'
          ? record.kamerstukdossier
          : record.entity === 'toezegging'
            ? record.toezegging
            : record.entity === 'besluit'
              ? record.besluit
              : record.entity === 'stemming'
                ? record.stemming
                : record.entity === 'fractie'
                  ? record.fractie
                  : record.entity === 'persoon'
                    ? record.persoon
                    : record.entity === 'agendapunt'
                      ? record.agendapunt
                      : record.activiteit;
  assert.match(id, GUID);
  assert.ok(warnings.every((warning) => typeof warning === 'string' && warning.length > 0));
  if (record.entity === 'zaak') {
    const { nummer, gestartOp, termijn, afgedaan } = record.zaak;
    assert.ok(nummer === null || /^\d{4}Z\d{5,}$/.test(nummer), nummer ?? '');
    for (const date of [gestartOp, termijn]) assert.ok(date === null || DATE.test(date), date ?? '');
    assert.ok(afgedaan === null || typeof afgedaan === 'boolean');
    for (const ref of [...record.zaak.gerelateerdVanuit, ...record.zaak.vervangenVanuit]) assert.match(ref, GUID);
  }
  if (record.entity === 'kamerstukdossier') {
    const { nummer, hoogsteVolgnummer } = record.kamerstukdossier;
    assert.ok(nummer === null || /^[1-9]\d*$/.test(nummer), nummer ?? '');
    assert.ok(hoogsteVolgnummer === null || Number.isInteger(hoogsteVolgnummer));
  }
  if (record.entity === 'toezegging') {
    const tz = record.toezegging;
    assert.ok(tz.nummer === null || /^TZ\d{6}-\d{3,}$/.test(tz.nummer), tz.nummer ?? '');
    for (const date of [tz.aanmaakdatum, tz.datumNakoming, tz.activiteit?.datum ?? null]) {
      assert.ok(date === null || DATE.test(date), date ?? '');
    }
    assert.ok([null, 'open', 'fulfilled', 'partly-fulfilled', 'lapsed'].includes(tz.normalisedStatus));
    assert.ok(tz.normalisedStatus === null || tz.status !== null);
    for (const letter of tz.kamerbriefNakoming) {
      assert.ok(letter.documentNummer === null || /^\d{4}D\d{5,}$/.test(letter.documentNummer));
    }
    for (const ref of [...tz.isHerhalingVan, ...tz.isAanvullingOp, ...tz.isWijzigingVan]) assert.match(ref, GUID);
  }
}

/** Run, allowing a ParseError with a message; a returned record must be sound. */
function recordOrRefusal(read: () => TkODataRecord): void {
  let record: TkODataRecord;
  try {
    record = read();
  } catch (error) {
    if (error instanceof ParseError && error.message.length > 0) return;
    throw error;
  }
  assertSound(record);
}

describe('readODataRecord', () => {
  it('should tell each fixture by its @odata.context and read it as its own reader does', () => {
    const cases: Array<[string, TkODataRecord['entity'], (json: unknown) => unknown]> = [
      ['odata-brief.json', 'document', readODataDocument],
      ['odata-motie-page.json', 'document', readODataDocument],
      ['odata-zaak.json', 'zaak', readODataZaak],
      ['odata-kamerstukdossier-page.json', 'kamerstukdossier', readODataKamerstukdossier],
      ['odata-toezegging.json', 'toezegging', readODataToezegging],
      ['odata-toezegging-afgedaan.json', 'toezegging', readODataToezegging],
      ['odata-toezegging-page.json', 'toezegging', readODataToezegging],
      ['odata-toezegging-deleted.json', 'toezegging', readODataToezegging],
    ];
    for (const [name, entity, reader] of cases) {
      const record = readODataRecord(fixture(name));
      assert.equal(record.entity, entity, name);
      assertSound(record);
      const { entity: _tag, ...read } = record;
      assert.deepEqual(Object.values(read)[0], reader(fixture(name)), name);
    }
  });

  it('should tell entities without annotations by their properties', () => {
    for (const [name, entity] of [
      ['odata-brief.json', 'document'],
      ['odata-zaak.json', 'zaak'],
      ['odata-toezegging.json', 'toezegging'],
    ] as const) {
      const { '@odata.context': _context, ...bare } = fixture(name);
      assert.equal(readODataRecord(bare).entity, entity, name);
    }
    const page = fixture('odata-kamerstukdossier-page.json');
    const [dossier] = page.value as unknown[];
    assert.equal(readODataRecord(dossier).entity, 'kamerstukdossier');
  });

  it('should refuse an entity set Griffie does not read, naming it', () => {
    refused(
      { '@odata.context': 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Vergadering/$entity' },
      'unsupported-format',
      /^the input is an OData Vergadering record, not a Document, Zaak, Kamerstukdossier, Toezegging, Besluit, Stemming, Fractie, Persoon, Agendapunt or Activiteit$/,
    );
    refused(
      { '@odata.type': '#TK.DA.GGM.OData.Reservering', Id: 'x' },
      'unsupported-format',
      /OData Reservering entity, not a Document/,
    );
  });

  it('should refuse JSON that is no Tweede Kamer record', () => {
    refused({ id: 'kst-99123-4', kind: 'kamerstuk' }, 'unsupported-format', /is not a Tweede Kamer Document, Zaak/);
    refused([fixture('odata-zaak.json')], 'unsupported-format', /not an OData entity/);
    refused(
      { ...fixture('odata-toezegging-afgedaan.json'), '@odata.context': undefined, GestartOp: '2025-02-05' },
      'unsupported-format',
      /fields of Zaak and Toezegging entities/,
    );
  });
});

describe('parseODataJson', () => {
  it('should read the fixtures', () => {
    assert.equal((parseODataJson(text('odata-toezegging.json')) as { Nummer: string }).Nummer, 'TZ202411-012');
  });

  it('should refuse broken JSON in plain words', () => {
    const whole = text('odata-toezegging.json');
    const cases: Array<[string, string, RegExp]> = [
      ['', 'empty', /^the input is empty$/],
      [' \n', 'empty', /^the input is empty$/],
      [
        whole.slice(0, whole.length / 2),
        'unreadable',
        /^the JSON breaks off before its end \(the file is incomplete\)$/,
      ],
      [
        '{"Id": "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f",, "Nummer": "TZ202411-012"}',
        'unreadable',
        /^the input is not valid JSON \(a syntax error at character 47\)$/,
      ],
      ["{'Nummer': 'TZ202411-012'}", 'unreadable', /^the input is not valid JSON/],
    ];
    for (const [input, code, message] of cases) {
      assert.throws(
        () => parseODataJson(input),
        (error: unknown) => error instanceof ParseError && error.code === code && message.test(error.message),
        input.slice(0, 40),
      );
    }
  });
});

describe('the OData readers on any input', () => {
  const readers = [readODataDocument, readODataZaak, readODataKamerstukdossier, readODataToezegging] as const;
  const each = (json: unknown) => {
    recordOrRefusal(() => readODataRecord(json));
    for (const read of readers) {
      try {
        read(json);
      } catch (error) {
        if (!(error instanceof ParseError && error.message.length > 0)) throw error;
      }
    }
  };

  it('should give a sound record or a ParseError for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), each), { numRuns: RUNS });
  });

  for (const name of [
    'odata-zaak.json',
    'odata-kamerstukdossier-page.json',
    'odata-toezegging.json',
    'odata-toezegging-page.json',
  ]) {
    it(`should give a sound record or a ParseError for ${name} with any fields replaced by junk`, () => {
      const json = fixture(name);
      const entity = (Array.isArray(json.value) ? json.value[0] : json) as Record<string, unknown>;
      const keys = [...Object.keys(entity), 'value', '@odata.type', 'KamerbriefNakoming', 'ToegezegdAan'];
      const nested = Object.keys(entity).filter((key) => typeof entity[key] === 'object' && entity[key] !== null);
      fc.assert(
        fc.property(
          fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }),
          fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
          (changes, inner) => {
            const changed = { ...entity, ...changes };
            for (const key of nested) {
              const value = changed[key];
              if (typeof value === 'object' && value !== null && !Array.isArray(value))
                changed[key] = { ...value, ...inner };
            }
            each(Array.isArray(json.value) ? { ...json, value: [changed] } : changed);
          },
        ),
        { numRuns: RUNS },
      );
    });
  }
});

describe('readODataRecords', () => {
  it('should read each entity of a response in order, its set told by the response', () => {
    const { '@odata.context': _, ...besluit } = fixture('odata-besluit.json');
    const other = { ...besluit, Id: 'd2f1351f-6699-4a13-b362-d3f584f9e18c', Stemming: [] };
    const response = {
      '@odata.context': 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Besluit',
      value: [besluit, other],
    };
    const records = readODataRecords(response);
    assert.deepEqual(
      records.map((r) => (r.entity === 'besluit' ? [r.entity, r.besluit.id, r.besluit.stemmingen.length] : [r.entity])),
      [
        ['besluit', 'c1e0240e-5588-4902-a251-c2e473e8d07b', 5],
        ['besluit', 'd2f1351f-6699-4a13-b362-d3f584f9e18c', 0],
      ],
    );
    // One entity, or a response holding one, is what readODataRecord reads.
    assert.deepEqual(readODataRecords(fixture('odata-zaak.json')), [readODataRecord(fixture('odata-zaak.json'))]);
  });

  it('should refuse a response with an entity that is no record, or with none', () => {
    const response = { value: [fixture('odata-zaak.json'), { Foo: 1 }] };
    assert.throws(
      () => readODataRecords(response),
      (error: unknown) => error instanceof ParseError && error.code === 'unsupported-format',
    );
    assert.throws(
      () => readODataRecords({ value: [] }),
      (error: unknown) => error instanceof ParseError && /holds no/.test(error.message),
    );
  });
});
