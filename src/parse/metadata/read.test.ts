import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { looksLikeMetadata, readMetadata } from './read.ts';

const FLAT = `<?xml version="1.0" encoding="utf-8"?>
<metadata_gegevens>
  <metadata name="DC.identifier" scheme="" content="kst-99012-7" />
  <metadata name="OVERHEIDop.gebiedsmarkering" scheme="OVERHEIDop.locatietype" content="Adres">
    <metadata name="OVERHEIDop.woonplaats" scheme="" content="Fictiefdorp" />
  </metadata>
  <metadata name="OVERHEIDop.doctype" scheme="" content="" />
</metadata_gegevens>`;

function refusal(input: string): ParseError {
  try {
    readMetadata(input);
  } catch (error) {
    assert.ok(error instanceof ParseError, String(error));
    return error;
  }
  assert.fail('expected a ParseError');
}

describe('readMetadata', () => {
  it('should read nested values and leave out empty ones', () => {
    const meta = readMetadata(FLAT);
    assert.equal(meta.identifier, 'kst-99012-7');
    assert.deepEqual(
      meta.properties.map((p) => [p.name, p.scheme, p.value]),
      [
        ['DC.identifier', null, 'kst-99012-7'],
        ['OVERHEIDop.gebiedsmarkering', 'OVERHEIDop.locatietype', 'Adres'],
        ['OVERHEIDop.woonplaats', null, 'Fictiefdorp'],
      ],
    );
  });

  it('should refuse what is no metadata, and metadata cut short', () => {
    assert.equal(refusal('<officiele-publicatie><kamerstuk/></officiele-publicatie>').code, 'unsupported-format');
    assert.equal(refusal('<metadata_gegevens></metadata_gegevens>').code, 'unsupported-format');
    assert.equal(refusal('geen xml').code, 'unsupported-format');
    assert.equal(refusal(FLAT.slice(0, FLAT.indexOf('<metadata name="OVERHEIDop.doctype"'))).code, 'unreadable');
  });
});

describe('looksLikeMetadata', () => {
  it('should tell the three shapes from papers by their document element', () => {
    assert.equal(looksLikeMetadata(FLAT), true);
    assert.equal(looksLikeMetadata('<owms-metadata><owmskern/></owms-metadata>'), true);
    assert.equal(looksLikeMetadata('<record><recordData><gzd/></recordData></record>'), true);
    assert.equal(looksLikeMetadata('<officiele-publicatie><metadata><meta name="DC.identifier"/>'), false);
    assert.equal(looksLikeMetadata('Nr. 93 BRIEF VAN DE MINISTER'), false);
  });
});
