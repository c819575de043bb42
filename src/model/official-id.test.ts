import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dossierPrinted, kamerstukId, parseDossierNumber, parseOfficialId } from './official-id.ts';

describe('parseOfficialId', () => {
  it('should read Kamerstuk ids with sub-numbers, suffixes, years and reprints', () => {
    assert.deepEqual(parseOfficialId('kst-32824-93'), {
      kind: 'kamerstuk',
      chamber: 'tweede-kamer',
      dossier: { number: '32824', title: null },
      number: '93',
    });
    assert.deepEqual(parseOfficialId('kst-21501-32-1703')?.dossier, { number: '21501-32', title: null });
    assert.deepEqual(parseOfficialId('kst-36200-VII-5')?.dossier, { number: '36200', suffix: 'VII', title: null });
    assert.deepEqual(parseOfficialId('kst-33359-R1986-5')?.dossier, { number: '33359', suffix: 'R1986', title: null });
    assert.equal(parseOfficialId('kst-34086-B-n1')?.number, 'B');
    assert.equal(parseOfficialId('kst-34086-B-n1')?.reprint, 'n1');
    assert.equal(parseOfficialId('kst-19971998-25688-153')?.parliamentaryYear, '1997-1998');
    assert.equal(parseOfficialId('/tmp/x/kst-32824-93.txt')?.number, '93');
  });

  it('should read Aanhangsel and Handelingen ids', () => {
    assert.deepEqual(parseOfficialId('ah-tk-20142015-1365'), {
      kind: 'aanhangsel',
      chamber: 'tweede-kamer',
      parliamentaryYear: '2014-2015',
      number: '1365',
    });
    assert.deepEqual(parseOfficialId('h-ek-20122013-13-1'), {
      kind: 'handelingen',
      chamber: 'eerste-kamer',
      parliamentaryYear: '2012-2013',
      number: '13',
      item: '1',
    });
  });

  it('should refuse what is no official id', () => {
    for (const text of ['kst-abc-1', 'notes.txt', 'kst-1-2-3-4-5', 'ah-tk-2014-1', ''])
      assert.equal(parseOfficialId(text), null, text);
  });
});

describe('parseDossierNumber', () => {
  it('should split number and suffix as printed', () => {
    assert.deepEqual(parseDossierNumber('32 824'), { number: '32824', title: null });
    assert.deepEqual(parseDossierNumber('21 501-32'), { number: '21501-32', title: null });
    assert.deepEqual(parseDossierNumber('36 200 VII'), { number: '36200', suffix: 'VII', title: null });
    assert.deepEqual(parseDossierNumber('36410-XVII'), { number: '36410', suffix: 'XVII', title: null });
    assert.equal(parseDossierNumber('hello'), null);
  });
});

describe('kamerstukId and dossierPrinted', () => {
  it('should format ids and citations', () => {
    assert.equal(kamerstukId({ number: '36200', suffix: 'VII' }, '5'), 'kst-36200-VII-5');
    assert.equal(dossierPrinted({ number: '21501-32' }), '21 501-32');
    assert.equal(dossierPrinted({ number: '36200', suffix: 'VII' }), '36 200 VII');
  });
});
