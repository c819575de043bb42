/**
 * Tests of the requests that papers are in themselves: a motion's operative parts, a
 * motion read out in Handelingen, written questions and the answers to them, the
 * committee's questions in a list of questions and answers, and a reply to a report.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paper, ref } from '../../test/support/extract-papers.ts';
import { extractRequests } from './requests.ts';

describe('extractRequests in papers that are requests', () => {
  it('should make each operative part of a motion a request by its submitters', () => {
    const doc = paper(
      'motie',
      [
        'De Kamer,',
        'gehoord de beraadslaging,',
        'constaterende dat de regering voornemens is te bezuinigen;',
        'verzoekt de regering om, het aantal laadpunten te verdubbelen en de Kamer voor de zomer te informeren,',
        'roept het kabinet op de sluizen langer te bedienen,',
        'en gaat over tot de orde van de dag.',
      ],
      { sender: { role: 'leden', portfolio: null, name: 'Kroosberg' }, date: '2025-04-22' },
    );
    doc.signatories = [
      { name: 'Kroosberg', role: 'lid' },
      { name: 'Brasem', role: 'lid' },
    ];
    assert.deepEqual(extractRequests(doc), [
      {
        date: '2025-04-22',
        by: 'de leden Kroosberg en Brasem',
        asks: 'het aantal laadpunten te verdubbelen en de Kamer voor de zomer te informeren',
        kind: 'motion',
      },
      { date: '2025-04-22', by: 'de leden Kroosberg en Brasem', asks: 'de sluizen langer te bedienen', kind: 'motion' },
    ]);
  });

  it('should read a motion read out in Handelingen, by the member the chair names', () => {
    const doc = paper(
      'handelingen',
      [
        'De heer Stuwdijk (BVP):',
        'Daarom dien ik de volgende motie in.',
        'De Kamer,',
        'verzoekt de regering, de Kamer jaarlijks te informeren over het register,',
        'en gaat over tot de orde van de dag.',
        'Deze motie is voorgesteld door het lid Stuwdijk. Zij krijgt nr. 9 (99102).',
      ],
      { sender: null, date: '2026-01-28', references: [ref('kst-99102-9', 'nr. 9 (99102)')] },
    );
    assert.deepEqual(extractRequests(doc), [
      {
        date: '2026-01-28',
        by: 'het lid Stuwdijk',
        asks: 'de Kamer jaarlijks te informeren over het register',
        kind: 'motion',
        reference: 'kst-99102-9',
      },
    ]);
  });

  it('should make written questions, and the answers to them, one request by the members', () => {
    const questions = paper('kamervragen', [{ kind: 'question', text: 'Bent u bekend met het bericht?' }], {
      sender: { role: 'lid', portfolio: null, name: 'Kroosberg' },
      date: '2025-09-23',
    });
    questions.subject = 'het vastlopen van een schip';
    questions.signatories = [{ name: 'Kroosberg', role: 'lid' }];
    assert.deepEqual(extractRequests(questions), [
      { date: '2025-09-23', by: 'het lid Kroosberg', asks: 'het vastlopen van een schip', kind: 'question' },
    ]);
    const answers = paper('antwoord-kamervragen', [
      { kind: 'question', text: 'Wanneer informeert u de Kamer?' },
      { kind: 'answer', text: 'Ik zal dat doen.' },
    ]);
    answers.subject = 'Antwoord op vragen van het lid Beckerman over de afhandeling van schade';
    answers.signatories = [{ name: 'Beckerman', role: 'lid' }];
    assert.deepEqual(extractRequests(answers), [
      { date: null, by: 'het lid Beckerman', asks: 'de afhandeling van schade', kind: 'question' },
    ]);
  });

  it("should read the parties' questions in a report, not their questions in their own words", () => {
    const report = paper(
      'verslag',
      [
        'De leden van de ZWP-fractie steunen de registratie, maar vragen of een termijn van twaalf maanden niet te kort is.',
        'De leden van de DRV-fractie hebben kennisgenomen van het wetsvoorstel. Zij vragen hoe de regering de administratieve last beperkt (Kamerstuk 99 102, nr. 3).',
        'De leden van de fractie van de PvdA vragen de regering, gelet op de motie, of zij bereid is de Kamer te informeren. Welke argumenten hebben daartoe geleid?',
      ],
      { sender: null, date: '2025-10-09' },
    );
    assert.deepEqual(extractRequests(report), [
      {
        date: '2025-10-09',
        by: 'leden van de ZWP-fractie',
        asks: 'of een termijn van twaalf maanden niet te kort is',
        kind: 'other',
      },
      {
        date: '2025-10-09',
        by: 'leden van de DRV-fractie',
        asks: 'hoe de regering de administratieve last beperkt',
        kind: 'other',
      },
      {
        date: '2025-10-09',
        by: 'leden van de fractie van de PvdA',
        asks: 'gelet op de motie, of zij bereid is de Kamer te informeren',
        kind: 'other',
      },
    ]);
  });

  it("should read members' questions to the government in a debate, not the minister's", () => {
    const woordverslag = paper(
      'verslag-commissiedebat',
      [
        'De vaste commissie heeft op 26 maart 2025 overleg gevoerd met de heer Oeverman, Minister van Infrastructuur en Waterstaat, over:',
        'Mevrouw Kroosberg (ZWP):',
        'Wie wacht er graag? Kan de minister toezeggen dat hij de Kamer informeert?',
        'Minister Oeverman:',
        'Mevrouw Kroosberg vraagt of ik de Kamer wil informeren. Kan de minister dat? Ja.',
      ],
      { sender: null, date: '2025-04-10' },
    );
    assert.deepEqual(extractRequests(woordverslag), [
      {
        date: '2025-03-26',
        by: 'het lid Kroosberg',
        asks: 'Kan de minister toezeggen dat hij de Kamer informeert',
        kind: 'other',
      },
    ]);
    const summary = paper(
      'verslag-commissiedebat',
      [
        'De heer Wessels (D66) merkte op dat decentralisatie goed is. Hij vroeg de minister of de regiovisie wordt geëvalueerd.',
      ],
      { sender: null, date: '1998-02-19' },
    );
    assert.deepEqual(extractRequests(summary), [
      { date: '1998-02-19', by: 'het lid Wessels', asks: 'of de regiovisie wordt geëvalueerd', kind: 'other' },
    ]);
  });

  it("should read the committee's questions of a list of questions and answers, and a reply to a report", () => {
    const list = paper(
      'verslag-schriftelijk-overleg',
      [
        'De vaste commissie voor Infrastructuur en Waterstaat heeft een aantal vragen en opmerkingen voorgelegd aan de Minister van Infrastructuur en Waterstaat over de brief van 27 november 2025 over het actieplan (Kamerstuk 99 101, nr. 9).',
        'De vragen en opmerkingen zijn op 11 december 2025 aan de Minister van Infrastructuur en Waterstaat voorgelegd.',
      ],
      { sender: null, date: '2026-01-15' },
    );
    assert.deepEqual(extractRequests(list), [
      {
        date: '2025-12-11',
        by: 'vaste commissie voor Infrastructuur en Waterstaat',
        asks: 'vragen en opmerkingen over de brief van 27 november 2025 over het actieplan',
        kind: 'committee',
      },
    ]);
    const reply = paper(
      'nota-naar-aanleiding-van-het-verslag',
      [
        'Ik dank de leden van de vaste commissie voor Infrastructuur en Waterstaat voor hun inbreng in het verslag (Kamerstuk 99 102, nr. 4).',
      ],
      { references: [ref('kst-99102-4', 'Kamerstuk 99 102, nr. 4')] },
    );
    assert.deepEqual(extractRequests(reply), [
      {
        date: null,
        by: 'vaste commissie voor Infrastructuur en Waterstaat',
        asks: 'vragen en opmerkingen in het verslag',
        kind: 'committee',
        reference: 'kst-99102-4',
      },
    ]);
  });
});
