/**
 * fast-check generators of officielebekendmakingen XML, for the fuzz tests: papers in
 * the `officiele-publicatie` envelope or without it (Kamerstukken with masthead,
 * dossiers, number, type line and a letter's body; Handelingen with sittings, agenda
 * items and speakers; written questions and their answers; Staatsblad, Staatscourant,
 * Gemeenteblad and unknown publications), whose blocks nest divisions, lists, tables,
 * quotes, footnotes and their references (resolving or not), signatures and date lines,
 * with paper-like and hostile text; and their `metadata.xml` in the flat, OWMS and SRU
 * shapes with values right, wrong or hostile. Every paper here is fictional.
 *
 * @module
 */
import fc from 'fast-check';
import { dutchDate } from './arbitraries.ts';
import {
  attributeValue,
  el,
  entityReference,
  paperText,
  raw,
  type XmlElementNode,
  type XmlNode,
} from './arbitraries-xml.ts';

/** Footnote ids: few, so that references resolve, miss and repeat. */
const noteId = fc.constantFrom('n1', 'n2', 'n3', 'd1e100', '', 'n1 n2');
const isoDate = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2025-02-30', '2025-13-01', '0000-00-00', '2025-3-1', '', 'gisteren', '20250312'),
);
const dossierNumber = fc.oneof(
  fc.integer({ min: 99_000, max: 99_999 }).map((n) => `${String(n).slice(0, 2)} ${String(n).slice(2)}`),
  fc.integer({ min: 99_000, max: 99_999 }).map(String),
  fc.tuple(fc.integer({ min: 99_000, max: 99_999 }), fc.integer({ min: 1, max: 40 })).map(([n, s]) => `${n}-${s}`),
  fc.constantFrom('99 200 XV', '99 200-VII', 'abc', '', '0', '999999999999', '99 012;99 340'),
);
const officialId = fc.oneof(
  dossierNumber.map((n) => `kst-${n.replace(/\s/g, '')}-${1 + (n.length % 9)}`),
  fc.constantFrom(
    'kst-99012-7',
    'h-tk-20242025-40-9',
    'ah-tk-20242025-9901',
    'kv-tk-2025Z99001',
    'stb-2025-99',
    'stcrt-2025-9901',
    'gmb-2025-99001',
    'kst-',
    'x',
    '',
  ),
);

/** Inline content: text, emphasis, references, names, dates, footnotes, breaks, hostile markup. */
const inline: fc.Arbitrary<XmlNode[]> = fc.letrec<{ inline: XmlNode[]; node: XmlNode }>((tie) => ({
  inline: fc.array(tie('node'), { maxLength: 4 }),
  node: fc.oneof(
    { depthSize: 'xsmall', withCrossShrink: true },
    { arbitrary: paperText, weight: 10 },
    { arbitrary: tie('inline').map((c) => el('nadruk', { type: 'cur' }, ...c)), weight: 1 },
    {
      arbitrary: fc.tuple(officialId, paperText).map(([doc, t]) => el('extref', { doc, soort: 'document' }, t)),
      weight: 1,
    },
    { arbitrary: fc.tuple(noteId, paperText).map(([id, t]) => el('intref', { ref: id }, t)), weight: 1 },
    { arbitrary: fc.constantFrom('sup', 'inf').map((n) => el(n, {}, '2')), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('A.B.', 'C.', ''), fc.constantFrom('Voorbeeld', 'Proef', 'van der Fictief', ''))
        .map(([v, a]) => el('naam', {}, el('voornaam', {}, v), ' ', el('achternaam', {}, a))),
      weight: 1,
    },
    { arbitrary: fc.tuple(isoDate, dutchDate).map(([iso, d]) => el('datum', { isodatum: iso }, d)), weight: 1 },
    {
      arbitrary: fc
        .tuple(noteId, fc.constantFrom('1', '2', '3', '1)', '', 'a.', '*'), tie('inline'))
        .map(([id, nr, al]) => el('noot', { id, type: 'voet' }, el('noot.nr', {}, nr), el('noot.al', {}, ...al))),
      weight: 2,
    },
    { arbitrary: noteId.map((id) => el('nootref', { refid: id })), weight: 1 },
    { arbitrary: fc.constant(el('br', {})), weight: 1 },
    {
      arbitrary: entityReference.filter((e) => /^&(?:amp|lt|gt|quot|apos|#\d+|#x[\dA-F]+);$/i.test(e)).map(raw),
      weight: 1,
    },
  ),
})).inline;

/** Block content of a paper's text. */
const blocks: fc.Arbitrary<XmlNode[]> = fc.letrec<{ blocks: XmlNode[]; block: XmlNode }>((tie) => ({
  blocks: fc.array(tie('block'), { maxLength: 4 }),
  block: fc.oneof(
    { depthSize: 'xsmall', withCrossShrink: true },
    { arbitrary: inline.map((c) => el('al', {}, ...c)), weight: 8 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('1.', '2.', 'A', ''), paperText, tie('blocks'))
        .map(([nr, titel, b]) => el('divisie', {}, el('kop', {}, el('nr', {}, nr), el('titel', {}, titel)), ...b)),
      weight: 2,
    },
    {
      arbitrary: fc
        .array(fc.tuple(fc.constantFrom('–', 'a.', '1°', ''), inline, fc.option(tie('block'), { nil: undefined })), {
          maxLength: 4,
        })
        .map((items) =>
          el(
            'lijst',
            { type: 'expliciet' },
            ...items.map(([nr, al, sub]) =>
              el('li', {}, el('li.nr', {}, nr), el('al', {}, ...al), ...(sub === undefined ? [] : [sub])),
            ),
          ),
        ),
      weight: 2,
    },
    {
      arbitrary: fc
        .array(fc.array(paperText, { maxLength: 4 }), { maxLength: 4 })
        .map((rows) =>
          el(
            'tabel',
            {},
            el(
              'tgroup',
              { cols: '3' },
              el('tbody', {}, ...rows.map((cells) => el('row', {}, ...cells.map((c) => el('entry', {}, c))))),
            ),
          ),
        ),
      weight: 1,
    },
    { arbitrary: tie('blocks').map((b) => el('aanhaling', {}, ...b)), weight: 1 },
    { arbitrary: paperText.map((t) => el('tussenkop', {}, t)), weight: 1 },
    { arbitrary: fc.constant(el('plaatje', { src: 'x.png' })), weight: 1 },
    {
      arbitrary: fc
        .tuple(paperText, paperText, paperText)
        .map(([role, name, place]) =>
          el(
            'ondertekening',
            {},
            el('functie', {}, role),
            el('naam', {}, name),
            el('dagtekening', {}, el('plaats', {}, place)),
          ),
        ),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('Vraag 1', 'Antwoord 1', '1', ''), tie('blocks'), fc.boolean())
        .map(([nr, b, question]) => el(question ? 'vraag' : 'antwoord', {}, el('nr', {}, nr), ...b)),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(paperText, tie('blocks'))
        .map(([speaker, b]) =>
          el('spreekbeurt', {}, el('spreker', {}, el('naam', {}, speaker)), el('tekst', {}, ...b)),
        ),
      weight: 1,
    },
  ),
})).blocks;

const masthead = (kop: string) =>
  fc
    .tuple(
      fc.constantFrom('Tweede Kamer der Staten-Generaal', 'Eerste Kamer der Staten-Generaal', '', 'Provincie Fictief'),
      fc.integer({ min: 1990, max: 2030 }).map((y) => `Vergaderjaar ${y}–${y + 1}`),
    )
    .map(([chamber, year]) =>
      el(kop, {}, el('tekstregel', { inhoud: 'kamer' }, chamber), el('tekstregel', { inhoud: 'vergaderjaar' }, year)),
    );

const dossier = fc
  .tuple(dossierNumber, fc.option(fc.constantFrom('XV', 'VII', 'A', ''), { nil: null }), paperText)
  .map(([n, chapter, titel]) =>
    el(
      'dossier',
      {},
      el('dossiernummer', {}, el('dossiernr', {}, n)),
      ...(chapter === null ? [] : [el('begrotingshoofdstuk', {}, chapter)]),
      el('titel', {}, titel),
    ),
  );

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const present = <T>(...items: (T | null)[]) => items.filter((item): item is T => item !== null);

const kamerstuk = fc
  .tuple(
    optional(masthead('kamerstukkop')),
    fc.array(dossier, { maxLength: 3 }),
    optional(fc.constantFrom('Nr. 7', 'Nr. 12a', 'A', 'Nr.', '', '7.', 'Nr. 99999999')),
    optional(fc.constantFrom('BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT', 'MOTIE VAN HET LID PROEF', '')),
    optional(fc.tuple(isoDate, dutchDate)),
    blocks,
    fc.array(fc.tuple(paperText, paperText), { maxLength: 2 }),
  )
  .map(([kop, dossiers, nr, titel, dated, body, signatures]) =>
    el(
      'kamerstuk',
      {},
      ...present(kop),
      ...dossiers,
      el(
        'stuk',
        {},
        ...present(
          nr === null ? null : el('stuknr', {}, el('ondernummer', {}, nr)),
          titel === null ? null : el('titel', {}, titel),
          dated === null ? null : el('datumtekst', {}, el('datum', { isodatum: dated[0] }, dated[1])),
        ),
        el(
          'algemeen',
          {},
          el('vrije-tekst', {}, el('tekst', {}, ...body)),
          el(
            'tekst-sluiting',
            {},
            ...signatures.map(([role, name]) => el('ondertekening', {}, el('functie', {}, role), el('naam', {}, name))),
          ),
        ),
      ),
    ),
  );

const handelingen = fc
  .tuple(optional(dutchDate), fc.array(fc.tuple(paperText, blocks), { maxLength: 3 }))
  .map(([date, items]) =>
    el(
      'handelingen',
      {},
      ...present(date === null ? null : el('vergadering', {}, el('vergaderdatum', {}, date))),
      ...items.map(([title, b]) => el('agendapunt', {}, el('item-titel', {}, title), ...b)),
    ),
  );

const questionsLine = fc.oneof(
  fc
    .tuple(dutchDate, paperText)
    .map(
      ([d, subject]) =>
        `Vragen van het lid Proef (FICT) aan de Minister van Fictieve Zaken over ${subject} (ingezonden ${d}).`,
    ),
  dutchDate.map((d) => `Antwoord van Minister Voorbeeld (Fictieve Zaken) (ontvangen ${d}).`),
  paperText,
);

const kamervragen = fc
  .tuple(
    fc.constantFrom('kamervragen', 'aanhangsel'),
    optional(masthead('kamervraagkop')),
    optional(fc.constantFrom('2025Z99001', '9901', 'x', '')),
    fc.array(fc.tuple(questionsLine, isoDate), { maxLength: 2 }),
    blocks,
  )
  .map(([root, kop, number, descriptions, body]) =>
    el(
      root,
      {},
      ...present(kop, number === null ? null : el('kamervraagnummer', {}, number)),
      ...descriptions.map(([text, iso]) => el('kamervraagomschrijving', {}, text, el('datum', { isodatum: iso }, 'x'))),
      ...body,
    ),
  );

const publication = fc
  .tuple(
    fc.constantFrom('staatsblad', 'staatscourant', 'gemeenteblad', 'provinciaalblad', 'circulaire'),
    optional(paperText),
    blocks,
  )
  .map(([root, title, body]) => el(root, {}, ...present(title === null ? null : el('intitule', {}, title)), ...body));

/** A paper element: a Kamerstuk most often. */
const paperElement: fc.Arbitrary<XmlElementNode> = fc.oneof(
  { arbitrary: kamerstuk, weight: 4 },
  { arbitrary: handelingen, weight: 2 },
  { arbitrary: kamervragen, weight: 2 },
  { arbitrary: publication, weight: 2 },
);

/** A paper element as the root, or in the `officiele-publicatie` envelope with its metadata link. */
export const obPaper: fc.Arbitrary<XmlElementNode> = fc
  .tuple(paperElement, fc.oneof(fc.constant(null), fc.constant('none'), officialId))
  .map(([paper, envelope]) => {
    // An unknown publication only in the envelope: on its own it is no format Griffie reads.
    if (envelope === null && paper.name !== 'circulaire') return paper;
    const link =
      envelope === 'none' || envelope === null
        ? []
        : [
            el(
              'metadata',
              {},
              el('meta', {
                name: 'OVERHEIDop.externMetadataRecord',
                content: `https://zoek.officielebekendmakingen.nl/${envelope}/metadata.xml`,
              }),
            ),
          ];
    return el('officiele-publicatie', {}, ...link, paper);
  });

const METADATA_NAMES = [
  'DC.identifier',
  'DC.title',
  'DC.type',
  'DC.creator',
  'DCTERMS.issued',
  'DCTERMS.available',
  'DCTERMS.modified',
  'OVERHEIDop.publicationName',
  'OVERHEIDop.vergaderjaar',
  'OVERHEIDop.dossiernummer',
  'OVERHEIDop.ondernummer',
  'OVERHEIDop.dossiertitel',
  'OVERHEIDop.documenttitel',
  'OVERHEIDop.indiener',
  'OVERHEIDop.ontvanger',
  'OVERHEIDop.datumBrief',
  'OVERHEIDop.datumIndiening',
  'OVERHEIDop.datumOntvangst',
  'OVERHEIDop.datumVergadering',
  'OVERHEIDop.vraagnummer',
  'OVERHEIDop.aanhangsel',
  'OVERHEIDop.behandeldDossier',
  'OVERHEIDop.publicatienummer',
  'OVERHEIDop.jaargang',
];

const metadataValue = fc.oneof(
  { arbitrary: officialId, weight: 2 },
  { arbitrary: dossierNumber, weight: 2 },
  { arbitrary: isoDate, weight: 2 },
  {
    arbitrary: fc.constantFrom(
      'Kamerstuk',
      'Handelingen',
      'Aanhangsel van de Handelingen',
      'Kamervragen (Aanhangsel)',
      'Staatsblad',
      'Motie',
      'Brief',
      'Voorstel van wet',
      'Tweede Kamer der Staten-Generaal',
      'Eerste Kamer der Staten-Generaal',
      '2024-2025',
      '2024–2026',
      '7',
      '2025Z99001',
      ';',
      '',
    ),
    weight: 3,
  },
  { arbitrary: paperText, weight: 1 },
  { arbitrary: attributeValue, weight: 1 },
);

const metadataProperty = fc.tuple(
  fc.constantFrom(...METADATA_NAMES),
  metadataValue,
  fc.constantFrom('', 'OVERHEIDop.KamerstukTypen', 'OVERHEID.Informatietype'),
);

/** A `metadata.xml` in one of its three shapes, with values right, wrong or hostile. */
export const obMetadata: fc.Arbitrary<XmlElementNode> = fc.oneof(
  fc
    .array(metadataProperty, { maxLength: 14 })
    .map((properties) =>
      el(
        'metadata_gegevens',
        {},
        ...properties.map(([name, content, scheme]) => el('metadata', { name, scheme, content })),
      ),
    ),
  fc.array(metadataProperty, { maxLength: 14 }).map((properties) =>
    el(
      'owms-metadata',
      {
        'xmlns:dcterms': 'http://purl.org/dc/terms/',
        'xmlns:overheidop': 'http://standaarden.overheid.nl/oep/meta/',
      },
      el(
        'owmskern',
        {},
        ...properties.map(([name, value, scheme]) =>
          el(
            name.replace(/^DC\.|^DCTERMS\./, 'dcterms:').replace(/^OVERHEIDop\./, 'overheidop:'),
            scheme ? { scheme } : {},
            value,
          ),
        ),
      ),
    ),
  ),
  fc
    .tuple(fc.array(metadataProperty, { maxLength: 14 }), fc.nat({ max: 2 }))
    .map(([properties, extra]) =>
      el(
        'sru:searchRetrieveResponse',
        { 'xmlns:sru': 'http://docs.oasis-open.org/ns/search-ws/sruResponse' },
        el(
          'sru:records',
          {},
          ...Array.from({ length: 1 + extra }, () =>
            el(
              'sru:record',
              {},
              el(
                'sru:recordData',
                {},
                el(
                  'gzd:gzd',
                  {},
                  el(
                    'gzd:originalData',
                    {},
                    el(
                      'meta',
                      {},
                      el(
                        'owmskern',
                        {},
                        ...properties.map(([name, value]) => el(name.replace(/^.*\./, 'dcterms:'), {}, value)),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
);
