import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { joinSyncFeedRecords } from './join.ts';
import { readSyncFeedEntity, readSyncFeedRecord } from './syncfeed.ts';
import type { TkSyncRecord } from './types.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const RELATED = [
  'syncfeed-kamerstukdossier.xml',
  'syncfeed-entry-zaak.xml',
  'syncfeed-documentversie.xml',
  'syncfeed-documentactor.xml',
];

describe('joinSyncFeedRecords', () => {
  it('should resolve dossier, Zaak, version and actor, as an OData $expand gives them', () => {
    const document = readSyncFeedEntity(fixture('syncfeed-document.xml'));
    const meta = joinSyncFeedRecords(
      document,
      RELATED.map((name) => readSyncFeedRecord(fixture(name))),
    );
    assert.deepEqual(
      meta.kamerstukdossiers.map((d) => [d.nummer, d.titel]),
      [['99123', 'Voorbeeldwet digitale dijkbewaking (fictief voorbeeld)']],
    );
    assert.deepEqual(
      meta.zaken.map((z) => z.nummer),
      ['2024Z98765'],
    );
    assert.equal(meta.documentVersie?.externeIdentifier, 'kst-99123-4');
    assert.deepEqual(
      meta.actors.map((a) => a.naam),
      ['A.B. Voorbeeld'],
    );
    assert.equal(document.kamerstukdossiers[0]?.nummer, null, 'the record read is left as it was');
  });

  it('should leave out withdrawn entities and keep what nothing resolves', () => {
    const document = readSyncFeedEntity(fixture('syncfeed-document.xml'));
    const withdrawn = RELATED.map(
      (name) => ({ ...readSyncFeedRecord(fixture(name)), verwijderd: true }) as TkSyncRecord,
    );
    const meta = joinSyncFeedRecords(document, withdrawn);
    assert.deepEqual(meta.kamerstukdossiers, document.kamerstukdossiers);
    assert.deepEqual(meta.zaken, document.zaken);
    assert.deepEqual(meta.documentVersie, document.documentVersie);
    assert.deepEqual(meta.actors, []);
  });

  it("should not take another document's version or actors", () => {
    const document = { ...readSyncFeedEntity(fixture('syncfeed-document.xml')), documentVersie: null };
    const other = (record: TkSyncRecord): TkSyncRecord =>
      record.entity === 'documentVersie' || record.entity === 'documentActor'
        ? { ...record, documentRef: '00000000-0000-4000-8000-000000000000' }
        : record;
    const meta = joinSyncFeedRecords(
      document,
      RELATED.map((name) => other(readSyncFeedRecord(fixture(name)))),
    );
    assert.equal(meta.documentVersie, null);
    assert.deepEqual(meta.actors, []);
  });

  it('should find the version pointing at the document when the document names none', () => {
    const document = { ...readSyncFeedEntity(fixture('syncfeed-document.xml')), documentVersie: null };
    const meta = joinSyncFeedRecords(document, [readSyncFeedRecord(fixture('syncfeed-documentversie.xml'))]);
    assert.equal(meta.documentVersie?.versienummer, 2);
  });
});
