import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from '../../model/index.ts';
import { findFootnotes, findMarker, linkFootnotes } from './footnotes.ts';

describe('findFootnotes', () => {
  it('should find consecutive notes whose markers are glued to the text', () => {
    const lines = [
      'zoals gemeld aan1 uw Kamer en in 20152.',
      '1 Kamerstuk 34 052, nr. 7',
      '2 Handelingen II 2014/15, nr. 86,',
      'item 9',
    ];
    assert.deepEqual(findFootnotes(lines, 0, lines.length), {
      from: 1,
      notes: [
        { marker: '1', text: 'Kamerstuk 34 052, nr. 7' },
        { marker: '2', text: 'Handelingen II 2014/15, nr. 86, item 9' },
      ],
    });
  });

  it('should not take a wrapped line starting with a number for a note', () => {
    const lines = ['het werkbezoek dat ik op', '24 en 25 maart jl. aan Marokko bracht.'];
    assert.equal(findFootnotes(lines, 0, lines.length), null);
  });
});

describe('findMarker', () => {
  it('should find a marker after a year but not inside a number', () => {
    assert.equal(findMarker('op 6 mei 20151 separaat', '1', 0), 13);
    assert.equal(findMarker('ruim 18.000 migranten', '0', 0), -1);
  });
});

describe('linkFootnotes', () => {
  it('should take markers out of the text and warn for a note without one', () => {
    const blocks: Block[] = [{ kind: 'paragraph', text: 'De nota1 volgt.' }];
    const warnings = linkFootnotes(blocks, [
      { marker: '1', text: 'Kamerstuk 1' },
      { marker: '2', text: 'Kamerstuk 2' },
    ]);
    assert.deepEqual(blocks, [{ kind: 'paragraph', text: 'De nota volgt.', footnoteRefs: ['1'] }]);
    assert.equal(warnings.length, 1);
  });
});
