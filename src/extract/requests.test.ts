/**
 * Tests of requests: committee and member requests in letters, motions carried out,
 * earlier promises kept, questions answered, the requests a motion, Handelingen, written
 * questions, a list of questions and answers and a reply to a report are in themselves,
 * references inline and in footnotes, negatives, and robustness on long text.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paper, ref } from '../../test/support/extract-papers.ts';
import { findAskers } from './askers.ts';
import { extractRequests } from './requests.ts';

describe('findAskers', () => {
  it('should name committees, members, the Kamer and parties as requests write them', () => {
    const doc = paper('brief', []);
    const text =
      'De Vaste commissie voor Sociale Zaken en Werkgelegenheid, het lid Kroosberg (ZWP), de leden Omtzigt (CDA), Gesthuizen (SP) en Schouw, uw Kamer en de leden van de D66-fractie';
    assert.deepEqual(
      findAskers(text, doc).map((a) => [a.kind, a.label]),
      [
        ['committee', 'vaste commissie voor Sociale Zaken en Werkgelegenheid'],
        ['member', 'het lid Kroosberg'],
        ['member', 'de leden Omtzigt, Gesthuizen en Schouw'],
        ['kamer', 'Tweede Kamer'],
        ['fractie', 'leden van de D66-fractie'],
      ],
    );
  });
});

describe('extractRequests in a letter', () => {
  it('should read a committee request with its date and what it asks', () => {
    const doc = paper('brief', [
      'Op 9 april 2015 is door de vaste commissie voor Sociale Zaken en Werkgelegenheid verzocht om een verslag van het werkbezoek dat ik op 24 en 25 maart jl. aan Marokko bracht om te spreken over integratie.',
    ]);
    assert.deepEqual(extractRequests(doc), [
      {
        date: '2015-04-09',
        by: 'vaste commissie voor Sociale Zaken en Werkgelegenheid',
        asks: 'een verslag van het werkbezoek dat ik op 24 en 25 maart jl. aan Marokko bracht',
        kind: 'committee',
      },
    ]);
  });

  it('should read "heeft … mij gevraagd", "het verzoek van uw Kamer om …" and "op uw verzoek"', () => {
    const doc = paper(
      'brief',
      [
        'Naar aanleiding van de onderzoeken heeft Uw vaste commissie voor Binnenlandse Zaken mij op 9 april jl. gevraagd wanneer zij de uitwerking kan ontvangen.',
        'Met deze brief voldoe ik aan het verzoek van uw Kamer van vrijdag 17 juni jongstleden om meer inzicht te geven in de ramingen.',
        'Hierbij bied ik u op uw verzoek het rapport «Wie praat, die gaat» aan.',
        'Tijdens de regeling van werkzaamheden van 4 februari 2025 heeft het lid Kroosberg verzocht om een brief over de sluizen.',
      ],
      { date: '2025-05-27' },
    );
    assert.deepEqual(extractRequests(doc), [
      {
        date: '2025-04-09',
        by: 'vaste commissie voor Binnenlandse Zaken',
        asks: 'wanneer zij de uitwerking kan ontvangen',
        kind: 'committee',
      },
      { date: '2024-06-17', by: 'Tweede Kamer', asks: 'meer inzicht te geven in de ramingen', kind: 'other' },
      { date: null, by: 'Tweede Kamer', asks: 'het rapport «Wie praat, die gaat»', kind: 'other' },
      { date: '2025-02-04', by: 'het lid Kroosberg', asks: 'een brief over de sluizen', kind: 'other' },
    ]);
  });

  it('should read a committee letter answered, a request answered, and questions of a committee', () => {
    const doc = paper(
      'brief',
      [
        'In antwoord op de brief van 31 maart 2010 van de vaste commissie voor VROM beschouw ik het als een zaak van het nieuwe kabinet.',
        'Naar aanleiding van uw verzoek van 3 maart 2010 stuur ik u hierbij het rapport «Waterkwaliteit».',
        'Hierbij zend ik u de antwoorden op de vragen van de vaste commissie voor Financiën over de begroting.',
      ],
      { date: '2010-04-20' },
    );
    assert.deepEqual(extractRequests(doc), [
      {
        date: '2010-03-31',
        by: 'vaste commissie voor VROM',
        asks: 'de brief van 31 maart 2010 van de vaste commissie voor VROM',
        kind: 'committee',
      },
      { date: '2010-03-03', by: 'Tweede Kamer', asks: 'het rapport «Waterkwaliteit»', kind: 'other' },
      { date: null, by: 'vaste commissie voor Financiën', asks: 'de begroting', kind: 'committee' },
    ]);
  });

  it("should not take the author's own asking or a pointer back for a request", () => {
    const doc = paper('brief', [
      'Tijdens mijn bezoek heb ik aandacht gevraagd voor de terugkeer. Afgelopen februari heb ik de Raad verzocht om een zienswijze.',
      'Met deze brief voldoe ik aan dat verzoek. Gezien de grote hoeveelheid verzoeken uit uw Kamer heb ik meer tijd nodig.',
    ]);
    assert.deepEqual(extractRequests(doc), []);
  });

  it('should read a motion carried out, completed by what it asks, with its reference', () => {
    const doc = paper(
      'brief',
      [
        'Tevens geef ik uitvoering aan de gewijzigde motie-Kroosberg c.s. (Kamerstuk 99 101, nr. 6), die uw Kamer op 22 april 2025 heeft aangenomen.',
        'De motie verzoekt de regering het aantal laadpunten voor 1 januari 2026 te verdubbelen.',
        'Dezelfde wens sprak al uit de motie-Van Wierum en Heggeman (Kamerstuk 99 101, nr. 5).',
        'Met de eerste maatregel geef ik uitvoering aan de motie-Van Wierum over de winterbediening (Kamerstuk 99 104 XII, nr. 12).',
      ],
      {
        references: [
          ref('kst-99101-6', 'Kamerstuk 99 101, nr. 6'),
          ref('kst-99101-5', 'Kamerstuk 99 101, nr. 5'),
          ref('kst-99104-XII-12', 'Kamerstuk 99 104 XII, nr. 12'),
        ],
      },
    );
    assert.deepEqual(extractRequests(doc), [
      {
        date: '2025-04-22',
        by: 'het lid Kroosberg c.s.',
        asks: 'het aantal laadpunten voor 1 januari 2026 te verdubbelen',
        kind: 'motion',
        reference: 'kst-99101-6',
      },
      {
        date: null,
        by: 'het lid Van Wierum',
        asks: 'motie-Van Wierum over de winterbediening',
        kind: 'motion',
        reference: 'kst-99104-XII-12',
      },
    ]);
  });

  it('should read earlier promises kept or mentioned, with the footnote that cites them', () => {
    const doc = paper(
      'brief',
      [
        {
          kind: 'paragraph',
          text: 'Met deze brief geef ik invulling aan de toezegging die ik tijdens het commissiedebat van 26 maart 2025 heb gedaan, om uw Kamer voor de zomer te informeren over de proef. Met deze brief geef ik invulling aan die toezegging.',
          footnoteRefs: ['1'],
        },
        'In mijn brief van 27 november 2025 (Kamerstuk 99 101, nr. 9) heb ik toegezegd uw Kamer voor de zomer van 2026 te informeren over Friesland.',
        'In het najaar ontvangt u ook de uitwerking van het actieplan, zoals ik in het commissiedebat heb toegezegd.',
        'In de brief vindt u updates over een aantal moties en toezeggingen. Er is een toezegging gedaan.',
      ],
      {
        references: [
          ref('kst-99101-9', 'Kamerstuk 99 101, nr. 9'),
          ref('kst-99101-3', 'Kamerstuk 99 101, nr. 3', 'footnote 1'),
        ],
      },
    );
    assert.deepEqual(extractRequests(doc), [
      {
        date: '2025-03-26',
        by: null,
        asks: 'uw Kamer voor de zomer te informeren over de proef',
        kind: 'commitment',
        reference: 'kst-99101-3',
      },
      {
        date: '2025-11-27',
        by: null,
        asks: 'uw Kamer voor de zomer van 2026 te informeren over Friesland',
        kind: 'commitment',
        reference: 'kst-99101-9',
      },
      {
        date: null,
        by: null,
        asks: 'In het najaar ontvangt u ook de uitwerking van het actieplan',
        kind: 'commitment',
      },
    ]);
  });

  it('should read questions the letter answers, not questions answered before', () => {
    const doc = paper('brief', [
      'Hierbij beantwoord ik de vragen van het lid Kroosberg (ZWP) over het vastlopen van een schip (ingezonden 23 september 2025).',
      'Eerder beantwoordde ik de schriftelijke vragen van het lid Brasem over hetzelfde voorval.',
    ]);
    assert.deepEqual(extractRequests(doc), [
      { date: '2025-09-23', by: 'het lid Kroosberg', asks: 'het vastlopen van een schip', kind: 'question' },
    ]);
  });

  it('should read nothing in papers the government does not write', () => {
    const text = 'Op 9 april 2015 is door de vaste commissie voor Financiën verzocht om een brief.';
    for (const type of ['verslag', 'amendement', 'voorstel-van-wet']) {
      assert.deepEqual(extractRequests(paper(type, [text], { sender: null })), [], type);
    }
  });
});

describe('extractRequests on long and strange text', () => {
  it('should finish on 200 kB paragraphs without stops or full of anchors', () => {
    const pieces = [
      'is door de vaste commissie voor Sociale Zaken verzocht om een brief ',
      'de motie-Kroosberg c.s. verzoekt de regering ',
      'de toezegging die ik heb toegezegd om (Kamerstuk 1 2 3 ',
      'verzoekt de regering, de minister van Financiën, ',
      'Deze motie is voorgesteld door het lid X ',
    ];
    for (const type of ['brief', 'motie', 'handelingen', 'lijst-van-vragen-en-antwoorden', 'antwoord-kamervragen']) {
      for (const piece of pieces) {
        const text = piece.repeat(Math.ceil(200_000 / piece.length));
        const doc = paper(type, [text, { kind: 'answer', text }]);
        assert.ok(Array.isArray(extractRequests(doc)));
        assert.deepEqual(doc.warnings, []);
      }
    }
  });

  it('should read many requests in one long paragraph, each once', () => {
    let text = '';
    for (let i = 0; text.length < 200_000; i++) {
      text += `Op 9 april 2015 heeft de vaste commissie voor Financiën verzocht om brief ${i}. `;
    }
    const found = extractRequests(paper('brief', [text]));
    assert.equal(found.length, text.split('. ').length - 1);
    assert.equal(found[0]?.date, '2015-04-09');
  });

  it('should never throw on strange content', () => {
    const strange = ['', '.', 'verzoekt', 'motie-', 'toezegging om', '«verzoekt de regering', '((((', 'Zij krijgt nr.'];
    for (const type of [
      'brief',
      'motie',
      'handelingen',
      'kamervragen',
      'antwoord-kamervragen',
      'verslag-schriftelijk-overleg',
    ]) {
      const doc = paper(type, strange, { date: null });
      assert.ok(Array.isArray(extractRequests(doc)));
      assert.deepEqual(doc.warnings, []);
    }
  });
});
