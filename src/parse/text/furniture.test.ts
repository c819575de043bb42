import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isFurniture, stripFurniture } from './furniture.ts';

describe('stripFurniture', () => {
  it('should drop footers, colophon and page breaks and move page-foot notes to the end', () => {
    const result = stripFurniture([
      'Het rapport van 16 februari 20181 loopt',
      '1 Kamerstuk 34 785, nr. 1',
      'Tweede Kamer, vergaderjaar 2017–2018, 34 785, nr. 80 1',
      'kst-34785-80',
      'ISSN 0921 - 7371',
      '’s-Gravenhage 2018',
      '\f',
      'door op de volgende pagina.',
    ]);
    assert.deepEqual(result.lines, [
      'Het rapport van 16 februari 20181 loopt',
      'door op de volgende pagina.',
      '',
      '1 Kamerstuk 34 785, nr. 1',
    ]);
    assert.equal(result.removed.length, 4);
  });
});

describe('isFurniture', () => {
  it('should tell furniture from content', () => {
    assert.equal(isFurniture('Naar boven'), true);
    assert.equal(isFurniture('Tweede Kamer, vergaderjaar 2013–2014, 27 830, nr. 113 2'), true);
    assert.equal(isFurniture('Den Haag, 28 mei 2015'), false);
    assert.equal(isFurniture('Tweede Kamer der Staten-Generaal 2'), false);
  });
});
