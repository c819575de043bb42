import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { metadataFromProperties } from './fields.ts';
import type { MetadataProperty } from './types.ts';

const p = (name: string, value: string, scheme: string | null = null): MetadataProperty => ({ name, scheme, value });

describe('metadataFromProperties', () => {
  it('should read dossiers with sub-numbers and toevoeging, titled in order', () => {
    const meta = metadataFromProperties([
      p('OVERHEIDop.dossiernummer', '21501-32;99200-XV'),
      p('OVERHEIDop.dossiernummer', '99200 XV'),
      p('OVERHEIDop.dossiertitel', 'Landbouw- en Visserijraad; Begroting'),
    ]);
    assert.deepEqual(meta.dossiers, [
      { number: '21501-32', title: 'Landbouw- en Visserijraad' },
      { number: '99200', suffix: 'XV', title: 'Begroting' },
    ]);
  });

  it('should give the first dossier the title when the titles do not match the dossiers one to one', () => {
    const meta = metadataFromProperties([
      p('OVERHEIDop.dossiernummer', '99012;99340'),
      p('OVERHEIDop.dossiertitel', 'Fictief; waterbeleid; x'),
    ]);
    assert.deepEqual(meta.dossiers, [
      { number: '99012', title: 'Fictief; waterbeleid; x' },
      { number: '99340', title: null },
    ]);
  });

  it('should pick the most specific DC.type and know SRU names and dates with times', () => {
    const meta = metadataFromProperties([
      p('DC.type', 'officiële publicatie', 'OVERHEID.Informatietype'),
      p('DC.type', 'Kamerstuk', 'OVERHEIDop.Parlementair'),
      p('overheidwetgeving:subrubriek', 'Brief', 'OVERHEIDop.KamerstukTypen'),
      p('publicatienaam', 'Kamerstuk'),
      p('dcterms:modified', '2023-04-20T09:21:22.096779+02:00'),
      p('OVERHEIDop.vergaderjaar', '20242025'),
    ]);
    assert.equal(meta.type, 'Brief');
    assert.equal(meta.publicationName, 'Kamerstuk');
    assert.equal(meta.kind, 'kamerstuk');
    assert.equal(meta.modified, '2023-04-20');
    assert.equal(meta.parliamentaryYear, '2024-2025');
  });

  it('should take kind and chamber from the identifier, and not invent them', () => {
    assert.deepEqual(
      [metadataFromProperties([p('DC.identifier', 'h-ek-20122013-13-1')])].map((m) => [m.kind, m.chamber]),
      [['handelingen', 'eerste-kamer']],
    );
    const gmb = metadataFromProperties([p('DC.identifier', 'gmb-2024-216934'), p('DC.creator', 'Reimerswaal')]);
    assert.deepEqual([gmb.kind, gmb.chamber], ['other', null]);
    const none = metadataFromProperties([p('DC.title', 'Zonder id')]);
    assert.deepEqual([none.kind, none.chamber, none.issued, none.dossiers], [null, null, null, []]);
  });
});
