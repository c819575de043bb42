import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPublication } from './publication.ts';
import { scanPage } from './scan.ts';

const SOURCE = { format: 'html' as const, sha256: '0'.repeat(64) };

/** A page with these meta tags (name → content, repeated names as arrays) and this body. */
function page(meta: Record<string, string | string[]>, body: string) {
  const tags = Object.entries(meta)
    .flatMap(([name, content]) => (Array.isArray(content) ? content : [content]).map((c) => [name, c]))
    .map(([name, content]) => `<meta name="${name}" content="${content}" />`)
    .join('');
  return readPublication(
    scanPage(`<html><head>${tags}</head><body><div id="broodtekst">${body}</div></body></html>`),
    SOURCE,
  );
}

const LETTER =
  '<p class="dossiernummer">99 001</p><p class="dossiertitel">Titel uit de tekst</p>' +
  '<h1 class="stuktitel"><span class="stuknummer">Nr. 7</span> BRIEF VAN DE MINISTER VAN FINANCIËN</h1>' +
  '<p class="kamerstukdatum">Den Haag, 11 maart 2024</p><p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p>' +
  '<p>Dit is een fictief voorbeeld.</p>';

describe('readPublication', () => {
  it('should take the header from the meta tags and what they lack from the rendering', () => {
    const doc = page(
      {
        'DC.identifier': 'kst-99001-7',
        'OVERHEIDop.dossiernummer': ['99001', '99002'],
        'OVERHEIDop.dossiertitel': ['Fictief voorbeeld een', 'Fictief voorbeeld twee'],
        'OVERHEIDop.ondernummer': '7',
        'OVERHEIDop.vergaderjaar': '2023-2024',
        'OVERHEIDop.datumBrief': '2024-03-12',
        'DCTERMS.issued': '2024-03-19',
      },
      LETTER,
    );
    assert.equal(doc.id, 'kst-99001-7');
    assert.equal(doc.kind, 'kamerstuk');
    assert.deepEqual(doc.dossiers, [
      { number: '99001', title: 'Fictief voorbeeld een' },
      { number: '99002', title: 'Fictief voorbeeld twee' },
    ]);
    assert.equal(doc.number, '7');
    assert.equal(doc.typeLine, 'BRIEF VAN DE MINISTER VAN FINANCIËN');
    assert.equal(doc.date, '2024-03-12');
    assert.equal(doc.place, 'Den Haag');
    assert.equal(doc.parliamentaryYear, '2023-2024');
    assert.equal(doc.addressee, 'Voorzitter van de Tweede Kamer der Staten-Generaal');
    assert.deepEqual(doc.blocks, [{ kind: 'paragraph', text: 'Dit is een fictief voorbeeld.' }]);
    assert.deepEqual(doc.warnings, []);
  });

  it('should read dossiers joined in one meta tag, with the suffix the id gives', () => {
    const doc = page(
      {
        'DC.identifier': 'kst-99010-VII-3',
        'OVERHEIDop.dossiernummer': '99010;99011',
        'OVERHEIDop.dossiertitel': 'Begroting (fictief); Tweede dossier (fictief)',
      },
      '<p>Tekst.</p>',
    );
    assert.deepEqual(doc.dossiers, [
      { number: '99010', suffix: 'VII', title: 'Begroting (fictief)' },
      { number: '99011', title: 'Tweede dossier (fictief)' },
    ]);
    assert.equal(doc.number, '3');
  });

  it("should warn when the page's id and its metadata name different dossiers", () => {
    const doc = page({ 'DC.identifier': 'kst-99001-7', 'OVERHEIDop.dossiernummer': '99005' }, '<p>Tekst.</p>');
    assert.deepEqual(doc.warnings, ["the page's id names dossier 99001, its metadata 99005"]);
  });

  it('should date a paper by its printed date before the publication date, and say when it had to use the latter', () => {
    assert.equal(page({ 'DC.identifier': 'kst-99001-7', 'DCTERMS.issued': '2024-03-19' }, LETTER).date, '2024-03-11');
    const undated = page({ 'DC.identifier': 'kst-99001-8', 'DCTERMS.issued': '2024-03-19' }, '<p>Tekst.</p>');
    assert.equal(undated.date, '2024-03-19');
    assert.deepEqual(undated.warnings, [
      'date taken from the publication date officielebekendmakingen gives, not from the paper itself',
    ]);
  });

  it('should use the dossiers the rendering prints when the meta tags give none, and warn of what is missing', () => {
    const doc = page({ 'OVERHEIDop.publicationName': 'Kamerstuk' }, LETTER);
    assert.equal(doc.id, null);
    assert.equal(doc.kind, 'kamerstuk');
    assert.deepEqual(doc.dossiers, [{ number: '99001', title: 'Titel uit de tekst' }]);
    assert.equal(doc.number, '7');
    const bare = page({ 'OVERHEIDop.publicationName': 'Kamerstuk' }, '<p>Tekst.</p>');
    assert.deepEqual(bare.warnings, [
      "no dossier found in the page's metadata or header",
      "no document number found in the page's metadata or header",
    ]);
  });

  it('should read the chamber from the creator, and Handelingen from their id', () => {
    const senate = page(
      { 'DC.identifier': 'kst-99020-B', 'DC.creator': 'Eerste Kamer der Staten-Generaal' },
      '<p>Tekst.</p>',
    );
    assert.equal(senate.chamber, 'eerste-kamer');
    assert.equal(senate.number, 'B');
    const handelingen = page({ 'DC.identifier': 'h-tk-20232024-45-12' }, '<p>Tekst.</p>');
    assert.equal(handelingen.kind, 'handelingen');
    assert.equal(handelingen.chamber, 'tweede-kamer');
    assert.equal(handelingen.parliamentaryYear, '2023-2024');
    assert.equal(handelingen.number, null);
  });

  it('should read Kamervragen: askers, addressee, date and the Zaak they belong to', () => {
    const doc = page(
      {
        'DC.identifier': 'kv-tk-2024Z99002',
        'OVERHEIDop.vraagnummer': '2024Z99002',
        'OVERHEIDop.datumIndiening': '2024-02-06',
      },
      '<h1 class="kamervraagomschrijving_kop">Vragen van de leden Jansen (GL-PvdA) en De Vries (VVD) aan de Minister van Financiën over een fictief voorbeeld (ingezonden 6 februari 2024).</h1>' +
        '<div class="vraag"><h2 class="stuktitel">Vraag 1</h2><p>Waarom?</p></div>',
    );
    assert.equal(doc.kind, 'kamervragen');
    assert.equal(doc.chamber, 'tweede-kamer');
    assert.equal(doc.date, '2024-02-06');
    assert.equal(doc.addressee, 'Minister van Financiën');
    assert.equal(doc.subject, 'een fictief voorbeeld');
    assert.deepEqual(doc.signatories, [
      { name: 'Jansen', role: 'lid', party: 'GL-PvdA' },
      { name: 'De Vries', role: 'lid', party: 'VVD' },
    ]);
    assert.deepEqual(doc.external, { tkZaken: ['2024Z99002'] });
    assert.deepEqual(
      doc.blocks.map((b) => b.kind),
      ['heading', 'question'],
    );
  });

  it('should take the subject from the title of a publication outside parliament', () => {
    const doc = page(
      { 'DC.identifier': 'stcrt-2024-99001', 'DC.title': 'Fictieve bekendmaking', 'DCTERMS.available': '2024-01-02' },
      '<p>Tekst.</p>',
    );
    assert.equal(doc.kind, 'staatscourant');
    assert.equal(doc.subject, 'Fictieve bekendmaking');
    assert.equal(doc.date, '2024-01-02');
    assert.deepEqual(doc.warnings, []);
  });

  it("should fall back on the title heading, then the page's title, for the subject of such a publication", () => {
    const heading = page(
      { 'DC.identifier': 'stb-2024-99002' },
      '<h1 class="staatsblad_kop">Besluit (fictief)</h1><p>Tekst.</p>',
    );
    assert.equal(heading.subject, 'Besluit (fictief)');
    const titled = readPublication(
      scanPage(
        '<head><meta name="DC.identifier" content="gmb-2024-99003"><title>Fictieve bekendmaking</title></head><p>Tekst.</p>',
      ),
      SOURCE,
    );
    assert.equal(titled.subject, 'Fictieve bekendmaking');
    assert.equal(
      readPublication(scanPage('<meta name="DC.identifier" content="gmb-2024-99004"><p>Tekst.</p>'), SOURCE).subject,
      null,
    );
  });

  it('should say so when the page holds no text of the paper', () => {
    assert.deepEqual(page({ 'DC.identifier': 'stb-2024-99001' }, '').warnings, [
      'no text of the paper found on the page',
    ]);
  });
});
