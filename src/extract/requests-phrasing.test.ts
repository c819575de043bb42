/**
 * Tests of the request phrasings read besides the basic ones: earlier announcements of
 * the author's own action, "op uw verzoek heb ik …", questions a committee put, a party's
 * request in a letter, motions named without submitter or before another anchor, a
 * promised thing delivered, a request that closes its sentence, a sentence broken over
 * two paragraphs, and the negatives that stay out.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paper } from '../../test/support/extract-papers.ts';
import { findAskers } from './askers.ts';
import { extractRequests } from './requests.ts';

/** The kind, asker and what is asked of every request in a letter of these paragraphs. */
function read(blocks: string[]): Array<[string, string | null, string]> {
  return extractRequests(paper('brief', blocks, { date: '2025-06-19' })).map((r) => [r.kind ?? '', r.by, r.asks]);
}

describe('extractRequests: earlier announcements and promised things', () => {
  it('should read an announcement of the author’s own action as an earlier promise', () => {
    assert.deepEqual(
      read([
        'In mijn brief van 3 maart 2025 heb ik aangekondigd uw Kamer voor de zomer te informeren over de pilots.',
        'Eerder heb ik aangegeven dat ik in de voortgangsrapportage zou ingaan op de kosten.',
        'Zoals aangekondigd stuur ik u hierbij het rapport over de proeven met bediening op afstand.',
      ]),
      [
        ['commitment', null, 'uw Kamer voor de zomer te informeren over de pilots'],
        ['commitment', null, 'ik in de voortgangsrapportage zou ingaan op de kosten'],
        ['commitment', null, 'stuur ik u hierbij het rapport over de proeven met bediening op afstand'],
      ],
    );
  });

  it('should not read what others announced or what the author said without promising', () => {
    assert.deepEqual(
      read([
        'Ik heb aangegeven dat de regeling goed werkt.',
        'De Europese Commissie heeft aangekondigd een voorstel te doen.',
        'Voor de pontons is 2 miljoen euro begroot, zoals aangekondigd in de brief van 19 juni 2025.',
        'Ik ga verder met het beleid zoals aangekondigd in mijn brief van 8 april.',
      ]),
      [],
    );
  });

  it('should read a promised thing this letter delivers, not one it will deliver', () => {
    assert.deepEqual(read(['Hierbij stuur ik u het toegezegde plan van aanpak voor de sluizen.']), [
      ['commitment', null, 'het toegezegde plan van aanpak voor de sluizen'],
    ]);
    assert.deepEqual(read(['Ik zal u het toegezegde plan van aanpak na de zomer sturen.']), []);
  });
});

describe('extractRequests: requests of the Kamer, committees and parties', () => {
  it('should read "op uw verzoek heb ik …", not a request to someone else', () => {
    assert.deepEqual(read(['Op uw verzoek heb ik de planning van de verzamelbrieven toegelicht.']), [
      ['other', 'Tweede Kamer', 'de planning van de verzamelbrieven toegelicht'],
    ]);
    assert.deepEqual(read(['Op verzoek van de commissie heeft de Onderwijsraad een advies opgesteld.']), []);
  });

  it('should read the questions a committee put and questions a paper responds to', () => {
    assert.deepEqual(
      read([
        'Hiermee beantwoord ik, mede namens de minister van Onderwijs, Cultuur en Wetenschap, de vragen die uw vaste commissie voor Infrastructuur en Waterstaat heeft gesteld over de sluizen.',
        'Naar aanleiding van twee vragen van het lid Kroosberg zijn nieuwe stukken gevonden.',
        'In antwoord op vragen van het lid Brasem over de veerponten deel ik u mee dat de dienst doorgaat.',
      ]),
      [
        ['committee', 'vaste commissie voor Infrastructuur en Waterstaat', 'de sluizen'],
        ['question', 'het lid Kroosberg', 'vragen van het lid Kroosberg'],
        ['question', 'het lid Brasem', 'de veerponten'],
      ],
    );
  });

  it('should read a party asking the government, and a request that closes its sentence', () => {
    assert.deepEqual(
      read([
        'De SP vraagt de regering om een meerjarig plan voor de sluizen.',
        'Ook D66 vraagt de regering om een overzicht van de kosten.',
        'Ik stel voor de wet voor de zomer in te voeren, in overeenstemming met het verzoek van de leden van de D66-fractie.',
      ]),
      [
        ['other', 'SP', 'een meerjarig plan voor de sluizen'],
        ['other', 'D66', 'een overzicht van de kosten'],
        ['other', 'leden van de D66-fractie', 'Ik stel voor de wet voor de zomer in te voeren'],
      ],
    );
  });

  it('should read a request in a sentence that a page break split over two paragraphs', () => {
    const found = extractRequests(
      paper('brief', [
        'In de vergadering van de vaste commissie voor Financiën van 1 oktober 2024 is',
        'mij gevraagd om een overzicht van de reserves.',
      ]),
    );
    assert.deepEqual(found, [
      {
        date: '2024-10-01',
        by: 'vaste commissie voor Financiën',
        asks: 'een overzicht van de reserves',
        kind: 'committee',
      },
    ]);
  });

  it('should find a committee after "uw commissie" was read against the addressee', () => {
    const doc = paper('brief', []);
    doc.addressee = 'Aan de vaste commissie voor Financiën';
    assert.equal(findAskers('een delegatie uit uw commissie', doc)[0]?.label, 'vaste commissie voor Financiën');
    assert.deepEqual(
      findAskers('de vaste commissie voor Infrastructuur en Waterstaat vroeg', doc).map((a) => a.label),
      ['vaste commissie voor Infrastructuur en Waterstaat'],
    );
  });
});

describe('extractRequests: motions named in passing', () => {
  it('should read a motion carried out that the text does not name', () => {
    assert.deepEqual(
      read(['Met deze verkenning geef ik invulling aan de Kamerbreed gesteunde motie over de sluizen.']),
      [['motion', null, 'Met deze verkenning geef ik invulling aan de Kamerbreed gesteunde motie over de sluizen']],
    );
  });

  it('should read a motion whose trigger stands before another anchor, with its name and subject', () => {
    assert.deepEqual(
      read(['Ik heb deze toezegging herhaald naar aanleiding van de motie Brasem inzake de bibliotheekschepen.']),
      [['motion', 'het lid Brasem', 'motie Brasem inzake de bibliotheekschepen']],
    );
  });
});
