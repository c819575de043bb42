/**
 * Tests of the shared reference grammar: dossiers, parliamentary years, number lists.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandNumbers, parliamentaryYear, readDossier, readDossierList } from './reference-candidates.ts';

describe('readDossier', () => {
  const table: [string, ReturnType<typeof readDossier>][] = [
    ['34 052', { number: '34052', title: null }],
    ['29521', { number: '29521', title: null }],
    ['21 501-32', { number: '21501-32', title: null }],
    ['21 50108', { number: '21501-08', title: null }],
    ['36 200 VII', { number: '36200', suffix: 'VII', title: null }],
    ['34 300-VIII', { number: '34300', suffix: 'VIII', title: null }],
    ['33 359 R1986', { number: '33359', suffix: 'R1986', title: null }],
    ['36 600 B', { number: '36600', suffix: 'B', title: null }],
    ['2015', null],
    ['nr. 7', null],
  ];
  for (const [printed, expected] of table) {
    it(`should read «${printed}»`, () => assert.deepEqual(readDossier(printed), expected));
  }
});

describe('readDossierList', () => {
  it('should read every dossier of a joint citation, in order', () => {
    assert.deepEqual(
      readDossierList('25 424 en 29 689').map((d) => d.number),
      ['25424', '29689'],
    );
    assert.deepEqual(
      readDossierList('28880,28929').map((d) => d.number),
      ['28880', '28929'],
    );
    assert.deepEqual(
      readDossierList('19 637/26 210').map((d) => d.number),
      ['19637', '26210'],
    );
  });
});

describe('parliamentaryYear', () => {
  it('should normalise short and long forms', () => {
    assert.equal(parliamentaryYear('2014', '15'), '2014-2015');
    assert.equal(parliamentaryYear('2021', '2022'), '2021-2022');
    assert.equal(parliamentaryYear('1999', '00'), '1999-2000');
  });

  it('should refuse years that do not follow each other', () => {
    assert.equal(parliamentaryYear('2014', '16'), null);
    assert.equal(parliamentaryYear('2014', '2014'), null);
  });
});

describe('expandNumbers', () => {
  const table: [string, string[]][] = [
    ['7', ['7']],
    ['444 en 486', ['444', '486']],
    ['12 t/m 15', ['12', '13', '14', '15']],
    ['95 tot en met 97', ['95', '96', '97']],
    ['1-2', ['1', '2']],
    ['3, 5 en 9', ['3', '5', '9']],
    ['5 t/m 3', ['5', '3']],
  ];
  for (const [printed, expected] of table) {
    it(`should expand «${printed}»`, () => assert.deepEqual(expandNumbers(printed), expected));
  }
});
