import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Document, emptyDocument } from '../model/index.ts';
import { extractEntities } from './entities.ts';

function places(blocks: string[], fields: Partial<Document> = {}): string[] {
  const doc: Document = {
    ...emptyDocument({ format: 'text', sha256: '' }),
    blocks: blocks.map((text) => ({ kind: 'paragraph' as const, text })),
    ...fields,
  };
  return extractEntities(doc).places;
}

describe('places', () => {
  it('should find countries, regions, provinces and cities, each once, in reading order', () => {
    assert.deepEqual(
      places([
        'Migranten uit sub-Sahara en uit Syrië wachten in Marokko om Europa in te komen. Marokko en Nederland werken samen.',
        'In Noord-Brabant, Groningen en Zuid-Holland, en in Den Haag en ’s-Gravenhage.',
      ]),
      ['Syrië', 'Marokko', 'Europa', 'Nederland', 'Noord-Brabant', 'Groningen', 'Zuid-Holland', 'Den Haag'],
    );
  });

  it('should take no adjective, compound or lower-case word for a place', () => {
    assert.deepEqual(
      places(['De Marokkaanse en Nederlandse autoriteiten, de EU-Marokko-top, de marokko-gedachte.']),
      [],
    );
  });

  it('should take no place inside a person or an organisation', () => {
    assert.deepEqual(places(['Mevrouw Maas sprak met de Raad van Europa en de heer Van Apeldoorn op de Waal.']), [
      'Waal',
    ]);
    assert.deepEqual(places(['De gemeente Utrecht ligt in de provincie Utrecht, niet in Gelderland.']), ['Gelderland']);
  });

  it('should read the place of the header after the body', () => {
    assert.deepEqual(places(['Een bezoek aan Marokko.'], { place: 'Den Haag' }), ['Marokko', 'Den Haag']);
  });

  it('should see a place with a footnote marker glued to it', () => {
    assert.deepEqual(places(['De situatie in Oekraïne1 verslechtert.']), ['Oekraïne']);
  });
});
