import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawRef } from './capture.ts';
import { linkFootnotes } from './footnotes.ts';
import type { RawBlock, RawNote } from './page.ts';

const block = (refs: RawRef[]): RawBlock => ({
  kind: 'paragraph',
  text: 'Tekst.',
  plain: 'Tekst.',
  refs,
  rank: 3,
  chrome: false,
});
const note = (marker: string, text: string, ids: string[] = []): RawNote => ({ marker, text, ids });

describe('linkFootnotes', () => {
  it('should link markers to notes by the id their link points at', () => {
    const linked = linkFootnotes(
      [block([{ marker: '1', target: 'ID-b' }]), block([{ marker: '2', target: 'ID-a' }])],
      [note('2', 'Noot a.', ['supernote-note-ID-a', 'ID-a']), note('1', 'Noot b.', ['ID-b'])],
    );
    assert.deepEqual(linked.refs, [['1'], ['2']]);
    assert.deepEqual(linked.footnotes, [
      { marker: '2', text: 'Noot a.' },
      { marker: '1', text: 'Noot b.' },
    ]);
    assert.deepEqual(linked.warnings, []);
  });

  it('should fall back on the marker text where a link points nowhere', () => {
    const linked = linkFootnotes([block([{ marker: '3', target: 'verdwenen' }])], [note('3', 'Derde noot.')]);
    assert.deepEqual(linked.refs, [['3']]);
  });

  it('should give a note without a marker the marker that links to it, else its number', () => {
    const linked = linkFootnotes(
      [block([{ marker: '*', target: 'fn2' }])],
      [note('', 'Ongenummerd.', ['fn1']), note('', 'Met ster.', ['fn2'])],
    );
    assert.deepEqual(linked.footnotes, [
      { marker: '1', text: 'Ongenummerd.' },
      { marker: '*', text: 'Met ster.' },
    ]);
    assert.deepEqual(linked.refs, [['*']]);
  });

  it('should cite a note once per block and warn of markers without a note', () => {
    const linked = linkFootnotes(
      [
        block([
          { marker: '1', target: null },
          { marker: '1', target: null },
          { marker: '7', target: null },
        ]),
      ],
      [note('1', 'Eerste.')],
    );
    assert.deepEqual(linked.refs, [['1']]);
    assert.deepEqual(linked.warnings, ['footnote markers without a note on the page: 7']);
  });
});
