import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Document } from '../../model/index.ts';
import { parseText } from '../text/index.ts';
import { applyTkMetadata, documentFromTkMetadata } from './apply.ts';
import { readODataDocument } from './odata.ts';
import { readSyncFeedEntity } from './syncfeed.ts';
import type { TkDocumentMeta } from './types.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const SOURCE = { format: 'text' as const, path: 'brief.txt', sha256: '0'.repeat(64) };

/** The fictional letter as parsed from its text. */
const paper = (): Document => parseText(fixture('kst-99123-4.txt'), SOURCE);
/** Its record in the OData API, with changes. */
const record = (changes: Partial<TkDocumentMeta> = {}): TkDocumentMeta => ({
  ...readODataDocument(JSON.parse(fixture('odata-brief.json'))),
  ...changes,
});

describe('applyTkMetadata', () => {
  it("should give the paper the record's values and identifiers, with no warning where they agree", () => {
    const doc = paper();
    applyTkMetadata(doc, record());
    assert.deepEqual(doc.dossiers, [
      { number: '99123', title: 'Voorbeeldwet digitale dijkbewaking (fictief voorbeeld)' },
      { number: '99124', title: 'Waterveiligheid in voorbeeldgebieden (fictief voorbeeld)' },
    ]);
    assert.equal(doc.number, '4');
    assert.equal(doc.date, '2024-11-14');
    assert.equal(doc.parliamentaryYear, '2024-2025');
    assert.equal(doc.subject, 'Voortgang van de digitale dijkbewaking in voorbeeldgebieden (fictief voorbeeld)');
    assert.equal(doc.id, 'kst-99123-4');
    assert.equal(doc.kind, 'kamerstuk');
    assert.equal(doc.type, 'brief');
    assert.equal(
      doc.typeLine,
      'BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT',
      "the paper's type line is kept",
    );
    assert.deepEqual(doc.external, {
      tkId: 'a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f',
      tkDocumentNumber: '2024D98765',
      tkZaken: ['2024Z98765'],
      tkZaakIds: ['d4e3f605-8e91-4fa0-b1c2-3d4e5f607182'],
    });
    assert.equal(doc.withdrawn, undefined);
    assert.deepEqual(doc.warnings, []);
    assert.equal(doc.blocks.length, 2, "the paper's text is untouched");
  });

  it("should take the record's date, number and parliamentary year over the paper's, and say so", () => {
    const doc = paper();
    applyTkMetadata(doc, record({ datum: '2024-11-15', volgnummer: 5, documentVersie: null }));
    assert.equal(doc.date, '2024-11-15');
    assert.equal(doc.number, '5');
    assert.deepEqual(doc.warnings, [
      "the TK record gives number 5, the paper 4; the record's is used",
      "the TK record gives date 2024-11-15, the paper 2024-11-14; the record's is used",
    ]);
  });

  it("should put the record's dossier first and drop the one the paper misread", () => {
    const doc = paper();
    doc.dossiers[0] = { number: '99132', title: 'Voorbeeldwet digitale dijkbewaking (fictief voorbeeld)' };
    applyTkMetadata(doc, record());
    assert.deepEqual(
      doc.dossiers.map((d) => d.number),
      ['99123', '99124'],
    );
    assert.deepEqual(doc.warnings, ["the TK record gives dossier 99123, the paper 99132; the record's is used"]);
  });

  it('should say so when the record numbers the paper in its second dossier', () => {
    const doc = paper();
    const meta = record({
      kamerstukdossiers: [{ id: null, nummer: '99124', toevoeging: null, titel: null }],
      documentVersie: null,
    });
    applyTkMetadata(doc, meta);
    assert.deepEqual(
      doc.dossiers.map((d) => [d.number, d.title]),
      [
        ['99124', 'Waterveiligheid in voorbeeldgebieden (fictief voorbeeld)'],
        ['99123', 'Voorbeeldwet digitale dijkbewaking (fictief voorbeeld)'],
      ],
    );
    assert.deepEqual(doc.warnings, ['the TK record numbers the paper in dossier 99124, the paper lists 99123 first']);
  });

  it("should warn about a different dossier title and subject, and take the record's", () => {
    const doc = paper();
    doc.subject = 'Dijkbewaking';
    applyTkMetadata(
      doc,
      record({
        kamerstukdossiers: [
          { id: null, nummer: '99123', toevoeging: null, titel: 'Digitale dijken (fictief voorbeeld)' },
        ],
      }),
    );
    assert.equal(doc.dossiers[0]?.title, 'Digitale dijken (fictief voorbeeld)');
    assert.equal(doc.subject, 'Voortgang van de digitale dijkbewaking in voorbeeldgebieden (fictief voorbeeld)');
    assert.deepEqual(doc.warnings, [
      'the TK record titles dossier 99123 "Digitale dijken (fictief voorbeeld)", the paper "Voorbeeldwet digitale dijkbewaking (fictief voorbeeld)"; the record\'s is used',
      'the TK record gives subject "Voortgang van de digitale dijkbewaking in voorbeeldgebieden (fictief voorbeeld)", the paper "Dijkbewaking"; the record\'s is used',
    ]);
  });

  it('should keep an id the file gave, and say so when the record names another publication', () => {
    const doc = paper();
    doc.id = 'kst-99123-4-n1';
    applyTkMetadata(doc, record());
    assert.equal(doc.id, 'kst-99123-4-n1');
    assert.deepEqual(doc.warnings, ["the TK record's publication is kst-99123-4, the paper's kst-99123-4-n1"]);
  });

  it("should warn when the record's ExterneIdentifier and Volgnummer disagree", () => {
    const doc = paper();
    const meta = record();
    applyTkMetadata(doc, {
      ...meta,
      documentVersie: {
        ...(meta.documentVersie as NonNullable<TkDocumentMeta['documentVersie']>),
        externeIdentifier: 'kst-99123-14',
      },
    });
    assert.ok(doc.warnings.includes("the record's Volgnummer 4 differs from its ExterneIdentifier's number 14"));
    assert.ok(
      doc.warnings.includes("the record's ExterneIdentifier kst-99123-14 is not kst-99123-4, its dossier and number"),
    );
  });

  it('should mark the paper withdrawn for a deleted entity and keep what the paper says', () => {
    const doc = paper();
    applyTkMetadata(doc, readSyncFeedEntity(fixture('syncfeed-entry-deleted.xml')));
    assert.equal(doc.withdrawn, true);
    assert.deepEqual(doc.external, { tkId: 'a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f' });
    assert.equal(doc.number, '4');
    assert.equal(doc.dossiers.length, 2);
    assert.deepEqual(doc.warnings, []);
  });

  it('should fill the sender from the record, and its name where the paper had a role only', () => {
    const doc = paper();
    applyTkMetadata(doc, record());
    assert.deepEqual(doc.sender, {
      role: 'minister',
      portfolio: 'Infrastructuur en Waterstaat',
      name: 'A.B. Voorbeeld',
    });
    const other = paper();
    other.sender = { role: 'minister', portfolio: 'Infrastructuur en Waterstaat', name: null };
    applyTkMetadata(other, record());
    assert.equal(other.sender?.name, 'A.B. Voorbeeld');
    assert.deepEqual(other.signatories, paper().signatories, "the paper's signature is kept");
  });

  it("should keep the paper's dossiers where a SyncFeed record names its own only by reference", () => {
    const doc = paper();
    applyTkMetadata(doc, readSyncFeedEntity(fixture('syncfeed-document.xml')));
    assert.deepEqual(
      doc.dossiers.map((d) => d.number),
      ['99123', '99124'],
    );
    assert.deepEqual(doc.external, {
      tkId: 'a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f',
      tkDocumentNumber: '2024D98765',
      // The Zaak is named by its GUID only: what links the paper to its decisions.
      tkZaakIds: ['d4e3f605-8e91-4fa0-b1c2-3d4e5f607182'],
    });
    assert.deepEqual(doc.warnings, []);
  });

  it('should say why a document from a SyncFeed record alone has no dossier', () => {
    const doc = documentFromTkMetadata(readSyncFeedEntity(fixture('syncfeed-document.xml')), SOURCE);
    assert.deepEqual(doc.dossiers, []);
    assert.equal(
      doc.warnings[0],
      'the TK record names its Kamerstukdossier only by reference (GUID); the dossier needs that entity',
    );
  });

  it('should leave malformed identifiers out of external, with warnings', () => {
    const doc = paper();
    applyTkMetadata(
      doc,
      record({ documentNummer: 'D12345', zaken: [{ id: null, nummer: 'Z-1', soort: null, onderwerp: null }] }),
    );
    assert.deepEqual(doc.external, { tkId: 'a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f' });
    assert.deepEqual(doc.warnings, [
      'the record\'s DocumentNummer "D12345" is not of the form 2024D12345',
      'the record\'s Zaak number "Z-1" is not of the form 2024Z12345',
    ]);
  });

  it('should make an answer an Aanhangsel numbered by its Aanhangselnummer', () => {
    const doc = parseText(
      'Aanhangsel van de Handelingen\n\nVragen gesteld door het lid Voorbeeldlid (fictief voorbeeld)\n',
      SOURCE,
    );
    applyTkMetadata(doc, readODataDocument(JSON.parse(fixture('odata-antwoord.json'))));
    assert.deepEqual(
      [doc.kind, doc.type, doc.number, doc.parliamentaryYear],
      ['aanhangsel', 'antwoord-kamervragen', '987', '2024-2025'],
    );
  });

  it('should warn about an Aanhangselnummer of another form or year', () => {
    const meta = readODataDocument(JSON.parse(fixture('odata-antwoord.json')));
    const odd = documentFromTkMetadata({ ...meta, aanhangselnummer: '987' }, SOURCE);
    assert.equal(odd.number, null);
    assert.ok(odd.warnings.includes('the record\'s Aanhangselnummer "987" is not of the form 242501244'));
    const year = documentFromTkMetadata({ ...meta, aanhangselnummer: '232400987' }, SOURCE);
    assert.ok(
      year.warnings.includes("the record's Aanhangselnummer 232400987 is of 2023-2024, its Vergaderjaar 2024-2025"),
    );
  });

  it('should take dossier and number from the ExterneIdentifier when the record links no dossier', () => {
    const doc = documentFromTkMetadata(record({ kamerstukdossiers: [], volgnummer: null }), SOURCE);
    assert.deepEqual(doc.dossiers, [{ number: '99123', title: null }]);
    assert.equal(doc.number, '4');
  });

  it('should warn when the record numbers the paper in no dossier', () => {
    const doc = documentFromTkMetadata(record({ kamerstukdossiers: [], documentVersie: null }), SOURCE);
    assert.ok(doc.warnings.includes('the TK record numbers the paper (Volgnummer 4) but names no Kamerstukdossier'));
  });
});

describe('documentFromTkMetadata', () => {
  it('should build the document from the record alone and say that its text is not in the input', () => {
    const doc = documentFromTkMetadata(readODataDocument(JSON.parse(fixture('odata-motie-page.json'))), {
      format: 'odata',
      sha256: '0'.repeat(64),
    });
    assert.deepEqual(doc.dossiers, [
      {
        number: '99200',
        suffix: 'VII',
        title:
          'Vaststelling van de begrotingsstaten van het Ministerie van Voorbeeldzaken (VII) voor het jaar 2025 (fictief voorbeeld)',
      },
    ]);
    assert.deepEqual([doc.number, doc.kind, doc.type, doc.typeLine], ['12', 'kamerstuk', 'motie', 'Motie']);
    assert.deepEqual(doc.sender, { role: 'leden', portfolio: null, name: 'C. Voorbeeldlid' });
    assert.deepEqual(
      doc.signatories.map((s) => s.name),
      ['C. Voorbeeldlid', 'D.E. Proefpersoon'],
    );
    assert.deepEqual(doc.blocks, []);
    assert.deepEqual(doc.warnings, [
      "the input is the Tweede Kamer's record of the paper, not the paper: its text, footnotes and signature are not in it",
    ]);
  });

  it('should make a paper numbered in a dossier a Kamerstuk whatever its Soort', () => {
    const doc = documentFromTkMetadata(record({ soort: 'Nota', documentVersie: null }), SOURCE);
    assert.deepEqual([doc.kind, doc.type, doc.typeLine, doc.number], ['kamerstuk', 'other', 'Nota', '4']);
  });

  it('should keep an unknown Soort as the type line of an other paper', () => {
    const doc = documentFromTkMetadata(record({ soort: 'Verslag van een werkbezoek', documentVersie: null }), SOURCE);
    assert.deepEqual([doc.type, doc.typeLine], ['other', 'Verslag van een werkbezoek']);
  });
});
