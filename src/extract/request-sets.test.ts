/**
 * Tests of the question sets a committee's paper puts (`request-sets.ts`), the motions
 * and earlier promises the questions of a list name, and the members' questions in the
 * report of a committee debate whose type the parser did not recognise.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paper } from '../../test/support/extract-papers.ts';
import type { Block } from '../model/index.ts';
import { questionSet } from './request-sets.ts';
import { extractRequests } from './requests.ts';

describe('questionSet', () => {
  it('should read the introduction of a written consultation with its subject and date', () => {
    const doc = paper(
      'verslag-schriftelijk-overleg',
      [
        'In de vaste commissie voor Infrastructuur en Waterstaat bestond bij enkele fracties de behoefte een aantal vragen en opmerkingen voor te leggen aan de minister van Infrastructuur en Waterstaat over de brief van 3 maart 2025 inzake de sluizen.',
        'De op 20 maart 2025 toegezonden vragen zijn met de antwoorden hieronder afgedrukt.',
      ],
      { sender: null },
    );
    assert.deepEqual(questionSet(doc), [
      {
        date: '2025-03-20',
        by: 'vaste commissie voor Infrastructuur en Waterstaat',
        asks: 'vragen en opmerkingen over de brief van 3 maart 2025 inzake de sluizen',
        kind: 'committee',
      },
    ]);
  });

  it('should read "heeft schriftelijk overleg gevoerd", a list of questions and a report on a bill', () => {
    const consulted = paper(
      'verslag-schriftelijk-overleg',
      [
        'De vaste commissie voor Financiën heeft schriftelijk overleg gevoerd met de minister van Financiën over de reserves van gemeenten.',
      ],
      { sender: null },
    );
    assert.equal(questionSet(consulted)[0]?.asks, 'schriftelijk overleg over de reserves van gemeenten');
    const list = paper(
      'lijst-van-vragen-en-antwoorden',
      [
        'De vaste commissie voor Financiën, belast met het voorbereidend onderzoek van dit voorstel van wet, heeft de eer verslag uit te brengen in de vorm van een lijst van vragen met de daarop gegeven antwoorden.',
      ],
      { sender: null },
    );
    assert.equal(questionSet(list)[0]?.by, 'vaste commissie voor Financiën');
    const report = paper(
      'verslag',
      [
        'De vaste commissie voor Financiën, belast met het voorbereidend onderzoek van dit wetsvoorstel, heeft de eer als volgt verslag uit te brengen van haar bevindingen.',
        'Onder het voorbehoud dat de regering de vragen in dit verslag tijdig zal beantwoorden, acht de commissie de behandeling voldoende voorbereid.',
      ],
      { sender: null },
    );
    assert.deepEqual(questionSet(report), [
      {
        date: null,
        by: 'vaste commissie voor Financiën',
        asks: 'Onder het voorbehoud dat de regering de vragen in dit verslag tijdig zal beantwoorden, acht de commissie de behandeling voldoende voorbereid',
        kind: 'committee',
      },
    ]);
  });

  it('should read no set where no sentence introduces one', () => {
    const doc = paper('verslag', ['De leden van de ZWP-fractie hebben kennisgenomen van het wetsvoorstel.'], {
      sender: null,
    });
    assert.deepEqual(questionSet(doc), []);
  });
});

describe('extractRequests in a list of questions and in a debate report', () => {
  it('should read a motion a question names once, with the answer that names it again', () => {
    const question: Block = {
      kind: 'question',
      text: 'Kunt u de Kamer informeren over de uitvoering van de motie Brasem/Van der Kroos inzake de bibliotheekschepen?',
    };
    const answer: Block = { kind: 'answer', text: 'De motie Brasem/van der Kroos is als volgt uitgevoerd.' };
    const doc = paper(
      'lijst-van-vragen-en-antwoorden',
      [
        'De vaste commissie voor Onderwijs, Cultuur en Wetenschap heeft een aantal vragen voorgelegd aan de minister over de bibliotheken.',
        question,
        answer,
      ],
      { sender: null },
    );
    const motions = extractRequests(doc).filter((r) => r.kind === 'motion');
    assert.deepEqual(motions, [
      {
        date: null,
        by: 'de leden Brasem en Van der Kroos',
        asks: 'motie Brasem/Van der Kroos inzake de bibliotheekschepen',
        kind: 'motion',
      },
    ]);
  });

  it('should read reported and direct questions in a debate report of no recognised type', () => {
    const doc = paper(
      'other',
      [
        'De vaste commissie voor Onderwijs, Cultuur en Wetenschap heeft op 23 juni 2025 overleg gevoerd met de minister over de bibliotheken.',
        'De heer Brasem (ZWP) vroeg of de bibliotheekschepen ook in Zeeland gaan varen. Is de minister bereid een derde schip te laten bouwen.',
        'Heeft de regering zicht op de kosten van het onderhoud? Wat een mooie schepen zijn het!',
      ],
      { sender: null },
    );
    assert.deepEqual(
      extractRequests(doc).map((r) => [r.by, r.asks]),
      [
        ['het lid Brasem', 'of de bibliotheekschepen ook in Zeeland gaan varen'],
        ['het lid Brasem', 'Is de minister bereid een derde schip te laten bouwen'],
        ['het lid Brasem', 'Heeft de regering zicht op de kosten van het onderhoud'],
      ],
    );
  });
});
