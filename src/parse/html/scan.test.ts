import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawBlock } from './page.ts';
import { MAX_DEPTH, scanPage } from './scan.ts';

const texts = (blocks: RawBlock[]) => blocks.map((b) => b.text);
const kinds = (blocks: RawBlock[]) => blocks.map((b) => `${b.kind}: ${b.text}`);

describe('scanPage', () => {
  it('should read the meta tags case-insensitively and the title', () => {
    const page = scanPage(
      '<html><head><meta name="DC.identifier" content="kst-99001-7"><meta name="dcterms.ISSUED" content=" 2024-03-19 ">' +
        '<title>Fictief &amp; voorbeeld</title></head><body><p>Tekst.</p></body></html>',
    );
    assert.equal(page.meta.identifier(), 'kst-99001-7');
    assert.equal(page.meta.first('dcterms.issued'), '2024-03-19');
    assert.equal(page.title, 'Fictief & voorbeeld');
    assert.deepEqual(texts(page.blocks), ['Tekst.']);
  });

  it('should leave out scripts, styles, hidden parts, forms and tables of contents', () => {
    const page = scanPage(
      '<head><style>p { color: red }</style><script>var x = "<p>geen tekst</p>";</script></head>' +
        '<body><noscript>Zet JavaScript aan.</noscript><div id="inhoudsopgave"><ul class="toc"><li>Inhoud</li></ul></div>' +
        '<p>Zichtbaar.</p><p hidden>Verborgen.</p><p style="display: none">Ook verborgen.</p>' +
        '<div class="verberg">Verberg.</div><select><option>Keuze</option></select><p>Ook zichtbaar.</p></body>',
    );
    assert.deepEqual(texts(page.blocks), ['Zichtbaar.', 'Ook zichtbaar.']);
  });

  it('should decode entities and fold whitespace, no-break spaces and soft hyphens', () => {
    const page = scanPage(
      '<p>  Het  sociale&shy;zekerheids&shy;verdrag\n   van&nbsp;1979 &eacute;n &#8220;meer&#8221;  </p>',
    );
    assert.deepEqual(texts(page.blocks), ['Het socialezekerheidsverdrag van 1979 én “meer”']);
  });

  it('should give headings, list items, quotes, questions and answers their kind', () => {
    const page = scanPage(
      '<h2 class="divisiekop1">1. Inleiding</h2><p>Tekst.</p><p class="tussenkop">Tussenkop</p>' +
        '<ul><li><p class="labeled"><span class="ol">a. </span>eerste punt;</p></li><li>tweede punt.</li></ul>' +
        '<blockquote><p>Een citaat.</p></blockquote>' +
        '<div class="vraag"><h2 class="stuktitel no-toc">Vraag 1</h2><p>Waarom?</p></div>' +
        '<div class="antwoord"><p class="nummer">1</p><p>Daarom.</p></div>',
    );
    assert.deepEqual(kinds(page.blocks), [
      'heading: 1. Inleiding',
      'paragraph: Tekst.',
      'heading: Tussenkop',
      'list-item: a. eerste punt;',
      'list-item: tweede punt.',
      'quote: Een citaat.',
      'heading: Vraag 1',
      'question: Waarom?',
      'heading: 1',
      'answer: Daarom.',
    ]);
  });

  it('should make a table one block, a line a row and cells separated by bars', () => {
    const page = scanPage(
      '<p>Voor.</p><table><thead><tr><th><p>Jaar</p></th><th>Bedrag</th></tr></thead>' +
        '<tbody><tr><td>2024</td><td><p>€ 1,2</p><p>mln</p></td></tr></tbody></table><p>Na.</p>',
    );
    assert.deepEqual(kinds(page.blocks), [
      'paragraph: Voor.',
      'table: Jaar | Bedrag\n2024 | € 1,2 mln',
      'paragraph: Na.',
    ]);
  });

  it('should take footnote markers out of the text, with the note each links to', () => {
    const page = scanPage(
      '<p>Zie de brief.<sup><a class="nootnum supernote-click-ID-1" href="#ID-1">1</a></sup> Verder.<a class="nootnum" href="#ID-2">2</a></p>' +
        '<div id="noten"><hr /><div class="voet noot" id="supernote-note-ID-1"><h5 class="note-close"><a href="#close">X</a> Noot</h5>' +
        '<sup><span class="nootnum"><a id="ID-1" name="ID-1"></a>1</span></sup><p>Kamerstuk 99 001, nr. 3</p></div>' +
        '<div class="voet noot" id="supernote-note-ID-2"><sup><span class="nootnum"><a id="ID-2"></a>2</span></sup><p>Tweede noot.</p></div></div>',
    );
    assert.deepEqual(page.blocks.length, 1);
    const [block] = page.blocks as [RawBlock];
    assert.equal(block.text, 'Zie de brief. Verder.');
    assert.equal(block.plain, 'Zie de brief.1 Verder.2');
    assert.deepEqual(block.refs, [
      { marker: '1', target: 'ID-1' },
      { marker: '2', target: 'ID-2' },
    ]);
    assert.deepEqual(page.notes, [
      { marker: '1', text: 'Kamerstuk 99 001, nr. 3', ids: ['supernote-note-ID-1', 'ID-1', 'ID-1', 'ID-1'] },
      { marker: '2', text: 'Tweede noot.', ids: ['supernote-note-ID-2', 'ID-2', 'ID-2'] },
    ]);
  });

  it('should read notes without marker elements: a leading number, or one per list item', () => {
    const loose = scanPage(
      '<div id="noten"><p>1 Eerste noot.</p><p>vervolg van de eerste.</p><p>2 Tweede noot.</p></div>',
    );
    assert.deepEqual(
      loose.notes.map((n) => [n.marker, n.text]),
      [
        ['1', 'Eerste noot. vervolg van de eerste.'],
        ['2', 'Tweede noot.'],
      ],
    );
    const listed = scanPage(
      '<ol class="footnotes"><li id="fn1">Kamerstuk 99 003, nr. 2</li><li id="fn2">Noot twee.</li></ol>',
    );
    assert.deepEqual(
      listed.notes.map((n) => [n.marker, n.text, n.ids]),
      [
        ['', 'Kamerstuk 99 003, nr. 2', ['fn1']],
        ['', 'Noot twee.', ['fn2']],
      ],
    );
  });

  it('should keep a long link in superscript as text, not as a marker', () => {
    const page = scanPage('<p>Tekst<sup><a href="#bijlage">zie de bijlage bij deze brief</a></sup>.</p>');
    assert.deepEqual(texts(page.blocks), ['Tekstzie de bijlage bij deze brief.']);
    assert.deepEqual(page.blocks[0]?.refs, []);
  });

  it('should mark the header fields of the rendering, with their parts', () => {
    const page = scanPage(
      '<div id="broodtekst"><p class="dossiernummer">99 001</p><p class="dossiertitel">Fictief dossier</p>' +
        '<h1 class="stuktitel"><span class="stuknummer">Nr. 7</span> BRIEF VAN DE MINISTER</h1>' +
        '<p class="kamerstukdatum">Den Haag, 12 maart 2024</p><p>Tekst.</p>' +
        '<p class="ondertekening"><span class="functie">De Minister van Financiën,</span> <span class="naam">A.B. Bakker</span></p></div>',
    );
    assert.deepEqual(
      page.blocks.map((b) => [b.field ?? null, b.text, b.parts ?? null, b.rank]),
      [
        ['dossierNumber', '99 001', {}, 3],
        ['dossierTitle', 'Fictief dossier', {}, 3],
        ['typeLine', 'Nr. 7 BRIEF VAN DE MINISTER', { number: 'Nr. 7' }, 3],
        ['dateLine', 'Den Haag, 12 maart 2024', {}, 3],
        [null, 'Tekst.', null, 3],
        [
          'signature',
          'De Minister van Financiën, A.B. Bakker',
          { role: 'De Minister van Financiën,', name: 'A.B. Bakker' },
          3,
        ],
      ],
    );
  });

  it('should rank the main content and mark site chrome', () => {
    const page = scanPage(
      '<header class="site-header"><a href="/">Logo</a></header><nav><a href="/">Home</a></nav>' +
        '<div class="cookie-banner"><p>Cookies?</p></div>' +
        '<main><article><header><h1>Titel van het artikel</h1></header><p>Inhoud.</p></article>' +
        '<aside><p>Gerelateerd</p></aside></main><footer><p>Colofon</p></footer>',
    );
    assert.deepEqual(
      page.blocks.map((b) => [b.text, b.rank, b.chrome]),
      [
        ['Logo', 0, true],
        ['Home', 0, true],
        ['Cookies?', 0, true],
        ['Titel van het artikel', 2, false],
        ['Inhoud.', 2, false],
        ['Gerelateerd', 2, true],
        ['Colofon', 0, true],
      ],
    );
  });

  it('should keep line breaks and markers in the plain rendering only', () => {
    const [block] = scanPage('<p>De Minister van Financiën,<br>A.B. Bakker</p>').blocks;
    assert.equal(block?.text, 'De Minister van Financiën, A.B. Bakker');
    assert.equal(block?.plain, 'De Minister van Financiën,\nA.B. Bakker');
  });

  it('should honour self-closing tags, so that an empty div or script swallows nothing', () => {
    const page = scanPage(
      '<head><script src="a.js" /></head><body><div id="leeg" /><p>Eerste.</p><a name="x" /><p>Tweede.</p></body>',
    );
    assert.deepEqual(texts(page.blocks), ['Eerste.', 'Tweede.']);
  });

  it('should read broken markup: unclosed paragraphs and items, stray and misnested closing tags', () => {
    const page = scanPage('<p>Een<p>Twee</div></span><ul><li>drie<li>vier</ul><b><i>vijf</b></i><p>zes');
    assert.deepEqual(texts(page.blocks), ['Een', 'Twee', 'drie', 'vier', 'vijf', 'zes']);
  });

  it('should flatten nesting past the limit and still read all text', () => {
    const depth = MAX_DEPTH * 4;
    const page = scanPage(
      `<div id="broodtekst">${'<div>'.repeat(depth)}<p>Diep.</p>${'</div>'.repeat(depth)}<p>Na.</p></div>`,
    );
    assert.equal(page.tooDeep, true);
    assert.deepEqual(texts(page.blocks), ['Diep.', 'Na.']);
    assert.deepEqual(
      page.blocks.map((b) => b.rank),
      [3, 3],
    );
  });

  it('should not flag a page of ordinary depth as too deep', () => {
    assert.equal(scanPage(`${'<div>'.repeat(100)}<p>Tekst.</p>`).tooDeep, false);
  });
});
