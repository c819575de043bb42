import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Document, emptyDocument } from '../model/index.ts';
import { sentenceCaseTypeLine } from './casing.ts';
import { deriveMetadata } from './metadata.ts';
import { paperType } from './paper-type.ts';
import { parliamentaryYearOf } from './parliamentary-year.ts';
import { senderFromTypeLine } from './sender.ts';

describe('parliamentaryYearOf', () => {
  it('should turn the year on Prinsjesdag, the third Tuesday of September', () => {
    assert.equal(parliamentaryYearOf('2015-05-28'), '2014-2015');
    assert.equal(parliamentaryYearOf('2015-09-14'), '2014-2015');
    assert.equal(parliamentaryYearOf('2015-09-15'), '2015-2016');
    assert.equal(parliamentaryYearOf('2024-09-16'), '2023-2024');
    assert.equal(parliamentaryYearOf('2024-09-17'), '2024-2025');
    assert.equal(parliamentaryYearOf('2026-01-01'), '2025-2026');
  });
});

describe('paperType', () => {
  const base = { kind: 'kamerstuk' as const, blocks: [], addressee: null, date: null };
  it('should map type lines to the vocabulary', () => {
    const cases: Array<[string, string]> = [
      ['BRIEF VAN DE MINISTER VAN FINANCIËN', 'brief'],
      ['GEWIJZIGDE MOTIE VAN HET LID JANSEN C.S.', 'motie'],
      ['NADER GEWIJZIGD AMENDEMENT VAN DE LEDEN A EN B', 'amendement'],
      ['SUBAMENDEMENT VAN HET LID C', 'amendement'],
      ['GEWIJZIGD VOORSTEL VAN WET', 'voorstel-van-wet'],
      ['MEMORIE VAN TOELICHTING', 'memorie-van-toelichting'],
      ['TWEEDE NOTA VAN WIJZIGING', 'nota-van-wijziging'],
      ['KONINKLIJKE BOODSCHAP', 'koninklijke-boodschap'],
      ['ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER RAPPORT', 'advies-raad-van-state'],
      ['NOTA NAAR AANLEIDING VAN HET VERSLAG', 'nota-naar-aanleiding-van-het-verslag'],
      ['MEMORIE VAN ANTWOORD', 'memorie-van-antwoord'],
      ['VERSLAG VAN EEN SCHRIFTELIJK OVERLEG', 'verslag-schriftelijk-overleg'],
      ['VERSLAG VAN EEN ALGEMEEN OVERLEG', 'verslag-commissiedebat'],
      ['VERSLAG VAN EEN WETGEVINGSOVERLEG', 'verslag-commissiedebat'],
      ['VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN', 'lijst-van-vragen-en-antwoorden'],
      ['HERDRUK VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR FINANCIËN', 'verslag'],
      ['EINDVERSLAG', 'verslag'],
      ['JAARVERSLAG 2015', 'other'],
    ];
    for (const [typeLine, type] of cases) assert.equal(paperType({ ...base, typeLine }), type, typeLine);
  });

  it('should recognise papers without type line by their opening words', () => {
    const withOpening = (text: string) => paperType({ ...base, typeLine: null, blocks: [{ kind: 'paragraph', text }] });
    assert.equal(withOpening('De Kamer, gehoord de beraadslaging,'), 'motie');
    assert.equal(withOpening('De ondergetekende stelt het volgende amendement voor:'), 'amendement');
    assert.equal(
      withOpening('Wij bieden U hiernevens ter overweging aan een voorstel van wet'),
      'koninklijke-boodschap',
    );
    assert.equal(withOpening('Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden'), 'voorstel-van-wet');
  });
});

describe('senderFromTypeLine', () => {
  it('should read role and portfolio', () => {
    assert.deepEqual(senderFromTypeLine('BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID'), {
      role: 'minister',
      portfolio: 'Sociale Zaken en Werkgelegenheid',
      name: null,
    });
    assert.deepEqual(senderFromTypeLine('BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT'), {
      role: 'staatssecretaris',
      portfolio: 'Infrastructuur en Waterstaat',
      name: null,
    });
    assert.deepEqual(senderFromTypeLine('BRIEF VAN DE MINISTERS VAN DEFENSIE EN VAN BUITENLANDSE ZAKEN'), {
      role: 'minister',
      portfolio: 'Defensie',
      name: null,
    });
    assert.deepEqual(
      senderFromTypeLine('BRIEF VAN DE MINISTER VOOR KLIMAAT EN ENERGIE EN DE STAATSSECRETARIS VAN EZK'),
      {
        role: 'minister',
        portfolio: 'Klimaat en Energie',
        name: null,
      },
    );
    assert.deepEqual(senderFromTypeLine('BRIEF VAN DE VASTE COMMISSIE VOOR FINANCIËN'), {
      role: 'commissie',
      portfolio: 'Financiën',
      name: null,
    });
    assert.deepEqual(senderFromTypeLine('MOTIE VAN HET LID VAN DER STAAIJ C.S.'), {
      role: 'lid',
      portfolio: null,
      name: 'Van der Staaij',
    });
    assert.deepEqual(
      senderFromTypeLine('GEWIJZIGDE MOTIE VAN HET LID VOORBEELD C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 3'),
      { role: 'lid', portfolio: null, name: 'Voorbeeld' },
    );
  });
});

describe('senderFromTypeLine with a comma in the portfolio', () => {
  it('should keep a ministry name whole and end it where the next sender starts', () => {
    const portfolio = (typeLine: string) => senderFromTypeLine(typeLine)?.portfolio;
    assert.equal(
      portfolio('BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP'),
      'Onderwijs, Cultuur en Wetenschap',
    );
    assert.equal(
      portfolio('BRIEF VAN DE STAATSSECRETARIS VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR'),
      'Landbouw, Visserij, Voedselzekerheid en Natuur',
    );
    assert.equal(
      portfolio('BRIEF VAN DE MINISTERS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT, VAN FINANCIËN EN VAN DEFENSIE'),
      'Volksgezondheid, Welzijn en Sport',
    );
    assert.equal(
      portfolio('BRIEF VAN DE MINISTERS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT EN VOOR RECHTSBESCHERMING'),
      'Volksgezondheid, Welzijn en Sport',
    );
    assert.equal(portfolio('BRIEF VAN DE MINISTER VAN FINANCIËN, MEDE NAMENS DE MINISTER VAN DEFENSIE'), 'Financiën');
  });
});

describe('sentenceCaseTypeLine', () => {
  it('should keep portfolios and names capitalised', () => {
    assert.equal(
      sentenceCaseTypeLine('BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID'),
      'Brief van de minister van Sociale Zaken en Werkgelegenheid',
    );
    assert.equal(
      sentenceCaseTypeLine('MOTIE VAN DE LEDEN VAN DER HAM EN KLAVER'),
      'Motie van de leden Van der Ham en Klaver',
    );
    assert.equal(sentenceCaseTypeLine('VERSLAG VAN EEN SCHRIFTELIJK OVERLEG'), 'Verslag van een schriftelijk overleg');
  });

  it('should keep what an amended paper replaces in lower case', () => {
    assert.equal(
      sentenceCaseTypeLine('GEWIJZIGDE MOTIE VAN HET LID VOORBEELD C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 3'),
      'Gewijzigde motie van het lid Voorbeeld c.s. ter vervanging van die gedrukt onder nr. 3',
    );
    assert.equal(
      sentenceCaseTypeLine(
        'NADER GEWIJZIGD AMENDEMENT VAN DE LEDEN TER PROEF EN DE TEST TER VERVANGING VAN DAT GEDRUKT ONDER NR. 9',
      ),
      'Nader gewijzigd amendement van de leden Ter Proef en De Test ter vervanging van dat gedrukt onder nr. 9',
    );
  });
});

describe('deriveMetadata', () => {
  it('should derive citation and id of an Eerste Kamer paper', () => {
    const doc = emptyDocument({ format: 'text', sha256: '0' });
    doc.dossiers = [{ number: '99010', title: 'Voorbeeldwet' }];
    doc.number = 'C';
    doc.typeLine = 'MEMORIE VAN ANTWOORD';
    doc.date = '2019-04-26';
    deriveMetadata(doc);
    assert.equal(doc.kind, 'kamerstuk');
    assert.equal(doc.chamber, 'eerste-kamer');
    assert.equal(doc.id, 'kst-99010-C');
    assert.equal(doc.citation, 'Kamerstukken I 2018/19, 99 010, C');
    assert.equal(doc.title, 'Memorie van antwoord');
  });

  it('should take dossier and number from an official file name, and say so', () => {
    const doc = emptyDocument({ format: 'text', path: 'downloads/kst-99200-VII-5.txt', sha256: '0' });
    doc.date = '2024-03-01';
    deriveMetadata(doc);
    assert.deepEqual(doc.dossiers, [{ number: '99200', suffix: 'VII', title: null }]);
    assert.equal(doc.number, '5');
    assert.equal(doc.id, 'kst-99200-VII-5');
    assert.equal(doc.citation, 'Kamerstukken II 2023/24, 99 200 VII, nr. 5');
    assert.ok(doc.warnings.some((w) => /file name/.test(w)));
  });

  it('should derive the id of an Aanhangsel from its file name', () => {
    const doc = emptyDocument({ format: 'text', path: 'ah-tk-20142015-1365.txt', sha256: '0' });
    doc.kind = 'aanhangsel';
    deriveMetadata(doc);
    assert.equal(doc.id, 'ah-tk-20142015-1365');
    assert.equal(doc.citation, 'Aanhangsel Handelingen II 2014/15, nr. 1365');
    assert.equal(doc.type, 'antwoord-kamervragen');
  });

  it('should derive the id of written questions from their zaak number or their file name', () => {
    const fromZaak = emptyDocument({ format: 'text', sha256: '0' });
    fromZaak.kind = 'kamervragen';
    fromZaak.external = { tkZaken: ['2030Z99001'] };
    deriveMetadata(fromZaak);
    assert.equal(fromZaak.id, 'kv-tk-2030Z99001');
    assert.equal(fromZaak.chamber, 'tweede-kamer');

    const fromName = emptyDocument({ format: 'text', path: 'vragen/kv-tk-2030Z99002.txt', sha256: '0' });
    fromName.kind = 'kamervragen';
    deriveMetadata(fromName);
    assert.equal(fromName.id, 'kv-tk-2030Z99002');
    assert.equal(fromName.type, 'kamervragen');

    const answered = emptyDocument({ format: 'text', path: 'kv-tk-2030Z99003.txt', sha256: '0' });
    answered.kind = 'aanhangsel';
    deriveMetadata(answered);
    assert.equal(answered.id, null, 'an answer is no written question, whatever its file is called');
  });

  it('should take the sender of written questions from their askers', () => {
    const one = emptyDocument({ format: 'text', sha256: '0' });
    one.kind = 'kamervragen';
    one.signatories = [{ name: 'Voorbeeld', role: 'lid' }];
    deriveMetadata(one);
    assert.deepEqual(one.sender, { role: 'lid', portfolio: null, name: 'Voorbeeld' });

    const two = emptyDocument({ format: 'text', sha256: '0' });
    two.kind = 'kamervragen';
    two.signatories = [
      { name: 'Van Proef', role: 'lid' },
      { name: 'Voorbeeld', role: 'lid' },
    ];
    deriveMetadata(two);
    assert.deepEqual(two.sender, { role: 'leden', portfolio: null, name: 'Van Proef' });

    const answer = emptyDocument({ format: 'text', sha256: '0' });
    answer.kind = 'aanhangsel';
    answer.signatories = [{ name: 'Voorbeeld', role: 'lid' }];
    deriveMetadata(answer);
    assert.equal(answer.sender, null, 'the askers do not send the answer');
  });

  it('should take the sender of a government paper whose type line names none from its signature', () => {
    const signed = (typeLine: string, signatories: Document['signatories']) => {
      const doc = emptyDocument({ format: 'text', sha256: '0' });
      doc.dossiers = [{ number: '99990', title: 'Fictieve voorbeeldwet' }];
      doc.number = '3';
      doc.typeLine = typeLine;
      doc.signatories = signatories;
      deriveMetadata(doc);
      return doc.sender;
    };
    assert.deepEqual(
      signed('MEMORIE VAN TOELICHTING', [
        { name: 'A.B. Voorbeeld', role: 'Minister van Infrastructuur en Waterstaat' },
      ]),
      { role: 'minister', portfolio: 'Infrastructuur en Waterstaat', name: 'A.B. Voorbeeld' },
    );
    assert.deepEqual(
      signed('NOTA VAN WIJZIGING', [
        { name: 'C. Proef', role: 'Minister-President, Minister van Algemene Zaken' },
        { name: 'A.B. Voorbeeld', role: 'Staatssecretaris van Financiën' },
      ]),
      { role: 'minister-president', portfolio: 'Algemene Zaken', name: 'C. Proef' },
    );
    assert.deepEqual(
      signed('MEMORIE VAN ANTWOORD', [
        { name: 'A.B. Voorbeeld', role: 'Staatssecretaris van Onderwijs, Cultuur en Wetenschap' },
      ]),
      { role: 'staatssecretaris', portfolio: 'Onderwijs, Cultuur en Wetenschap', name: 'A.B. Voorbeeld' },
    );
    assert.equal(signed('MEMORIE VAN TOELICHTING', [{ name: 'Van Proef', role: null }]), null, 'an initiative bill');
    assert.equal(
      signed('VERSLAG VAN EEN SCHRIFTELIJK OVERLEG', [
        { name: 'Test', role: 'voorzitter van de commissie' },
        { name: 'A.B. Voorbeeld', role: 'Minister van Infrastructuur en Waterstaat' },
      ]),
      null,
      'a committee report quoting the minister is not sent by the minister',
    );
  });
});

describe('deriveMetadata on the gazettes', () => {
  it('should give a Staatsblad decree no bill type and no parliamentary year', () => {
    const doc = emptyDocument({ format: 'xml', sha256: '0'.repeat(64) });
    doc.kind = 'staatsblad';
    doc.date = '2018-03-09';
    doc.blocks = [{ kind: 'paragraph', text: 'Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, …' }];
    deriveMetadata(doc);
    assert.equal(doc.type, 'other');
    assert.equal(doc.kind, 'staatsblad');
    assert.equal(doc.parliamentaryYear, null);
  });
});
