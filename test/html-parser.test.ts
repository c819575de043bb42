/**
 * The HTML parser end to end, with the extract stage after it (`enrich`), as the
 * registry and pipeline will run it: the real officielebekendmakingen renderings in
 * `../shared/fixtures/ob-xml-misc` (read from there, never copied), the fictional
 * Kamerstuk pages in `test/fixtures/ob-html`, other web pages, "not found" pages, and
 * malformed and hostile input.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { enrich } from '../src/extract/index.ts';
import type { Document } from '../src/model/index.ts';
import { htmlParser, ParseError, sha256 } from '../src/parse/index.ts';
import { encodeCp1252 } from './support/encodings.ts';
import { sharedOrSkip } from './support/shared.ts';
import { validateDocument } from './support/validate-document.ts';

const HERE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'ob-html');
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Parse as the pipeline does (parser, then enrich) and check the document's shape. */
async function parse(bytes: Uint8Array, path = 'page.html'): Promise<Document> {
  const doc = enrich(await htmlParser.parse(bytes, { format: 'html', path, sha256: sha256(bytes) }));
  assert.deepEqual(validateDocument(doc), [], `${path} gives an invalid document`);
  return doc;
}

async function parseFixture(name: string): Promise<Document> {
  return parse(readFileSync(join(HERE, name)), name);
}

async function assertRefused(bytes: Uint8Array, code: string, message: RegExp): Promise<void> {
  await assert.rejects(
    async () => htmlParser.parse(bytes, { format: 'html', sha256: sha256(bytes) }),
    (error: unknown) => error instanceof ParseError && error.code === code && message.test(error.message),
  );
}

/** The content of a page's `<meta name=…>` tag, read with a regular expression (not with the parser under test). */
function metaContent(html: string, name: string): string | null {
  const pattern = new RegExp(`<meta\\s+name="${name.replace(/\./g, '\\.')}"[^>]*?\\scontent="([^"]*)"`, 'i');
  const value = pattern.exec(html)?.[1]?.trim();
  return value ? value.replace(/\s+/g, ' ') : null;
}

const XML_KINDS: Record<string, Document['kind']> = {
  staatsblad: 'staatsblad',
  staatscourant: 'staatscourant',
  kamerstuk: 'kamerstuk',
  handelingen: 'handelingen',
  kamervragen: 'kamervragen',
};

/** What an officielebekendmakingen XML file says of itself: id, kind, title and date. */
function xmlFacts(xml: string): {
  id: string | null;
  kind: Document['kind'];
  title: string | null;
  date: string | null;
} {
  const id = /externMetadataRecord"[^>]*?content="[^"]*\/([^/"]+)\/metadata\.xml"/.exec(xml)?.[1] ?? null;
  const root =
    /<(staatsblad|staatscourant|gemeenteblad|provinciaalblad|waterschapsblad|kamerstuk|handelingen|kamervragen)[\s>]/.exec(
      xml,
    )?.[1];
  const title =
    /<intitule>([\s\S]*?)<\/intitule>/.exec(xml)?.[1] ??
    (root ? new RegExp(`<${root}>\\s*<kop>[\\s\\S]*?<titel>([\\s\\S]*?)</titel>`).exec(xml)?.[1] : undefined);
  const date = /<dagtekening>[\s\S]*?isodatum="(\d{4}-\d{2}-\d{2})"/.exec(xml)?.[1] ?? null;
  return {
    id,
    kind: (root && XML_KINDS[root]) || 'other',
    title: title
      ? title
          .replace(/<[^>]*>/g, '')
          .replace(/\s+/g, ' ')
          .trim()
      : null,
    date,
  };
}

describe('htmlParser on the officielebekendmakingen renderings of ../shared', () => {
  const folder = (t: { skip: (message?: string) => void }) => {
    const shared = sharedOrSkip(t);
    return shared ? join(shared, 'fixtures', 'ob-xml-misc') : null;
  };
  const pages = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.html'));

  it('should parse every HTML page into a valid document with its text', async (t) => {
    const dir = folder(t);
    if (!dir) return;
    assert.equal(pages(dir).length, 3);
    for (const name of pages(dir)) {
      const bytes: Uint8Array = readFileSync(join(dir, name));
      assert.equal(htmlParser.score(bytes, { path: name }), 0.9, name);
      const doc = await parse(bytes, name);
      assert.ok(doc.blocks.length >= 5, `${name}: ${doc.blocks.length} blocks`);
      assert.deepEqual(doc.warnings, [], name);
    }
  });

  it('should state the id, title and date the page states in its meta tags', async (t) => {
    const dir = folder(t);
    if (!dir) return;
    for (const name of pages(dir)) {
      const html: string = readFileSync(join(dir, name), 'utf8');
      const doc = await parse(utf8(html), name);
      assert.equal(doc.id, metaContent(html, 'DC.identifier'), name);
      assert.equal(doc.title, metaContent(html, 'DC.title'), name);
      const date =
        metaContent(html, 'OVERHEIDop.datumOndertekening') ??
        metaContent(html, 'DCTERMS.issued') ??
        metaContent(html, 'DCTERMS.available');
      assert.equal(doc.date, date, name);
    }
  });

  it('should give the kind, and for the same publication the id, title and date, its XML gives', async (t) => {
    const dir = folder(t);
    if (!dir) return;
    for (const name of pages(dir)) {
      const doc = await parse(readFileSync(join(dir, name)), name);
      const xml = xmlFacts(readFileSync(join(dir, name.replace(/\.html$/, '.xml')), 'utf8'));
      assert.equal(doc.kind, xml.kind, `${name}: the kind of its XML`);
      if (xml.id === doc.id) {
        assert.equal(doc.title, xml.title, name);
        if (xml.date) assert.equal(doc.date, xml.date, name);
      } else {
        // The folder pairs each page with the XML of another publication of the same series.
        t.diagnostic(`${name} is ${doc.id}, the XML beside it ${xml.id}: only the kind can be compared`);
      }
    }
  });

  it('should not claim the XML and metadata files of the folder', async (t) => {
    const dir = folder(t);
    if (!dir) return;
    const xmlFiles = readdirSync(dir).filter((name) => name.endsWith('.xml'));
    assert.ok(xmlFiles.length >= 7);
    for (const name of xmlFiles) assert.equal(htmlParser.score(readFileSync(join(dir, name)), { path: name }), 0, name);
  });
});

describe('htmlParser on Kamerstuk pages', () => {
  it('should read a letter in two dossiers: header, blocks, footnotes and references', async () => {
    const doc = await parseFixture('kst-99001-7.html');
    assert.equal(doc.id, 'kst-99001-7');
    assert.equal(doc.kind, 'kamerstuk');
    assert.equal(doc.chamber, 'tweede-kamer');
    assert.deepEqual(doc.dossiers, [
      { number: '99001', title: 'Fictief voorbeeld: digitale dienstverlening' },
      { number: '99002', title: 'Fictief voorbeeld: archiefbeheer bij de rijksoverheid' },
    ]);
    assert.equal(doc.number, '7');
    assert.equal(doc.type, 'brief');
    assert.equal(doc.typeLine, 'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES');
    assert.equal(doc.subject, 'Voortgang van het fictieve programma Digitaal Loket');
    assert.equal(doc.title, 'Voortgang van het fictieve programma Digitaal Loket');
    assert.deepEqual(doc.sender, {
      role: 'minister',
      portfolio: 'Binnenlandse Zaken en Koninkrijksrelaties',
      name: 'A.B. Bakker',
    });
    assert.equal(doc.addressee, 'Voorzitter van de Tweede Kamer der Staten-Generaal');
    assert.equal(doc.place, 'Den Haag');
    assert.equal(doc.date, '2024-03-12');
    assert.equal(doc.parliamentaryYear, '2023-2024');
    assert.equal(doc.citation, 'Kamerstukken II 2023/24, 99 001, nr. 7');
    assert.deepEqual(doc.signatories, [
      { name: 'A.B. Bakker', role: 'Minister van Binnenlandse Zaken en Koninkrijksrelaties' },
    ]);
    assert.deepEqual(
      doc.blocks.map((b) => b.kind),
      [
        'paragraph',
        'heading',
        'paragraph',
        'list-item',
        'list-item',
        'list-item',
        'paragraph',
        'table',
        'heading',
        'paragraph',
      ],
    );
    const [first, , second] = doc.blocks;
    assert.equal(
      first?.text,
      'Dit is een fictief voorbeeld van een brief aan de Kamer. In mijn brief van 4 december 2023 (Kamerstuk 99 001, nr. 5) heb ik toegezegd uw Kamer twee keer per jaar te informeren over de voortgang van het programma Digitaal Loket. Met deze brief kom ik die toezegging na.',
    );
    assert.deepEqual(first?.footnoteRefs, ['1']);
    assert.equal(
      second?.text,
      'Sinds de vorige voortgangsbrief zijn drie onderdelen van het loket in gebruik genomen:',
    );
    assert.deepEqual(second?.footnoteRefs, ['2']);
    assert.equal(doc.blocks[7]?.text, 'Kwartaal | Bezoeken\n2023-Q3 | 12.400\n2023-Q4 | 15.900');
    assert.deepEqual(doc.footnotes, [
      { marker: '1', text: 'Kamerstuk 99 002, nr. 12' },
      {
        marker: '2',
        text: 'Zie het verslag van het commissiedebat, Handelingen II 2023/24, nr. 45, item 12 (fictief voorbeeld).',
      },
    ]);
    assert.deepEqual(doc.references, [
      { kind: 'kamerstuk', target: 'kst-99001-5', text: 'Kamerstuk 99 001, nr. 5' },
      { kind: 'kamerstuk', target: 'kst-99001-6', text: 'Kamerstuk 99 001, nr. 6' },
      { kind: 'kamerstuk', target: 'kst-99002-12', text: 'Kamerstuk 99 002, nr. 12', in: 'footnote 1' },
      {
        kind: 'handelingen',
        target: 'h-tk-20232024-45-12',
        text: 'Handelingen II 2023/24, nr. 45, item 12',
        in: 'footnote 2',
      },
    ]);
    assert.deepEqual(doc.warnings, []);
  });

  it('should read a motion: type line, the date it was moved, its clauses and submitters', async () => {
    const doc = await parseFixture('kst-99001-9.html');
    assert.equal(doc.id, 'kst-99001-9');
    assert.equal(doc.type, 'motie');
    assert.equal(doc.typeLine, 'MOTIE VAN HET LID DE VRIES C.S.');
    assert.deepEqual(doc.dossiers, [{ number: '99001', title: 'Fictief voorbeeld: digitale dienstverlening' }]);
    assert.equal(doc.number, '9');
    assert.equal(doc.date, '2024-03-14');
    assert.deepEqual(doc.sender, { role: 'lid', portfolio: null, name: 'De Vries' });
    assert.deepEqual(doc.signatories, [
      { name: 'De Vries', role: null },
      { name: 'Jansen', role: null },
    ]);
    assert.deepEqual(
      doc.blocks.map((b) => b.text),
      [
        'De Kamer,',
        'gehoord de beraadslaging,',
        'constaterende dat het fictieve Digitaal Loket alleen in het Nederlands beschikbaar is;',
        'overwegende dat ook inwoners die het Nederlands nog niet beheersen het loket moeten kunnen gebruiken;',
        'verzoekt de regering, het loket voor het einde van 2024 ook in het Engels aan te bieden,',
        'en gaat over tot de orde van de dag.',
      ],
    );
    assert.deepEqual(doc.warnings, []);
  });

  it('should read written questions with their answer: askers, minister, dates, questions and answers', async () => {
    const doc = await parseFixture('ah-tk-20232024-99001.html');
    assert.equal(doc.id, 'ah-tk-20232024-99001');
    assert.equal(doc.kind, 'aanhangsel');
    assert.equal(doc.type, 'antwoord-kamervragen');
    assert.equal(doc.chamber, 'tweede-kamer');
    assert.equal(doc.number, '99001');
    assert.equal(doc.citation, 'Aanhangsel Handelingen II 2023/24, nr. 99001');
    assert.equal(doc.date, '2024-03-01');
    assert.equal(doc.subject, 'het fictieve voorbeeld «Digitaal Loket onbereikbaar»');
    assert.equal(doc.addressee, 'Minister van Binnenlandse Zaken en Koninkrijksrelaties');
    assert.deepEqual(doc.sender, {
      role: 'minister',
      portfolio: 'Binnenlandse Zaken en Koninkrijksrelaties',
      name: 'Bakker',
    });
    assert.deepEqual(doc.signatories, [{ name: 'Jansen', role: 'lid', party: 'GL-PvdA' }]);
    assert.deepEqual(doc.external, { tkZaken: ['2024Z99001'] });
    assert.deepEqual(
      doc.blocks.map((b) => `${b.kind}: ${b.text.split(' ').slice(0, 4).join(' ')}`),
      [
        'heading: Vraag 1',
        'question: Bent u bekend met',
        'heading: Antwoord 1',
        'answer: Ja.',
        'heading: Vraag 2',
        'question: Hoe vaak was het',
        'heading: Antwoord 2',
        'answer: Het loket was in',
        'answer: Over de voortgang van',
      ],
    );
    assert.deepEqual(doc.blocks[1]?.footnoteRefs, ['1']);
    assert.deepEqual(doc.footnotes, [{ marker: '1', text: 'https://www.example.org/fictief-voorbeeld' }]);
    assert.deepEqual(doc.references, [{ kind: 'kamerstuk', target: 'kst-99001-7', text: 'Kamerstuk 99 001, nr. 7' }]);
    assert.deepEqual(doc.warnings, []);
  });
});

describe('htmlParser on other web pages', () => {
  it('should read a page without officielebekendmakingen markup as the text of its main content', async () => {
    const doc = await parseFixture('tweedekamer-brief.html');
    assert.equal(doc.source.format, 'html');
    assert.deepEqual(doc.warnings, [
      'the page had no officielebekendmakingen markup; read as the text of its main content',
    ]);
    assert.equal(doc.id, 'kst-99003-4');
    assert.deepEqual(doc.dossiers, [{ number: '99003', title: 'Fictief voorbeeld: betaalbare woningbouw' }]);
    assert.equal(doc.typeLine, 'BRIEF VAN DE MINISTER VAN VOLKSHUISVESTING EN RUIMTELIJKE ORDENING');
    assert.equal(doc.date, '2024-04-02');
    assert.equal(doc.subject, 'Fictief voorbeeld van een voortgangsbrief');
    assert.deepEqual(doc.signatories, [
      { name: 'C.D. de Wit', role: 'Minister van Volkshuisvesting en Ruimtelijke Ordening' },
    ]);
    const text = doc.blocks.map((b) => b.text).join('\n');
    for (const chrome of ['cookies', 'Kamerleden', 'Home', 'Gerelateerd', 'Privacy', 'dataLayer', 'font-family']) {
      assert.ok(!text.includes(chrome), `site chrome "${chrome}" left in the text`);
    }
    assert.deepEqual(doc.footnotes, [{ marker: '1', text: 'Kamerstuk 99 003, nr. 2' }]);
    assert.deepEqual(doc.blocks[0]?.footnoteRefs, ['1']);
  });

  it('should read a page that is no paper, and say both why', async () => {
    const doc = await parse(
      utf8(
        '<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav><main><h1>Nieuws</h1>' +
          '<p>Dit fictieve nieuwsbericht gaat over het weer van morgen.</p></main></body></html>',
      ),
    );
    assert.deepEqual(doc.warnings, [
      'the page had no officielebekendmakingen markup; read as the text of its main content',
      'no parliamentary header found (dossier, number, type line, addressee or date)',
    ]);
    assert.deepEqual(
      doc.blocks.map((b) => b.text),
      ['Nieuws', 'Dit fictieve nieuwsbericht gaat over het weer van morgen.'],
    );
  });

  it('should decode a Windows-1252 page its meta tag declares', async () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="windows-1252"><meta name="DC.identifier" content="kst-99004-2"></head>' +
      '<body><div id="broodtekst"><p>Het plan is gecreëerd voor € 5 mln – een fictief voorbeeld.</p></div></body></html>';
    const doc = await parse(encodeCp1252(html));
    assert.equal(doc.blocks[0]?.text, 'Het plan is gecreëerd voor € 5 mln – een fictief voorbeeld.');
    assert.deepEqual(doc.warnings, []);
  });
});

describe('htmlParser refusing what is no paper', () => {
  it('should refuse a "not found" page of the site', async () => {
    await assertRefused(readFileSync(join(HERE, 'niet-gevonden.html')), 'unsupported-format', /"not found" page/);
  });

  it('should know the page by any one of its marks', async () => {
    const pages = [
      '<!DOCTYPE html><html><head><title>404: Pagina niet gevonden</title></head><body><p>Weg.</p></body></html>',
      '<!DOCTYPE html><html><body><p>De pagina bestaat niet.</p><a href="/Errors/404.htm">Meer</a></body></html>',
      '<!DOCTYPE html><html><body><div id="fout404"><p>Niet gevonden.</p></div></body></html>',
    ];
    for (const page of pages) await assertRefused(utf8(page), 'unsupported-format', /not a paper/);
  });

  it('should not refuse a publication whose text quotes such a page', async () => {
    const doc = await parse(
      utf8(
        '<!DOCTYPE html><html><head><meta name="DC.identifier" content="kst-99004-3"></head><body><div id="broodtekst">' +
          '<p>De site toonde de melding «404: Pagina niet gevonden» (fictief voorbeeld).</p></div></body></html>',
      ),
    );
    assert.equal(doc.id, 'kst-99004-3');
  });

  it('should refuse a page without any text, binary data and empty input', async () => {
    await assertRefused(
      utf8('<!DOCTYPE html><html><head><title></title></head><body> </body></html>'),
      'empty',
      /no text/,
    );
    await assertRefused(
      utf8('<!DOCTYPE html><html><body><script>var a = 1;</script></body></html>'),
      'empty',
      /no text/,
    );
    await assertRefused(new Uint8Array([0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e, 0, 0, 0, 7, 8, 0xff]), 'binary', /binary/);
    await assertRefused(new Uint8Array(0), 'empty', /empty/);
  });
});

describe('htmlParser on malformed and hostile input', () => {
  it('should read a page cut short anywhere', async () => {
    const whole = readFileSync(join(HERE, 'kst-99001-7.html'), 'utf8');
    for (let cut = 400; cut < whole.length; cut += 397) {
      try {
        await parse(utf8(whole.slice(0, cut)), `cut at ${cut}`);
      } catch (error) {
        assert.ok(error instanceof ParseError, `cut at ${cut}: ${String(error)}`);
      }
    }
  });

  it('should read a page nested a hundred thousand levels deep, in linear time, and say so', async () => {
    const depth = 100_000;
    const html = `<!DOCTYPE html><html><body>${'<div><span>'.repeat(depth)}<p>Diep in de pagina.</p>${'</span></div>'.repeat(depth)}<p>Erna.</p></body></html>`;
    const started = performance.now();
    const doc = await parse(utf8(html));
    assert.ok(performance.now() - started < 30_000, 'deep nesting must not take quadratic time');
    assert.ok(doc.blocks.some((b) => b.text === 'Diep in de pagina.'));
    assert.ok(doc.warnings.some((w) => /nested deeper than 256 levels/.test(w)));
  });

  it('should read a large publication page', async () => {
    const paragraph =
      '<p>Dit is een alinea van een fictief voorbeeld (Kamerstuk 99 001, nr. 5).<a class="nootnum" href="#n1">1</a></p>\n';
    const html =
      '<!DOCTYPE html><html><head><meta name="DC.identifier" content="kst-99001-10"></head><body><div id="broodtekst">' +
      paragraph.repeat(20_000) +
      '</div><div id="noten"><div class="noot" id="n1"><sup>1</sup><p>Kamerstuk 99 002, nr. 1</p></div></div></body></html>';
    const doc = await parse(utf8(html));
    assert.equal(doc.blocks.length, 20_000);
    assert.deepEqual(doc.blocks[19_999]?.footnoteRefs, ['1']);
  });

  it('should give a valid document or a ParseError for arbitrary markup', async () => {
    const tag = fc.constantFrom(
      'div',
      'p',
      'span',
      'table',
      'tr',
      'td',
      'ul',
      'li',
      'sup',
      'a',
      'h2',
      'script',
      'style',
      'head',
      'title',
      'br',
      'meta',
    );
    const cls = fc.constantFrom(
      '',
      'stuktitel',
      'stuknummer',
      'noot',
      'nootnum',
      'vraag',
      'antwoord',
      'ondertekening',
      'naam',
      'functie',
      'kamerstukdatum',
      'dossiernummer',
      'dossiertitel',
      'toc',
      'kamervraagomschrijving_kop',
    );
    const piece = fc.oneof(
      fc.tuple(tag, cls).map(([t, c]) => `<${t}${c ? ` class="${c}"` : ''}${t === 'a' ? ' href="#n1"' : ''}>`),
      tag.map((t) => `</${t}>`),
      fc.constantFrom(
        'Tekst ',
        '1',
        'Kamerstuk 99 001, nr. 3',
        '&amp;',
        '&#x0;',
        '&bogus;',
        '<!--',
        '-->',
        '<![CDATA[x',
        '<',
        '>',
        '"',
        '<meta name="DC.identifier" content="kst-99001-1">',
        '<div id="noten">',
        '<div id="broodtekst">',
        'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
        'Antwoord van Minister X (Y) (ontvangen 1 maart 2024).',
      ),
      fc.string({ maxLength: 8 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), async (pieces) => {
        const bytes = utf8(`<!DOCTYPE html>${pieces.join('')}`);
        try {
          await parse(bytes);
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
          assert.ok(error.message.length > 0);
        }
      }),
      { numRuns: Number(process.env.GRIFFIE_FC_RUNS) || 300 },
    );
  });

  it('should give a valid document or a ParseError for arbitrary bytes after a doctype', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (tail) => {
        const bytes = new Uint8Array([...utf8('<!DOCTYPE html><html><body><p>'), ...tail]);
        try {
          await parse(bytes);
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
        }
      }),
      { numRuns: Number(process.env.GRIFFIE_FC_RUNS) || 300 },
    );
  });
});
