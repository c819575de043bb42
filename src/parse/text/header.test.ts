import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHeader } from './header.ts';
import { toLines } from './lines.ts';

const read = (text: string) => readHeader(toLines(text));

describe('readHeader', () => {
  it('should read a printed Kamerstuk header with two dossiers', () => {
    const header = read(
      [
        'Tweede Kamer der Staten-Generaal 2',
        'Vergaderjaar 2015–2016',
        '99 001 Voorbeeldbeleid',
        '99 002 Tweede voorbeelddossier met een lange',
        'titel over twee regels',
        'Nr. 12 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN',
        'KONINKRIJKSRELATIES',
        'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
        'Den Haag, 1 juli 2016',
        'Hierbij bied ik u het voorbeeld aan.',
      ].join('\n'),
    );
    assert.equal(header.chamber, 'tweede-kamer');
    assert.equal(header.parliamentaryYear, '2015-2016');
    assert.deepEqual(header.dossiers, [
      { number: '99001', title: 'Voorbeeldbeleid' },
      { number: '99002', title: 'Tweede voorbeelddossier met een lange titel over twee regels' },
    ]);
    assert.equal(header.number, '12');
    assert.equal(header.typeLine, 'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES');
    assert.equal(header.addressee, 'Voorzitter van de Tweede Kamer der Staten-Generaal');
    assert.equal(header.place, 'Den Haag');
    assert.equal(header.date, '2016-07-01');
    assert.deepEqual(header.body, ['Hierbij bied ik u het voorbeeld aan.']);
    assert.deepEqual(header.warnings, []);
  });

  it('should read dossier suffixes and sub-numbers', () => {
    assert.deepEqual(read('99 200 VII Begroting\n\nNr. 5 MOTIE VAN HET LID JANSEN').dossiers, [
      { number: '99200', suffix: 'VII', title: 'Begroting' },
    ]);
    assert.deepEqual(read('99 501-32\nLandbouw- en Visserijraad\nNr. 3 BRIEF VAN DE MINISTER VAN LNV').dossiers, [
      { number: '99501-32', title: 'Landbouw- en Visserijraad' },
    ]);
    assert.deepEqual(read('99 410-XVII Begroting BHO\nNr. 53 BRIEF VAN DE MINISTER VOOR BHO').dossiers, [
      { number: '99410', suffix: 'XVII', title: 'Begroting BHO' },
    ]);
    assert.deepEqual(read('99 359 (R1986)\nNr. 5\nWij Willem-Alexander, bij de gratie Gods').dossiers, [
      { number: '99359', suffix: 'R1986', title: null },
    ]);
  });

  it('should read an HTML rendering with the number and type on one line', () => {
    const header = read(
      '99 003 Voorbeelden\n\nNr. 328 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2021\n\nEerste alinea.',
    );
    assert.equal(header.number, '328');
    assert.equal(header.typeLine, 'BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN');
    assert.equal(header.date, '2021-03-03');
  });

  it('should read a motion with its proposal date', () => {
    const header = read(
      '99 004 Wonen\n\nNr. 7 MOTIE VAN DE LEDEN DE BOER EN VAN DER BERG\n\nVoorgesteld 4 april 2019\n\nDe Kamer,',
    );
    assert.equal(header.typeLine, 'MOTIE VAN DE LEDEN DE BOER EN VAN DER BERG');
    assert.equal(header.date, '2019-04-04');
    assert.deepEqual(header.body, ['', 'De Kamer,']);
  });

  it('should split a type line glued to the body', () => {
    const header = read(
      '99 005\nMilieuraad\nNr. 108\nVERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 7 april 2000 De vaste commissie heeft overleg gevoerd.',
    );
    assert.equal(header.typeLine, 'VERSLAG VAN EEN ALGEMEEN OVERLEG');
    assert.equal(header.date, '2000-04-07');
    assert.deepEqual(header.body, ['De vaste commissie heeft overleg gevoerd.']);
  });

  it('should read Eerste Kamer letter numbers', () => {
    const header = read(
      '99 010 Wijziging van de Voorbeeldwet\n\nC MEMORIE VAN ANTWOORD\n\nOntvangen 26 april 2019\n\nInleiding',
    );
    assert.equal(header.number, 'C');
    assert.equal(header.typeLine, 'MEMORIE VAN ANTWOORD');
    assert.equal(header.date, '2019-04-26');
  });

  it('should split an addressee, place and date glued to the first paragraph', () => {
    const header = read(
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 17 november 2014 Op 11 november jl. heeft de commissie mij verzocht.',
    );
    assert.equal(header.addressee, 'Voorzitter van de Tweede Kamer der Staten-Generaal');
    assert.equal(header.date, '2014-11-17');
    assert.deepEqual(header.body, ['Op 11 november jl. heeft de commissie mij verzocht.']);
  });

  it('should read written questions and their answer', () => {
    const header = read(
      [
        'Vragen van de leden Jansen (SP) en De Vries (CDA) aan de Minister van Financiën over voorbeelden (ingezonden 2 mei 2021).',
        '',
        'Antwoord van Staatssecretaris Pietersen (Financiën – Toeslagen) (ontvangen 20 mei 2021).',
        '',
        'Vraag 1',
      ].join('\n'),
    );
    assert.equal(header.kind, 'aanhangsel');
    assert.deepEqual(header.signatories, [
      { name: 'Jansen', role: 'lid', party: 'SP' },
      { name: 'De Vries', role: 'lid', party: 'CDA' },
    ]);
    assert.equal(header.addressee, 'Minister van Financiën');
    assert.equal(header.date, '2021-05-20');
    assert.deepEqual(header.sender, {
      role: 'staatssecretaris',
      portfolio: 'Financiën – Toeslagen',
      name: 'Pietersen',
    });
  });

  it('should read the zaak number printed above written questions', () => {
    const header = read(
      [
        'Tweede Kamer der Staten-Generaal 2',
        'Vergaderjaar 2030–2031',
        '2030Z99001',
        'Vragen van het lid Voorbeeld (XYZ) aan de Minister van Financiën over een fictief',
        'voorbeeld (ingezonden 3 oktober 2030).',
        'Vraag 1',
      ].join('\n'),
    );
    assert.equal(header.kind, 'kamervragen');
    assert.equal(header.zaak, '2030Z99001');
    assert.equal(header.date, '2030-10-03');
    assert.deepEqual(header.body, ['Vraag 1']);
  });

  it('should open the body of a Handelingen item at "Aan de orde is", not read it as the addressee', () => {
    const header = read(
      [
        'Tweede Kamer der Staten-Generaal',
        'Vergaderjaar 2030–2031',
        'Handelingen',
        'Woensdag 2 oktober 2030',
        '4',
        'Aan de orde is de behandeling van het fictieve wetsvoorstel Voorbeeldwet',
        '(99990).',
        'De voorzitter:',
      ].join('\n'),
    );
    assert.equal(header.kind, 'handelingen');
    assert.equal(header.addressee, null);
    assert.equal(header.date, '2030-10-02');
    assert.deepEqual(header.body, [
      'Aan de orde is de behandeling van het fictieve wetsvoorstel Voorbeeldwet',
      '(99990).',
      'De voorzitter:',
    ]);
  });

  it('should take the title of a Handelingen item as its subject', () => {
    const printed = read(
      [
        'Handelingen',
        'Donderdag 3 oktober 2030',
        '5',
        'Stemmingen moties Fictieve voorbeeldwet',
        'Aan de orde zijn de stemmingen over moties.',
      ].join('\n'),
    );
    assert.equal(printed.subject, 'Stemmingen moties Fictieve voorbeeldwet');
    assert.deepEqual(printed.body, ['Aan de orde zijn de stemmingen over moties.']);
    const copied = read(
      ['5 Stemmingen moties Fictieve voorbeeldwet', '', 'De voorzitter:', 'Ik open de stemmingen.'].join('\n'),
    );
    assert.equal(copied.kind, 'handelingen');
    assert.equal(copied.subject, 'Stemmingen moties Fictieve voorbeeldwet');
    assert.deepEqual(copied.body, ['', 'De voorzitter:', 'Ik open de stemmingen.']);
  });

  it('should keep the body of the first item of a sitting, which opens with its starting time', () => {
    const header = read(['1', 'Dinsdag 1 oktober 2030', 'Aanvang 13:30 uur', 'Voorzitter: Voorbeeld'].join('\n'));
    assert.equal(header.kind, 'handelingen');
    assert.equal(header.date, '2030-10-01');
    assert.deepEqual(header.body, ['Aanvang 13:30 uur', 'Voorzitter: Voorbeeld']);
  });

  it('should date a bill by the bare date under its type line', () => {
    const header = read(
      [
        '99 990',
        'Fictieve voorbeeldwet',
        'Nr. 7',
        'GEWIJZIGD VOORSTEL VAN WET',
        '2 oktober 2030',
        'Wij Voorbeeld, bij de gratie Gods',
      ].join('\n'),
    );
    assert.equal(header.typeLine, 'GEWIJZIGD VOORSTEL VAN WET');
    assert.equal(header.date, '2030-10-02');
    assert.deepEqual(header.body, ['Wij Voorbeeld, bij de gratie Gods']);
  });

  it('should read a ministry letterhead', () => {
    const header = read(
      [
        'Ministerie van Voorbeeldzaken',
        'Aan de Voorzitter van de',
        'Tweede Kamer der Staten-Generaal',
        'Postbus 20018',
        '2500 EA Den Haag',
        'Datum 1 oktober 1999',
        'Betreft Verzoek van het lid Jansen',
        'Geachte Voorzitter,',
        'Hierbij beantwoord ik uw brief.',
      ].join('\n'),
    );
    assert.equal(header.date, '1999-10-01');
    assert.equal(header.subject, 'Verzoek van het lid Jansen');
    assert.deepEqual(header.sender, { role: 'ministerie', portfolio: 'Voorbeeldzaken', name: null });
    assert.deepEqual(header.body, ['Geachte Voorzitter,', 'Hierbij beantwoord ik uw brief.']);
  });

  it('should take metadata from an officielebekendmakingen page table', () => {
    const header = read(
      'Kamerstuk\nDatum publicatieOrganisatieVergaderjaarDossier- en ondernummer\nTweede Kamer der Staten-Generaal2013-201499830 nr. 113\nVastgesteld 16 juli 2014\nDe commissie heeft overleg gevoerd.',
    );
    assert.deepEqual(header.dossiers, [{ number: '99830', title: null }]);
    assert.equal(header.number, '113');
    assert.equal(header.parliamentaryYear, '2013-2014');
    assert.equal(header.date, '2014-07-16');
  });

  it('should date a paper without dated header by its closing place and date', () => {
    const header = read(
      '99 063\nNr. 1\nAan de Tweede Kamer der Staten-Generaal\nWij bieden U hiernevens ter overweging aan een voorstel van wet.\n’s-Gravenhage, 27 oktober 2011\nBeatrix',
    );
    assert.equal(header.date, '2011-10-27');
    assert.equal(header.place, '’s-Gravenhage');
  });

  it('should leave a text without header whole and warn', () => {
    const text = 'Het kabinet trekt extra geld uit voor de dijken, meldt de minister vandaag.\n\nDat bleek dinsdag.';
    const header = read(text);
    assert.equal(header.kind, 'other');
    assert.deepEqual(header.dossiers, []);
    assert.deepEqual(header.body, toLines(text));
    assert.match(header.warnings.join(' '), /no parliamentary header/);
  });

  it('should survive a truncated header', () => {
    const header = read('32 824 Integratiebeleid');
    assert.deepEqual(header.dossiers, [{ number: '32824', title: 'Integratiebeleid' }]);
    assert.equal(header.number, null);
    assert.match(header.warnings.join(' '), /no document number/);
  });

  // Found by fuzzing (test/parse-properties.test.ts): every upper-case line was joined to the
  // type line, each join cleaning the whole line again, so 4,000 lines took seconds.
  it('should end a type line that goes on past its limit, quickly, and keep the rest as body', () => {
    const start = performance.now();
    const header = read(
      ['32 824 Integratiebeleid', ...Array(4000).fill('VERSLAG VAN EEN SCHRIFTELIJK OVERLEG')].join('\n'),
    );
    assert.ok(performance.now() - start < 1000, `took ${performance.now() - start} ms`);
    assert.ok(header.typeLine !== null && header.typeLine.length <= 1000, `type line of ${header.typeLine?.length}`);
    assert.match(header.typeLine ?? '', /^VERSLAG VAN EEN SCHRIFTELIJK OVERLEG VERSLAG/);
    assert.ok(header.body.length > 3900, `${header.body.length} body lines`);
  });
});
