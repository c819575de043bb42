import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutText } from './layout.ts';
import type { PdfLine, PdfPage, PdfWord } from './types.ts';

/** A line set at baseline `y` in `size`-point type from `x`, words spaced as in Helvetica. */
function line(text: string, y: number, size: number, x = 170): PdfLine {
  const words: PdfWord[] = [];
  let at = x;
  for (const word of text.split(' ')) {
    const width = word.length * size * 0.5;
    words.push({ text: word, x0: at, x1: at + width, top: y - 0.8 * size, bottom: y + 0.2 * size, size });
    at += width + size * 0.28;
  }
  return { text, words };
}

const FILLER = [
  'Dit is de tekst van een fictief voorbeeld van een Kamerstuk, in de letter',
  'van de romp: meer tekens dan alle noten samen, zoals op elke echte pagina.',
];

/** Lines of body type from baseline `y`, followed by two lines of filler. */
function body(y: number, ...texts: string[]): PdfLine[] {
  return [...texts, ...FILLER].map((text, i) => line(text, y + i * 14.25, 11));
}

const FILLER_TEXT = `${FILLER.join('\n')}\n`;

const FOOTER = line('Tweede Kamer, vergaderjaar 2024–2025, 99 123, nr. 4 1', 797, 8);

describe('layoutText', () => {
  it('should move the smaller notes below the body after the last page, one a line', () => {
    const page: PdfPage = {
      lines: [
        ...body(100, 'Het fictieve voorbeeld van 3 februari 20251 beschrijft', 'de pilots in vijf gemeenten.'),
        line('1 Kamerstuk 99 123, nr. 3', 755, 8.5),
        FOOTER,
      ],
    };
    assert.equal(
      layoutText([page]),
      `Het fictieve voorbeeld van 3 februari 20251 beschrijft\nde pilots in vijf gemeenten.\n${FILLER_TEXT}` +
        'Tweede Kamer, vergaderjaar 2024–2025, 99 123, nr. 4 1\n\f1 Kamerstuk 99 123, nr. 3\n',
    );
  });

  it('should find the notes wherever they stand in the content order', () => {
    const page: PdfPage = {
      lines: [
        line('2 Kamerstuk 99 123, nr. 2', 765.5, 8.5),
        line('1 Kamerstuk 99 123, nr. 1', 755, 8.5),
        ...body(100, 'De brieven1 van de minister2 zijn een fictief voorbeeld.'),
        FOOTER,
      ],
    };
    assert.match(
      layoutText([page]),
      /^De brieven1 [^\n]+\n(?:[^\n]+\n){2}Tweede Kamer[^\n]+\n\f1 Kamerstuk 99 123, nr\. 1\n2 Kamerstuk/,
    );
  });

  it('should join the wrapped lines of a note, undoing a hyphen between lower-case letters', () => {
    const page: PdfPage = {
      lines: [
        ...body(100, 'Zie het rapport1.'),
        line('1 Het fictieve rapport over de samenwerkings-', 744.5, 8.5),
        line('verbanden van gemeenten, Noord-', 755, 8.5),
        line('Holland en Zeeland.', 765.5, 8.5),
      ],
    };
    assert.equal(
      layoutText([page]).split('\f')[1],
      '1 Het fictieve rapport over de samenwerkingsverbanden van gemeenten, Noord- Holland en Zeeland.\n',
    );
  });

  it('should continue a note that runs on to the foot of the next page', () => {
    const pages: PdfPage[] = [
      { lines: [...body(100, 'Eerste pagina1.'), line('1 Een fictieve noot die doorloopt', 755, 8.5)] },
      {
        lines: [
          ...body(100, 'Tweede pagina2.'),
          line('op de volgende pagina.', 744.5, 8.5),
          line('2 Tweede noot.', 755, 8.5),
        ],
      },
    ];
    assert.equal(
      layoutText(pages),
      `Eerste pagina1.\n${FILLER_TEXT}\fTweede pagina2.\n${FILLER_TEXT}\f` +
        '1 Een fictieve noot die doorloopt op de volgende pagina.\n2 Tweede noot.\n',
    );
  });

  it('should end the notes of a page at the furniture and at small print that stands apart', () => {
    const furniture: PdfPage = {
      lines: [
        ...body(100, 'Zie de noot1.'),
        line('1 Kamerstuk 99 123, nr. 3', 744.5, 8.5),
        line('Tweede Kamer, vergaderjaar 2024–2025, 99 123, nr. 4 1', 755, 8.5),
      ],
    };
    const apart: PdfPage = {
      lines: [
        ...body(100, 'En de noot2.'),
        line('2 Kamerstuk 99 123, nr. 2', 744.5, 8.5),
        line('Losse kleine letters.', 790, 8.5),
      ],
    };
    assert.equal(
      layoutText([furniture, apart]),
      `Zie de noot1.\n${FILLER_TEXT}Tweede Kamer, vergaderjaar 2024–2025, 99 123, nr. 4 1\n\f` +
        `En de noot2.\n${FILLER_TEXT}Losse kleine letters.\n\f1 Kamerstuk 99 123, nr. 3\n2 Kamerstuk 99 123, nr. 2\n`,
    );
  });

  it('should leave small print without a marker, small print above the body and body type where they are', () => {
    const lines = [
      line('1 Een kleine kop boven de tekst', 80, 8.5),
      ...body(100, 'De tabel hieronder is een fictief voorbeeld.', '3 miljoen euro voor de pilots in 2025.'),
      line('Bron: fictief voorbeeld', 755, 8.5),
      line('2 Een regel na de bron', 765.5, 8.5),
    ];
    assert.equal(layoutText([{ lines }]), `${lines.map((l) => l.text).join('\n')}\n\f`);
  });

  it('should leave a numbered list in small print where it is when the body cites no such marker', () => {
    const lines = [
      ...body(100, 'De gemeenten van het fictieve voorbeeld staan hieronder.'),
      line('1 Amersfoort', 744.5, 8.5),
      line('2 Zwolle', 755, 8.5),
    ];
    assert.equal(layoutText([{ lines }]), `${lines.map((l) => l.text).join('\n')}\n\f`);
  });

  it('should keep a wrapped line of a note that starts with a number in that note', () => {
    const page: PdfPage = {
      lines: [
        ...body(100, 'Zie de brief1 van de minister.'),
        line('1 Brief van de minister van', 744.5, 8.5),
        line('12 mei 2025 over het fictieve voorbeeld.', 755, 8.5),
      ],
    };
    assert.equal(
      layoutText([page]).split('\f')[1],
      '1 Brief van de minister van 12 mei 2025 over het fictieve voorbeeld.\n',
    );
  });

  it('should leave the text as the extractor gave it when the lines have no geometry', () => {
    const lines = ['Tekst van een fictief voorbeeld1.', '1 Kamerstuk 99 123, nr. 3'].map((text) => ({
      text,
      words: [],
    }));
    assert.equal(
      layoutText([{ lines }, { lines: [] }]),
      'Tekst van een fictief voorbeeld1.\n1 Kamerstuk 99 123, nr. 3\n\f\f',
    );
  });

  it('should rejoin a line that pdftotext broke after a raised marker', () => {
    const before = line('op 6 mei 2015', 300, 11);
    const last = before.words[before.words.length - 1] as PdfWord;
    const marker: PdfWord = { text: '1', x0: last.x1, x1: last.x1 + 3.9, top: 292, bottom: 298, size: 7 };
    const after = line('separaat ontving.', 300, 11, marker.x1 + 3);
    const glued = line('. Het vervolg.', 314.25, 11);
    const page: PdfPage = { lines: [{ text: 'op 6 mei 20151', words: [...before.words, marker] }, after, glued] };
    assert.equal(layoutText([page]), 'op 6 mei 20151 separaat ontving.\n. Het vervolg.\n\f');
  });
});
