/**
 * fast-check generators of HTML pages, for the fuzz tests of the HTML parser:
 * officielebekendmakingen renderings (meta tags `DC.*` and `OVERHEIDop.*` with values
 * right, wrong or hostile; the publication's text in `#broodtekst` with the classes of
 * the renderings: dossiers, type line, date line, lists, tables, quotes, signatures,
 * questions and answers, footnote markers and notes), other pages of a paper (site
 * chrome around a main content), "not found" pages; written in the ways HTML is written
 * (void elements with and without a slash, attributes in any quotes); and the markup
 * that troubles HTML parsers (unclosed and misnested tags, raw-text elements left open,
 * foreign content, conditional comments, entities of every kind).
 *
 * @module
 */
import fc from 'fast-check';
import { dutchDate } from './arbitraries.ts';
import { hostileText } from './arbitraries-bytes.ts';
import { attributeValue, el, paperText, raw, type XmlElementNode, type XmlNode } from './arbitraries-xml.ts';

const VOID = new Set(['meta', 'link', 'br', 'img', 'hr', 'input', 'wbr', 'base']);

/** How a page is written: void elements as `<br>` or `<br/>`, attributes in which quotes. */
export interface HtmlStyle {
  voidSlash: boolean;
  quote: '"' | "'" | '';
}

/** A way of writing HTML. */
export const htmlStyle: fc.Arbitrary<HtmlStyle> = fc.record({
  voidSlash: fc.boolean(),
  quote: fc.constantFrom('"' as const, "'" as const, '' as const),
});

function attribute([name, value]: [string, string], quote: HtmlStyle['quote']): string {
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  // Unquoted only where HTML allows it; otherwise double quotes.
  if (quote === '' && /^[^\s"'=<>`]+$/.test(escaped)) return ` ${name}=${escaped}`;
  const q = quote === "'" ? "'" : '"';
  return ` ${name}=${q}${escaped.replaceAll(q, q === '"' ? '&quot;' : '&#39;')}${q}`;
}

/** Write a node as HTML in `style`; the content of `script` and `style` elements is written as it is. */
export function serializeHtml(node: XmlNode, style: HtmlStyle): string {
  if (typeof node === 'string') return node.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if ('raw' in node) return node.raw;
  const attributes = node.attributes.map((a) => attribute(a, style.quote)).join('');
  if (VOID.has(node.name)) return `<${node.name}${attributes}${style.voidSlash ? ' /' : ''}>`;
  const rawText = node.name === 'script' || node.name === 'style';
  const inner = node.children
    .map((child) => (rawText && typeof child === 'string' ? child : serializeHtml(child, style)))
    .join('');
  return `<${node.name}${attributes}>${inner}</${node.name}>`;
}

const noteId = fc.constantFrom('n1', 'n2', 'n3', 'ID-99001-7-d37e51', '');
const cls = (...names: string[]) => ({ class: names.join(' ') });

/** Inline content of a paragraph: text, emphasis, links, footnote markers, breaks, entities. */
const inline: fc.Arbitrary<XmlNode[]> = fc.array(
  fc.oneof(
    { arbitrary: paperText, weight: 8 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('b', 'i', 'em', 'strong', 'span'), paperText)
        .map(([tag, t]) => el(tag, {}, t)),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(noteId, fc.constantFrom('1', '2', '3', '*', ''))
        .map(([id, marker]) =>
          el('sup', {}, el('a', { ...cls('nootnum', `supernote-click-${id}`), href: `#${id}` }, marker)),
        ),
      weight: 2,
    },
    { arbitrary: fc.tuple(noteId, paperText).map(([id, t]) => el('a', { href: `#${id}` }, t)), weight: 1 },
    { arbitrary: fc.constant(el('br', {})), weight: 1 },
    {
      arbitrary: fc
        .constantFrom('&nbsp;', '&amp;', '&euro;', '&#x0;', '&#xD800;', '&#1114112;', '&bogus;', '&amp', '&')
        .map(raw),
      weight: 1,
    },
  ),
  { maxLength: 4 },
);

/** Blocks of a publication's text, with the classes of the renderings. */
const blocks: fc.Arbitrary<XmlNode[]> = fc.letrec<{ blocks: XmlNode[]; block: XmlNode }>((tie) => ({
  blocks: fc.array(tie('block'), { maxLength: 4 }),
  block: fc.oneof(
    { depthSize: 'xsmall', withCrossShrink: true },
    { arbitrary: inline.map((c) => el('p', {}, ...c)), weight: 8 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('h2', 'h3', 'p'), paperText)
        .map(([tag, t]) => el(tag, cls('divisiekop1'), t)),
      weight: 2,
    },
    {
      arbitrary: fc
        .array(fc.tuple(fc.constantFrom('– ', 'a. ', '1. ', ''), inline), { maxLength: 4 })
        .map((items) =>
          el(
            'ul',
            cls('expliciet'),
            ...items.map(([label, c]) =>
              el('li', cls('li'), el('p', cls('labeled'), el('span', cls('ol'), label), ...c)),
            ),
          ),
        ),
      weight: 2,
    },
    {
      arbitrary: fc
        .array(fc.array(paperText, { maxLength: 3 }), { maxLength: 4 })
        .map((rows) =>
          el('table', {}, el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c)))))),
        ),
      weight: 1,
    },
    { arbitrary: tie('blocks').map((b) => el('blockquote', cls('citaat'), ...b)), weight: 1 },
    {
      arbitrary: fc
        .tuple(paperText, paperText)
        .map(([role, name]) =>
          el('div', cls('ondertekening'), el('p', cls('functie'), role), el('p', cls('naam'), name)),
        ),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('vraag', 'antwoord'), fc.constantFrom('Vraag 1', 'Antwoord 1', ''), tie('blocks'))
        .map(([kind, nr, b]) => el('div', cls(kind), el('h3', cls('nummer'), nr), ...b)),
      weight: 1,
    },
    { arbitrary: tie('blocks').map((b) => el('div', {}, ...b)), weight: 1 },
  ),
})).blocks;

const dossierNumber = fc.oneof(
  fc.integer({ min: 99_000, max: 99_999 }).map((n) => `${String(n).slice(0, 2)} ${String(n).slice(2)}`),
  fc.constantFrom('99 200 XV', '99001;99002', 'abc', '', '21 501-32'),
);

/** The text of a publication in `#broodtekst`: dossiers, the piece's header, its body, its signature. */
const publicationText = fc
  .tuple(
    fc.constantFrom('kamerstuk', 'kamervragen', 'handelingen', 'staatscourant', ''),
    fc.array(fc.tuple(dossierNumber, paperText), { maxLength: 2 }),
    fc.option(fc.tuple(fc.constantFrom('Nr. 7', 'Nr. 12a', '', 'A'), paperText), { nil: null }),
    fc.option(
      dutchDate.map((d) => `Den Haag, ${d}`),
      { nil: null },
    ),
    fc.option(
      fc.constantFrom(
        'Vragen van het lid Proef (FICT) aan de Minister van Fictieve Zaken over het voorbeeld (ingezonden 5 februari 2024).',
        'Antwoord van Minister Voorbeeld (Fictieve Zaken) (ontvangen 1 maart 2024).',
      ),
      { nil: null },
    ),
    blocks,
  )
  .map(([kind, dossiers, typeLine, dateLine, questions, body]) =>
    el(
      'div',
      { id: 'broodtekst' },
      el(
        'div',
        kind ? cls(kind) : {},
        ...dossiers.map(([n, title]) =>
          el('div', cls('dossier'), el('p', cls('dossiernummer'), n), el('p', cls('dossiertitel'), title)),
        ),
        ...(questions === null ? [] : [el('h1', cls('kamervraagomschrijving_kop'), questions)]),
        el(
          'div',
          cls('stuk'),
          ...(typeLine === null
            ? []
            : [el('h1', cls('stuktitel'), el('span', cls('stuknummer'), typeLine[0]), ' ', typeLine[1])]),
          ...(dateLine === null ? [] : [el('p', cls('kamerstukdatum'), dateLine)]),
          el('div', cls('algemeen'), ...body),
        ),
      ),
    ),
  );

/** The footnotes of a page, in one of the containers the renderings and other sites use. */
const notes = fc
  .tuple(
    fc.constantFrom('div#noten', 'div.voetnoten', 'ol.footnotes', 'none'),
    fc.array(fc.tuple(noteId, fc.constantFrom('1', '2', '3', ''), paperText), { maxLength: 3 }),
  )
  .map(([container, items]): XmlNode[] => {
    if (container === 'none') return [];
    const [tag, selector] = container.split(/[#.]/) as [string, string];
    const attributes = container.includes('#') ? { id: selector } : cls(selector);
    const note = ([id, marker, text]: [string, string, string]) =>
      tag === 'ol'
        ? el('li', { id }, text)
        : el('div', { ...cls('noot'), id }, el('p', {}, el('sup', {}, marker), ' ', text));
    return [el(tag, attributes, ...items.map(note))];
  });

const META_NAMES = [
  'DC.identifier',
  'DC.title',
  'DC.type',
  'DC.creator',
  'DCTERMS.issued',
  'DCTERMS.available',
  'OVERHEIDop.publicationName',
  'OVERHEIDop.dossiernummer',
  'OVERHEIDop.dossiertitel',
  'OVERHEIDop.ondernummer',
  'OVERHEIDop.vergaderjaar',
  'OVERHEIDop.documenttitel',
  'OVERHEIDop.indiener',
  'OVERHEIDop.ontvanger',
  'OVERHEIDop.datumBrief',
  'OVERHEIDop.datumIndiening',
  'OVERHEIDop.datumOntvangst',
  'OVERHEIDop.datumVergadering',
  'OVERHEIDop.vraagnummer',
  'OVERHEIDop.zaaknummer',
  'og:title',
  'description',
];

const metaValue = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'kst-99001-7',
      'ah-tk-20232024-99001',
      'h-tk-20232024-40-9',
      'kv-tk-2024Z99001',
      'stcrt-2024-99',
      'kst-',
      '99001',
      '99001;99002',
      '2024-03-12',
      '2024-03-12T10:00:00',
      '12-03-2024',
      '2024-02-30',
      '2023-2024',
      '2023–2025',
      'Kamerstuk',
      'Aanhangsel van de Handelingen',
      'Tweede Kamer der Staten-Generaal',
      'Eerste Kamer der Staten-Generaal',
      'A.B. Bakker',
      '2024Z99001',
      '7',
      '',
      ' ',
    ),
    weight: 6,
  },
  { arbitrary: paperText, weight: 1 },
  { arbitrary: attributeValue, weight: 1 },
);

/** The meta tags of a page; `official` adds the one that makes it an officielebekendmakingen rendering. */
const metaTags = (official: boolean) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...META_NAMES), metaValue), { maxLength: 8 }),
      fc.constantFrom('kst-99001-7', 'ah-tk-20232024-99001', 'h-tk-20232024-40-9', 'stcrt-2024-99'),
    )
    .map(([pairs, id]) => [
      ...(official ? [el('meta', { name: 'DC.identifier', content: id })] : []),
      ...pairs.map(([name, content]) => el('meta', { name, content })),
    ]);

/** A charset declaration: none, right, wrong, or unknown. */
const charset = fc.constantFrom<XmlNode[]>(
  [],
  [el('meta', { charset: 'utf-8' })],
  [el('meta', { 'http-equiv': 'Content-Type', content: 'text/html; charset=utf-8' })],
  [el('meta', { charset: 'windows-1252' })],
  [el('meta', { charset: 'iso-8859-1' })],
  [el('meta', { charset: 'utf-16' })],
  [el('meta', { charset: 'x-bogus' })],
);

/** Site chrome around the content: navigation, header, footer, scripts, styles, forms, hidden parts. */
const chrome = fc.array(
  fc.oneof(
    paperText.map((t) => el('nav', {}, el('ul', {}, el('li', {}, el('a', { href: '/' }, t))))),
    paperText.map((t) => el('header', {}, el('p', {}, t))),
    paperText.map((t) => el('footer', {}, el('p', {}, t))),
    fc.constant(el('script', {}, 'if (a < b && c) { document.write("</div>"); }')),
    fc.constant(el('style', {}, 'p > a { color: red; }')),
    fc.constant(el('div', { id: 'kopregel' }, el('p', {}, 'Kopregel'))),
    fc.constant(el('ul', cls('toc'), el('li', {}, el('a', { href: '#d1' }, 'Inhoud')))),
    fc.constant(el('form', {}, el('input', { name: 'q' }), el('button', {}, 'Zoeken'))),
    paperText.map((t) => el('div', { hidden: '' }, t)),
    fc.constant(el('svg', {}, el('script', {}, 'alert(1)'), el('text', {}, 'svg'))),
  ),
  { maxLength: 2 },
);

/** The start of a page: a doctype (HTML5, XHTML after an XML declaration) or none. */
const doctype = fc.constantFrom(
  '<!DOCTYPE html>\n',
  '<!doctype html>',
  '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html\n  PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
  '<!-- opmerking -->\n<!DOCTYPE html>',
  '',
);

/** What a generated page is. */
export type PageKind = 'official' | 'plain' | 'not-found';

/** A page: its tree, its doctype and what kind of page it is. */
export interface HtmlPage {
  kind: PageKind;
  doctype: string;
  tree: XmlElementNode;
}

const official: fc.Arbitrary<HtmlPage> = fc
  .tuple(doctype, charset, metaTags(true), paperText, chrome, publicationText, notes, chrome)
  .map(([start, cs, meta, title, before, text, footnotes, after]) => ({
    kind: 'official' as const,
    doctype: start,
    tree: el(
      'html',
      { lang: 'nl' },
      el('head', {}, ...cs, ...meta, el('title', {}, title)),
      el('body', {}, ...before, text, ...footnotes, ...after),
    ),
  }));

const plain: fc.Arbitrary<HtmlPage> = fc
  .tuple(
    doctype,
    charset,
    metaTags(false),
    chrome,
    fc.constantFrom('main', 'article', 'div#content', 'body'),
    blocks,
    notes,
  )
  .map(([start, cs, meta, around, container, body, footnotes]) => {
    const letter = el('p', {}, 'Dit is een fictief voorbeeld van een brief aan de Kamer.');
    const [tag, id] = container.split('#') as [string, string | undefined];
    const content = tag === 'body' ? [letter, ...body] : [el(tag, id ? { id } : {}, letter, ...body)];
    return {
      kind: 'plain' as const,
      doctype: start,
      tree: el('html', {}, el('head', {}, ...cs, ...meta), el('body', {}, ...around, ...content, ...footnotes)),
    };
  });

const notFound: fc.Arbitrary<HtmlPage> = fc
  .tuple(
    doctype,
    fc.constantFrom('404: Pagina niet gevonden', 'Fout', 'Niet gevonden'),
    fc.constantFrom('fout404', 'errors/404.htm', 'none'),
    chrome,
  )
  .map(([start, title, mark, around]) => ({
    kind: 'not-found' as const,
    doctype: start,
    tree: el(
      'html',
      {},
      el('head', {}, el('title', {}, title)),
      el(
        'body',
        mark === 'fout404' ? cls('fout404') : {},
        ...around,
        el(
          'main',
          {},
          el('h1', {}, '404: Pagina niet gevonden'),
          mark === 'errors/404.htm' ? el('a', { href: '/Errors/404.htm' }, 'meer') : 'Probeer het opnieuw.',
        ),
      ),
    ),
  }));

/** A page of any kind. */
export const htmlPage: fc.Arbitrary<HtmlPage> = fc.oneof(
  { arbitrary: official, weight: 5 },
  { arbitrary: plain, weight: 3 },
  { arbitrary: notFound, weight: 1 },
);

/** Markup that troubles HTML parsers, to put in a page's body. */
export const hostileHtml = fc.oneof(
  fc.constantFrom(
    '<p>',
    '<div>',
    '</div>',
    '</p></p>',
    '<b><i>x</b></i>',
    '<table><tr><td>cel',
    '</table>',
    '<li>',
    '<!--',
    '<!-- -- --!>',
    '<![CDATA[x]]>',
    '<?xml version="1.0"?>',
    '<![if !IE]>x<![endif]>',
    '<script>',
    '<script><!--',
    '<style>',
    '<textarea>',
    '<title>',
    '<plaintext>',
    '<xmp>',
    '<noscript>',
    '<template><p>x</p>',
    '<svg><p>x</p></svg>',
    '<math><mi>x</mi>',
    '<select><option>x',
    '<a href="#n1"><sup>1</sup>',
    '<sup><a href="#">',
    '<div id="noten"><div class="noot" id="n1">',
    '<div id="broodtekst">',
    '<meta name="DC.identifier" content="kst-99001-9">',
    '<base href="javascript:alert(1)">',
    '<img src=x onerror=alert(1)>',
    '<p class="dossiernummer">',
    '<br/><br/><br/>',
    '\u0000',
    '&',
    '<',
    '</',
    '< p>',
    '<p\n',
    '<p class="a" class="b">',
  ),
  hostileText,
);
