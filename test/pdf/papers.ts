/**
 * A fictional printed Kamerstuk (a letter on dossier 99 123, "fictief voorbeeld")
 * laid out as the official PDFs are: masthead, dossier and number in the left column,
 * body in 11-point type, footnotes in 8.5-point type at the foot of the page with
 * raised markers in the body, running footer and colophon in smaller type still.
 * Options move the footnotes to the start of the content stream, lengthen one to
 * six lines, or run one on to the next page.
 *
 * @module
 */
import type { PageSpec, PdfSpec, Span, TextLine } from './make-pdf.ts';

/** How to lay out the fictional letter. */
export interface PaperOptions {
  /** Write the footnotes before the body in the content stream. */
  notesFirst?: boolean;
  /** Make footnote 2 six lines long. */
  longNote?: boolean;
  /** Let footnote 2 run on to the foot of page 2. */
  splitNote?: boolean;
}

const BODY = 11;
const NOTE = 8.5;
const LEADING = 14.25;
const LEFT = 71;
const COLUMN = 170;

const marker = (n: string): Span => ({ text: n, size: 7, rise: 3.5 });

function body(y: number, lines: Array<string | Span[]>): TextLine[] {
  return lines.map((line, i) => ({
    x: COLUMN,
    y: y + i * LEADING,
    size: BODY,
    ...(typeof line === 'string' ? { text: line } : { spans: line }),
  }));
}

function notes(bottom: number, lines: string[]): TextLine[] {
  return lines.map((text, i) => ({ x: COLUMN, y: bottom - (lines.length - 1 - i) * 10.5, size: NOTE, text }));
}

function furniture(page: number): TextLine[] {
  const lines: TextLine[] = [
    { x: COLUMN, y: 797, size: 8, text: 'Tweede Kamer, vergaderjaar 2024–2025, 99 123, nr. 4' },
    { x: 520, y: 797, size: 8, text: String(page) },
  ];
  if (page === 1) {
    lines.push(
      { x: LEFT, y: 777, size: 7, text: 'kst-99123-4' },
      { x: LEFT, y: 786, size: 7, text: 'ISSN 0921 - 7371' },
      { x: LEFT, y: 795, size: 7, text: '’s-Gravenhage 2025' },
    );
  }
  return lines;
}

const HEADER: TextLine[] = [
  { x: LEFT, y: 58, size: 15, text: 'Tweede Kamer der Staten-Generaal' },
  { x: LEFT, y: 78, size: BODY, text: 'Vergaderjaar 2024–2025' },
  { x: LEFT, y: 160, size: BODY, text: '99 123' },
  { x: COLUMN, y: 160, size: BODY, text: 'Fictieve voorbeelden van parlementaire stukken' },
  { x: LEFT, y: 188, size: BODY, text: 'Nr. 4' },
  { x: COLUMN, y: 188, size: BODY, text: 'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN' },
  { x: COLUMN, y: 202, size: BODY, text: 'KONINKRIJKSRELATIES' },
  { x: COLUMN, y: 230, size: BODY, text: 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal' },
  { x: COLUMN, y: 258, size: BODY, text: 'Den Haag, 12 maart 2025' },
];

const PAGE_ONE_BODY = [
  ...body(286, [
    'Hierbij informeer ik uw Kamer, als fictief voorbeeld, over de voortgang',
    'van het programma voor digitale toegankelijkheid van de overheid. In',
    [{ text: 'mijn brief van 3 februari 2025' }, marker('1'), { text: ' heb ik toegezegd uw Kamer voor de' }],
    'zomer te informeren over de resultaten van de eerste pilots.',
  ]),
  ...body(354, [
    'De pilots zijn uitgevoerd in vijf gemeenten en twee provincies. De',
    'resultaten zijn bemoedigend: de meeste burgers vonden de digitale',
    [{ text: 'formulieren eenvoudiger dan de papieren versie' }, marker('2'), { text: '. Het samenwerkings-' }],
    'verband tussen gemeenten en provincies wordt daarom voortgezet.',
  ]),
];

const PAGE_TWO_BODY = [
  ...body(72, [
    'Ik verwacht uw Kamer in het najaar van 2025 te informeren over de',
    [{ text: 'landelijke uitrol, zoals verzocht in de motie van het lid Jansen' }, marker('3'), { text: '.' }],
  ]),
  ...body(120, ['De Minister van Binnenlandse Zaken en Koninkrijksrelaties,', 'J. de Vries']),
];

/** The footnotes the letter should yield, whatever the layout. */
export function expectedNotes(options: PaperOptions = {}): Array<{ marker: string; text: string }> {
  const second = options.longNote
    ? 'Zie het fictieve onderzoeksrapport «Digitaal en toegankelijk», dat als bijlage bij deze brief is gevoegd; het rapport beschrijft de opzet van de pilots, de gemeenten en provincies die eraan deelnamen, de vragen die aan de deelnemers zijn gesteld en de antwoorden die zij gaven, met een samenvatting per pilot.'
    : 'Zie het fictieve onderzoeksrapport «Digitaal en toegankelijk», bijlage bij deze brief.';
  return [
    { marker: '1', text: 'Kamerstuk 99 123, nr. 3' },
    { marker: '2', text: second },
    { marker: '3', text: 'Kamerstuk 99 123, nr. 2' },
  ];
}

function noteLines(options: PaperOptions): { first: string[]; second: string[] } {
  if (options.longNote) {
    return {
      first: [
        '1 Kamerstuk 99 123, nr. 3',
        '2 Zie het fictieve onderzoeksrapport «Digitaal en toegankelijk», dat als',
        'bijlage bij deze brief is gevoegd; het rapport beschrijft de opzet van de',
        'pilots, de gemeenten en provincies die eraan deelnamen, de vragen die',
        'aan de deelnemers zijn gesteld en de antwoorden die zij gaven, met een',
        'samenvatting per pilot.',
      ],
      second: ['3 Kamerstuk 99 123, nr. 2'],
    };
  }
  if (options.splitNote) {
    return {
      first: ['1 Kamerstuk 99 123, nr. 3', '2 Zie het fictieve onderzoeksrapport «Digitaal en toegankelijk»,'],
      second: ['bijlage bij deze brief.', '3 Kamerstuk 99 123, nr. 2'],
    };
  }
  return {
    first: [
      '1 Kamerstuk 99 123, nr. 3',
      '2 Zie het fictieve onderzoeksrapport «Digitaal en toegankelijk», bijlage bij',
      'deze brief.',
    ],
    second: ['3 Kamerstuk 99 123, nr. 2'],
  };
}

/**
 * The fictional letter as a two-page PDF spec.
 *
 * @example
 * makePdf(fictionalLetter({ notesFirst: true }));
 */
export function fictionalLetter(options: PaperOptions = {}): PdfSpec {
  const { first, second } = noteLines(options);
  const page = (content: TextLine[], foot: TextLine[], n: number): PageSpec => ({
    lines: options.notesFirst ? [...foot, ...content, ...furniture(n)] : [...content, ...foot, ...furniture(n)],
  });
  return {
    pages: [page([...HEADER, ...PAGE_ONE_BODY], notes(755, first), 1), page(PAGE_TWO_BODY, notes(755, second), 2)],
  };
}
