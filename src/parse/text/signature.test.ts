import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSignatures, isName } from './signature.ts';

describe('findSignatures', () => {
  it('should read two ministers, one of them on one line', () => {
    const scan = findSignatures([
      'Tekst.',
      'De Minister van Defensie, J.A. Hennis-Plasschaert',
      'De Minister van Buitenlandse Zaken,',
      'A.G. Koenders',
    ]);
    assert.deepEqual(scan.signatories, [
      { name: 'J.A. Hennis-Plasschaert', role: 'Minister van Defensie' },
      { name: 'A.G. Koenders', role: 'Minister van Buitenlandse Zaken' },
    ]);
    assert.deepEqual([...scan.lines], [1, 2, 3]);
  });

  it('should read a name printed after a blank line, as web pages print it', () => {
    const scan = findSignatures([
      'Tekst.',
      '',
      'De minister voor Voorbeeldzaken,',
      '',
      'G. B. M. Jansen',
      '',
      'Reageren',
    ]);
    assert.deepEqual(scan.signatories, [{ name: 'G. B. M. Jansen', role: 'minister voor Voorbeeldzaken' }]);
    assert.deepEqual([...scan.lines], [2, 3, 4]);
  });

  it('should stop the submitters of a motion at a list headed "Indieners"', () => {
    const scan = findSignatures([
      'en gaat over tot de orde van de dag.',
      'Jansen',
      'De Vries',
      'Indieners',
      'Indiener',
    ]);
    assert.deepEqual(
      scan.signatories.map((s) => s.name),
      ['Jansen', 'De Vries'],
    );
  });

  it('should read the submitters under an amendment, and leave their lines in the body', () => {
    const scan = findSignatures([
      'De ondergetekenden stellen het volgende amendement voor:',
      'Artikel 3 van het fictieve voorbeeld vervalt.',
      'Toelichting',
      'Dit amendement schrapt een fictief artikel.',
      '',
      'Van Proef',
      'Ter Test-Voorbeeld',
    ]);
    assert.deepEqual(scan.signatories, [
      { name: 'Van Proef', role: 'lid' },
      { name: 'Ter Test-Voorbeeld', role: 'lid' },
    ]);
    assert.deepEqual([...scan.lines], []);
  });

  it('should split the submitters an HTML copy printed on one line by the names of the type line', () => {
    const lines = [
      'De ondergetekenden stellen het volgende amendement voor:',
      'Artikel 3 vervalt.',
      'Van der Proef Test',
    ];
    assert.deepEqual(
      findSignatures(lines, ['VAN DER PROEF', 'TEST']).signatories.map((s) => s.name),
      ['Van der Proef', 'Test'],
    );
    assert.deepEqual(
      findSignatures(lines).signatories.map((s) => s.name),
      ['Van der Proef Test'],
    );
  });

  it('should not take the last line of a paper that is no amendment, or ends no sentence, for a submitter', () => {
    assert.deepEqual(findSignatures(['Hierbij een fictief voorbeeld.', 'Jansen']).signatories, []);
    assert.deepEqual(
      findSignatures(['De ondergetekende stelt het volgende amendement voor:', 'In artikel 2 wordt', 'Artikel II'])
        .signatories,
      [],
    );
  });

  it('should read the griffier of a committee', () => {
    const scan = findSignatures(['De griffier van de commissie,', 'Nava']);
    assert.deepEqual(scan.signatories, [{ name: 'Nava', role: 'griffier van de commissie' }]);
  });
});

describe('isName', () => {
  it('should accept names and refuse sentences', () => {
    assert.equal(isName('Faber-Van de Klashorst'), true);
    assert.equal(isName('G. B. M. Leers'), true);
    assert.equal(isName('Inleiding van de nota'), false);
    assert.equal(isName('De Kamer,'), false);
  });
});
