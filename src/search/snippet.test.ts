import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planQuery } from './plan.ts';
import { parseQuery } from './query/parser.ts';
import { highlight } from './snippet.ts';

const plan = (q: string) => planQuery(parseQuery(q));

describe('highlight', () => {
  it('should mark the original words that match, compounds and inflections included', () => {
    assert.equal(
      highlight('De imamopleidingen en de opleiding.', plan('imam opleidingen')),
      'De <mark>imamopleidingen</mark> en de <mark>opleiding</mark>.',
    );
  });

  it('should mark hyphenated, "(de)" and diacritic forms', () => {
    assert.equal(
      highlight(
        'Aanpak van (de)radicalisering in het Midden-Oosten, gecreëerd.',
        plan('radicalisering middenoosten gecreeerd'),
      ),
      'Aanpak van <mark>(de)radicalisering</mark> in het <mark>Midden-Oosten</mark>, <mark>gecreëerd</mark>.',
    );
  });

  it('should escape HTML', () => {
    assert.equal(highlight('a <b> & "motie"', plan('motie')), 'a &lt;b&gt; &amp; &quot;<mark>motie</mark>&quot;');
  });

  it('should not mark negated words', () => {
    assert.equal(highlight('brief en motie', plan('brief -motie')), '<mark>brief</mark> en motie');
  });

  it('should cut around the best cluster with an ellipsis', () => {
    const filler = 'woord '.repeat(100);
    const text = `${filler}Hier staan imam en opleiding samen. ${filler}`;
    const s = highlight(text, plan('imam opleiding'), 80);
    assert.ok(s.startsWith('…') && s.endsWith('…'), s);
    assert.ok(s.includes('<mark>imam</mark> en <mark>opleiding</mark>'), s);
    assert.ok(s.replace(/<\/?mark>/g, '').length <= 82, s);
  });

  it('should give the start of the text when nothing matches', () => {
    assert.equal(highlight('Een korte tekst.', plan('motie')), 'Een korte tekst.');
    assert.equal(highlight('Een  lange\n tekst over niets', { kind: 'all' }, 12), 'Een lange…');
  });

  it('should mark prefix matches', () => {
    assert.equal(highlight('De radicalisering.', plan('radical*')), 'De <mark>radicalisering</mark>.');
  });
});
