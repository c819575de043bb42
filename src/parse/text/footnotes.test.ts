import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from '../../model/index.ts';
import { readBody } from './body.ts';
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

  it('should find a marker glued to a question mark or an exclamation mark', () => {
    assert.equal(findMarker('Kent u het fictieve bericht?2', '2', 0), 28);
    assert.equal(findMarker('Wat een fictief voorbeeld!3 Inderdaad.', '3', 0), 26);
    assert.equal(findMarker('Is dat zo? 2 keer', '2', 0), -1);
  });
});

describe('readBody with a note cited after a question', () => {
  it('should link the note and take its marker out of the question', () => {
    const body = readBody([
      'Vraag 1',
      'Bent u bekend met het fictieve bericht «Voorbeeld» van 2 oktober 2030?1',
      'Vraag 2',
      'Wat gaat u doen?',
      '1 Fictief bericht in een fictieve krant, 2 oktober 2030.',
    ]);
    assert.deepEqual(body.footnotes, [{ marker: '1', text: 'Fictief bericht in een fictieve krant, 2 oktober 2030.' }]);
    const question = body.blocks.find((b) => b.footnoteRefs !== undefined);
    assert.deepEqual(question, {
      kind: 'question',
      text: 'Bent u bekend met het fictieve bericht «Voorbeeld» van 2 oktober 2030?',
      footnoteRefs: ['1'],
    });
    assert.deepEqual(body.warnings, []);
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
