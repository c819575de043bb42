/**
 * Tests of commitments: which sentences promise (`commitment-cues.ts`), which papers and
 * parts of papers are read, the author label, due and deadline on the commitment, and
 * robustness on long and strange text.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Block, type Document, emptyDocument, type Sender } from '../model/index.ts';
import { authorLabel } from './author.ts';
import { commitmentCue } from './commitment-cues.ts';
import { extractCommitments } from './commitments.ts';

const MINISTER: Sender = { role: 'minister', portfolio: 'Sociale Zaken en Werkgelegenheid', name: 'L.F. Asscher' };

function paper(type: string, blocks: Array<string | Block>, sender: Sender | null = MINISTER): Document {
  const doc = emptyDocument({ format: 'text', sha256: '0' });
  doc.type = type;
  doc.date = '2025-05-28';
  doc.sender = sender;
  doc.blocks = blocks.map((b) => (typeof b === 'string' ? { kind: 'paragraph', text: b } : b));
  return doc;
}

describe('commitmentCue', () => {
  const PROMISES: string[] = [
    'Ik zal uw Kamer voor de zomer informeren over de uitkomsten.',
    'Vanzelfsprekend zal ik u van het resultaat van de conferentie op de hoogte stellen.',
    'Wij zullen uw Kamer na afloop van de proef informeren over de eindevaluatie.',
    'Het kabinet zal de regeling in 2026 aanpassen.',
    'Daarnaast zal de regering een wetsvoorstel indienen.',
    'In de komende periode zal met de Marokkaanse autoriteiten worden gesproken.',
    'In het kader van uitwisseling van kennis zal Nederland bijeenkomsten bijwonen.',
    'Dit betekent dat ik het beleid op korte termijn zal publiceren.',
    'Ik zeg daarbij toe dat de eerste rapportage uw Kamer voor 1 juli 2027 bereikt.',
    'Dat zeg ik toe: voor de zomer ontvangt u een brief.',
    'Ik ben voornemens deze brief voor het zomerreces naar uw Kamer te sturen.',
    'Wij streven ernaar het onderzoek in september 2021 te laten afronden.',
    'Ik verwacht dit voorstel na de zomer bij uw Kamer in te dienen.',
    'Ik verwacht u de uitkomst in april 2026 te kunnen sturen.',
    'Uw Kamer zal in het voorjaar van 2022 een appreciatie van de zienswijze ontvangen.',
    'Een meer gedetailleerde toelichting zal u iets later toegaan.',
    'Ik zal in de tussenstand van de proef ingaan op de vraag of de afspraken volstaan.',
    'Ik ga de provincies vragen de sluizen langer te bedienen.',
    'Ik kom daarop terug in de uitwerking van het actieplan, die uw Kamer in het najaar ontvangt.',
    'Ik kom hier in het voorjaar op terug.',
    'Ik houd uw Kamer van de voortgang op de hoogte.',
    'Het jaarverslag kunt u in de loop van oktober tegemoet zien.',
    'U kunt een reactie verwachten binnen de wettelijke termijn.',
    'Ik neem uw suggesties mee in de evaluatie van de regeling.',
    'De bevindingen van de inspectie betrek ik bij de herziening van het beleid.',
    'Ik verwacht in het najaar een eerste rapportage te leveren.',
    'Over dat advies zal ook de Raad voor het Openbaar Bestuur worden gehoord.',
    'Het kabinet is van plan de regeling met twee jaar te verlengen.',
  ];
  for (const sentence of PROMISES) {
    it(`should read a promise in ${JSON.stringify(sentence.slice(0, 50))}`, () => {
      assert.ok(commitmentCue(sentence) === 'promise' || commitmentCue(sentence) === 'future');
    });
  }

  const PRESENT: string[] = [
    'In het najaar ontvangt u de uitwerking van het actieplan.',
    'Na de zomer ontvangt u de evaluatie.',
    'In het najaar komt de uitwerking van het actieplan naar de Kamer.',
    'Om inwoners weer dichtbij boeken te laten lenen, start ik op 1 september 2025 een proef.',
    'Uiterlijk in december breng ik u op de hoogte van de conclusies.',
    'Uw Kamer wordt uiterlijk maart geïnformeerd over de uitkomst.',
    'Een uitwerking volgt later dit jaar in een aparte brief.',
  ];
  for (const sentence of PRESENT) {
    it(`should read a present-tense promise in ${JSON.stringify(sentence.slice(0, 50))}`, () => {
      assert.equal(commitmentCue(sentence), 'present');
    });
  }

  const PASSIVE: string[] = [
    'De cijfers over 2026 worden in het voorjaar van 2027 opgenomen in de jaarrapportage.',
    'Het eindrapport wordt na de zomer aan uw Kamer toegezonden.',
    'Dit houdt in dat de monitor in het najaar van 2025 wordt gepubliceerd.',
  ];
  for (const sentence of PASSIVE) {
    it(`should read a passive promise of publishing in ${JSON.stringify(sentence.slice(0, 50))}`, () => {
      assert.equal(commitmentCue(sentence), 'passive');
    });
  }

  const NOT: string[] = [
    'Bent u bereid de Kamer te informeren over de uitkomst?',
    'Mocht de wet niet tijdig in werking treden, dan zal de AWBZ het kader vormen.',
    'Ik zou de Kamer graag informeren.',
    'Tegen deze achtergrond zal ik niet aan uw verzoek tegemoet komen.',
    'In deze brief zal ik ingaan op de motie.',
    'Vervolgens zal ik ingaan op het advies van de Afdeling.',
    'In deze brief zal worden ingegaan op de leveringszekerheid.',
    'Daarbij zal ik gelijk een korte reactie geven (hoofdstuk 1).',
    'Hierbij ontvangt u het rapport.',
    'Met deze brief informeer ik uw Kamer over de proef.',
    'De Nationale Omgevingsvisie, die op deze startnota volgt, zal hieraan uiting geven.',
    'Thans kan ik u de ontwerpregeling aanbieden zoals die zal worden ingevoerd.',
    'Het onderzoek zal worden uitgevoerd door de Inspectie.',
    'de vervolgstappen die het kabinet zal nemen, vinden wij belangrijk.',
    'de Permanent Vertegenwoordiger zal Nederland vertegenwoordigen tijdens deze Raad.',
    'De provincie plaatst daarom een tweede bedienaar in Sneek.',
    'Ik heb toegezegd uw Kamer voor de zomer te informeren.',
    'Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.',
    'Ik ga er van uit dat ik met deze brieven aan mijn toezegging heb voldaan.',
    'Ik verwacht dat de provincie de kosten draagt.',
    'In de rapportage gaan we ook in op de stand van de uitvoering van moties.',
    'Ik ga er van uit dat de provincies meedoen.',
    'Zoals u kunt verwachten, is de belangstelling groot.',
    'Ik kom hier verderop in deze brief op terug.',
    'Ik betrek daarbij de antwoorden in het schriftelijk overleg.',
    'Hieruit volgt dat de regeling werkt.',
    'In deze brief neem ik de aanbevelingen mee bij de afweging.',
    'De gemeente houdt de bewoners op de hoogte.',
    'De cijfers worden in het voorjaar door het CBS gepubliceerd.',
    'In 2019 werd het rapport aan uw Kamer toegezonden.',
  ];
  for (const sentence of NOT) {
    it(`should read no promise in ${JSON.stringify(sentence.slice(0, 50))}`, () => {
      assert.equal(commitmentCue(sentence), null);
    });
  }
});

describe('authorLabel', () => {
  it('should build the label from the sender, or take the printed signature', () => {
    assert.equal(authorLabel({ sender: MINISTER, signatories: [] }), 'Minister van Sociale Zaken en Werkgelegenheid');
    const voor: Sender = { role: 'minister', portfolio: 'Immigratie en Asiel', name: 'G. Leers' };
    assert.equal(
      authorLabel({ sender: voor, signatories: [{ name: 'G. Leers', role: 'Minister voor Immigratie en Asiel' }] }),
      'Minister voor Immigratie en Asiel',
    );
    const pm: Sender = { role: 'minister-president', portfolio: 'Algemene Zaken', name: null };
    assert.equal(authorLabel({ sender: pm, signatories: [] }), 'Minister-President, Minister van Algemene Zaken');
    assert.equal(
      authorLabel({
        sender: { role: 'ministerie', portfolio: 'Financiën', name: null },
        signatories: [{ name: 'X', role: 'staatssecretaris van Financiën, mede namens de minister' }],
      }),
      'Staatssecretaris van Financiën',
    );
    assert.equal(authorLabel({ sender: { role: 'lid', portfolio: null, name: 'X' }, signatories: [] }), null);
  });
});

describe('extractCommitments', () => {
  it('should give each promising sentence of a letter with its author and due', () => {
    const doc = paper('brief', [
      'Met deze brief informeer ik u over de proef. Ik zal uw Kamer voor de zomer van 2025 informeren over de uitkomsten.',
      'In het najaar ontvangt u de uitwerking. Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.',
      { kind: 'heading', text: 'Ik zal het kopje niet lezen' },
      { kind: 'quote', text: 'verzoekt de regering, de Kamer voor de zomer te informeren en zal dat doen,' },
    ]);
    assert.deepEqual(extractCommitments(doc), [
      {
        text: 'Ik zal uw Kamer voor de zomer van 2025 informeren over de uitkomsten.',
        by: 'Minister van Sociale Zaken en Werkgelegenheid',
        due: '2025-07-01',
        deadline: '2025-06-30',
      },
      {
        text: 'In het najaar ontvangt u de uitwerking.',
        by: 'Minister van Sociale Zaken en Werkgelegenheid',
        due: '2025-Q4',
        deadline: '2025-12-31',
      },
    ]);
  });

  it('should read nothing in what members and the Kamer write', () => {
    for (const type of ['motie', 'amendement', 'verslag', 'kamervragen', 'voorstel-van-wet']) {
      const doc = paper(type, ['Ik zal uw Kamer voor de zomer informeren.'], {
        role: 'lid',
        portfolio: null,
        name: 'X',
      });
      assert.deepEqual(extractCommitments(doc), [], type);
    }
  });

  it('should read only the answers of a list of questions and answers, by the minister it names', () => {
    const doc = paper(
      'lijst-van-vragen-en-antwoorden',
      [
        'De vaste commissie voor Infrastructuur en Waterstaat heeft een aantal vragen voorgelegd aan de Minister van Infrastructuur en Waterstaat over de brief.',
        { kind: 'question', text: '1. Zal de minister de Kamer voor de zomer informeren?' },
        { kind: 'answer', text: 'Ja. Ik zal uw Kamer voor de zomer informeren.' },
      ],
      null,
    );
    assert.deepEqual(
      extractCommitments(doc).map((c) => [c.text, c.by]),
      [['Ik zal uw Kamer voor de zomer informeren.', 'Minister van Infrastructuur en Waterstaat']],
    );
  });

  it("should take a debate's recorded commitments, else the government's turns", () => {
    const recorded = paper(
      'verslag-commissiedebat',
      [
        'De vaste commissie heeft overleg gevoerd met de heer Oeverman, Minister van Infrastructuur en Waterstaat, over:',
        'Minister Oeverman:',
        'Dat zeg ik toe: voor de zomer ontvangt u een brief.',
        'Ik heb de volgende toezeggingen genoteerd.',
        { kind: 'list-item', text: '– De minister informeert de Kamer voor de zomer van 2025 over de proef.' },
        'Sluiting 15.10 uur.',
      ],
      null,
    );
    assert.deepEqual(extractCommitments(recorded), [
      {
        text: 'De minister informeert de Kamer voor de zomer van 2025 over de proef.',
        by: 'Minister van Infrastructuur en Waterstaat',
        due: '2025-07-01',
        deadline: '2025-06-30',
      },
    ]);
    const turns = paper(
      'handelingen',
      [
        'De heer Stuwdijk (BVP):',
        'Ik zal tegen stemmen.',
        'Minister Oeverman:',
        'Ik zeg daarbij toe dat de rapportage uw Kamer voor 1 juli 2027 bereikt.',
        'De voorzitter:',
        'Ik zal de vergadering sluiten.',
      ],
      null,
    );
    assert.deepEqual(
      extractCommitments(turns).map((c) => [c.text, c.by, c.due]),
      [['Ik zeg daarbij toe dat de rapportage uw Kamer voor 1 juli 2027 bereikt.', 'Minister Oeverman', '2027-07-01']],
    );
  });

  it('should take the passive present of publishing only with a time to come', () => {
    const found = extractCommitments(
      paper('brief', [
        'De monitor wordt elk jaar gepubliceerd. De cijfers over 2025 worden in het voorjaar van 2026 opgenomen in de jaarrapportage.',
      ]),
    );
    assert.deepEqual(
      found.map((c) => [c.text, c.due]),
      [['De cijfers over 2025 worden in het voorjaar van 2026 opgenomen in de jaarrapportage.', '2026-Q2']],
    );
  });

  it('should give a sentence repeated once', () => {
    const doc = paper('brief', ['Ik zal u informeren. Ik zal u informeren.', 'Ik zal u informeren.']);
    assert.equal(extractCommitments(doc).length, 1);
  });

  it('should finish on a 200 kB paragraph without stops and on one of many promises', () => {
    const run = paper('brief', [
      'ik zal de motie-Kroosberg verzoekt de regering toegezegd zodra in het najaar '.repeat(2700),
    ]);
    assert.deepEqual(extractCommitments(run), []);
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += `Ik zal u in het najaar van 2025 informeren over punt ${i}. `;
    const many = paper('brief', [text]);
    const found = extractCommitments(many);
    assert.equal(found.length, text.split('. ').length - 1);
    assert.equal(found[0]?.due, '2025-Q4');
  });

  it('should never throw on strange content', () => {
    const strange = ['', '.', '?!', '(((((', ')', '«»', 'zal', 'Ik zal', '\u0000\uffff', 'Minister X:'.repeat(500)];
    for (const type of ['brief', 'handelingen', 'verslag-commissiedebat', 'lijst-van-vragen-en-antwoorden']) {
      const doc = paper(type, strange);
      doc.date = null;
      assert.ok(Array.isArray(extractCommitments(doc)));
      assert.deepEqual(doc.warnings, []);
    }
  });
});
