import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Document, emptyDocument } from '../../model/index.ts';
import { applyMetadata } from './apply.ts';
import { metadataFromProperties } from './fields.ts';
import type { MetadataProperty } from './types.ts';

const p = (name: string, value: string): MetadataProperty => ({ name, scheme: null, value });

function letter(): Document {
  const doc = emptyDocument({ format: 'text', sha256: '0'.repeat(64) });
  doc.kind = 'kamerstuk';
  doc.dossiers = [{ number: '99012', title: 'Fictief waterbeleid' }];
  doc.number = '93';
  doc.typeLine = 'BRIEF VAN DE MINISTER VAN VOORBEELDEN';
  doc.date = '2025-03-12';
  return doc;
}

const METADATA = [
  p('DC.identifier', 'kst-99012-94'),
  p('DC.creator', 'Tweede Kamer der Staten-Generaal'),
  p('OVERHEIDop.dossiernummer', '99012;99340'),
  p('OVERHEIDop.ondernummer', '94'),
  p('OVERHEIDop.vergaderjaar', '2024-2025'),
  p('OVERHEIDop.documenttitel', 'Voortgang van het fictieve waterbeleid'),
  p('DCTERMS.issued', '2025-03-12'),
  p('OVERHEIDop.indiener', 'A.B. Voorbeeld'),
  p('OVERHEIDop.ontvanger', 'Tweede Kamer der Staten-Generaal'),
];

describe('applyMetadata', () => {
  it('should let the metadata win and warn where it differs from the text', () => {
    const doc = letter();
    applyMetadata(doc, metadataFromProperties(METADATA));
    assert.equal(doc.id, 'kst-99012-94');
    assert.equal(doc.number, '94');
    assert.equal(doc.chamber, 'tweede-kamer');
    assert.equal(doc.parliamentaryYear, '2024-2025');
    assert.equal(doc.subject, 'Voortgang van het fictieve waterbeleid');
    assert.deepEqual(doc.dossiers, [
      { number: '99012', title: 'Fictief waterbeleid' },
      { number: '99340', title: null },
    ]);
    assert.equal(doc.addressee, 'Tweede Kamer der Staten-Generaal');
    assert.deepEqual(doc.signatories, [{ name: 'A.B. Voorbeeld', role: null }]);
    assert.deepEqual(doc.warnings, [
      'metadata.xml gives dossiers "99012, 99340", the text "99012"',
      'metadata.xml gives number "94", the text "93"',
    ]);
  });

  it('should not warn when metadata and text agree', () => {
    const doc = letter();
    doc.number = '94';
    doc.dossiers.push({ number: '99340', title: null });
    applyMetadata(doc, metadataFromProperties(METADATA));
    assert.deepEqual(doc.warnings, []);
  });

  it("should take a Kamerstuk's type from the metadata where it names one of the vocabulary", () => {
    const doc = letter();
    applyMetadata(doc, metadataFromProperties([p('DC.type', 'Motie')]));
    assert.equal(doc.type, 'motie');
    const other = letter();
    applyMetadata(other, metadataFromProperties([p('DC.type', 'Kamerstuk')]));
    assert.equal(other.type, 'other');
  });

  it('should take the date that means the paper date for its kind', () => {
    const answer = emptyDocument({ format: 'xml', sha256: '0'.repeat(64) });
    answer.kind = 'aanhangsel';
    answer.date = '2025-02-24';
    applyMetadata(
      answer,
      metadataFromProperties([
        p('DC.identifier', 'ah-tk-20242025-9901'),
        p('DCTERMS.issued', '2025-03-03'),
        p('OVERHEIDop.datumOntvangst', '2025-02-24'),
        p('OVERHEIDop.vraagnummer', '2025Z99001'),
      ]),
    );
    assert.equal(answer.date, '2025-02-24');
    assert.equal(answer.number, '9901');
    assert.deepEqual(answer.external, { tkZaken: ['2025Z99001'] });
    assert.deepEqual(answer.warnings, []);
  });

  it('should warn about a different kind and a differing dossier title', () => {
    const doc = letter();
    applyMetadata(
      doc,
      metadataFromProperties([
        p('DC.identifier', 'ah-tk-20242025-9901'),
        p('OVERHEIDop.dossiernummer', '99012'),
        p('OVERHEIDop.dossiertitel', 'Ander beleid'),
      ]),
    );
    assert.equal(doc.kind, 'aanhangsel');
    assert.deepEqual(doc.warnings, [
      'metadata.xml gives kind "aanhangsel", the text "kamerstuk"',
      'metadata.xml gives the title of dossier 99012 "Ander beleid", the text "Fictief waterbeleid"',
      'metadata.xml gives number "9901", the text "93"',
    ]);
  });
});
