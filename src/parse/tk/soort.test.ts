import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { soortMapping } from './soort.ts';

describe('soortMapping', () => {
  it("should map the Kamer's document types to the model's slugs and kinds", () => {
    const cases: Array<[string, string, string]> = [
      ['Brief regering', 'brief', 'kamerstuk'],
      ['Brief commissie', 'brief', 'kamerstuk'],
      ['Brief lid / fractie', 'brief', 'kamerstuk'],
      ['Motie', 'motie', 'kamerstuk'],
      ['Motie (gewijzigd/nader)', 'motie', 'kamerstuk'],
      ['Amendement', 'amendement', 'kamerstuk'],
      ['Gewijzigd amendement', 'amendement', 'kamerstuk'],
      ['Subamendement', 'amendement', 'kamerstuk'],
      ['Voorstel van wet', 'voorstel-van-wet', 'kamerstuk'],
      ['Voorstel van wet (initiatiefvoorstel)', 'voorstel-van-wet', 'kamerstuk'],
      ['Memorie van toelichting', 'memorie-van-toelichting', 'kamerstuk'],
      ['Nota van wijziging', 'nota-van-wijziging', 'kamerstuk'],
      ['Koninklijke boodschap', 'koninklijke-boodschap', 'kamerstuk'],
      ['Advies Afdeling advisering Raad van State en Nader rapport', 'advies-raad-van-state', 'kamerstuk'],
      ['Nota n.a.v. het (nader/tweede nader/enz.) verslag', 'nota-naar-aanleiding-van-het-verslag', 'kamerstuk'],
      ['Memorie van antwoord', 'memorie-van-antwoord', 'kamerstuk'],
      ['Verslag van een schriftelijk overleg', 'verslag-schriftelijk-overleg', 'kamerstuk'],
      ['Verslag van een commissiedebat', 'verslag-commissiedebat', 'kamerstuk'],
      ['Verslag van een algemeen overleg', 'verslag-commissiedebat', 'kamerstuk'],
      ['Verslag van een wetgevingsoverleg', 'verslag-commissiedebat', 'kamerstuk'],
      ['Lijst van vragen en antwoorden', 'lijst-van-vragen-en-antwoorden', 'kamerstuk'],
      ['Verslag houdende een lijst van vragen en antwoorden', 'lijst-van-vragen-en-antwoorden', 'kamerstuk'],
      ['Verslag (initiatief)wetsvoorstel (nader)', 'verslag', 'kamerstuk'],
      ['Verslag', 'verslag', 'kamerstuk'],
      ['Schriftelijke vragen', 'kamervragen', 'kamervragen'],
      ['Antwoord schriftelijke vragen', 'antwoord-kamervragen', 'aanhangsel'],
      ['Antwoord schriftelijke vragen (nader)', 'antwoord-kamervragen', 'aanhangsel'],
    ];
    for (const [soort, type, kind] of cases) assert.deepEqual(soortMapping(soort), { type, kind }, soort);
  });

  it('should map nothing for the types the vocabulary has no slug for', () => {
    for (const soort of [
      'Nota',
      'Bijlage',
      'Verslag van een werkbezoek',
      'Adviesaanvraag Afdeling advisering Raad van State',
      'Mondelinge vragen',
      'Aanbiedingsbrief',
    ]) {
      assert.equal(soortMapping(soort), null, soort);
    }
  });
});
