import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kamerbrievenOfText } from './toezegging.ts';

const numbers = (text: string) => {
  const warnings: string[] = [];
  const letters = kamerbrievenOfText(text, 'kamerbriefNakoming', warnings);
  return { found: letters.map((l) => l.documentNummer ?? l.officialId), warnings };
};

describe('kamerbrievenOfText', () => {
  it('should find document numbers and officielebekendmakingen ids, each once, in their order', () => {
    assert.deepEqual(numbers('2025D99045').found, ['2025D99045']);
    assert.deepEqual(numbers('kst-99123-8').found, ['kst-99123-8']);
    assert.deepEqual(numbers('Kamerbrief 2025D99045 (kst-99123-8), zie ook 2025D99045.').found, [
      '2025D99045',
      'kst-99123-8',
    ]);
    assert.deepEqual(numbers('ah-tk-20242025-987 en kst-99200-VII-12').found, [
      'ah-tk-20242025-987',
      'kst-99200-VII-12',
    ]);
  });

  it('should keep the text as given on every letter it names', () => {
    const letters = kamerbrievenOfText('2025D99045 en 2025D99046', 'kamerbriefNakoming', []);
    assert.deepEqual(
      letters.map((l) => l.given),
      ['2025D99045 en 2025D99046', '2025D99045 en 2025D99046'],
    );
  });

  it('should keep a text that names no letter, with a warning', () => {
    for (const text of ['brief van 1 april 2025', 'kst-voorbeeld', '2025D12', 'ZZ2025D99045']) {
      const { found, warnings } = numbers(text);
      assert.deepEqual(found, [null], text);
      assert.deepEqual(warnings, [
        `the record's kamerbriefNakoming "${text}" names no document number or officielebekendmakingen id`,
      ]);
    }
  });
});
