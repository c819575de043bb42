/**
 * Written questions, their answers and notices of delay as the parsers read them, in
 * every format (`test/fixtures/questions/`): a notice ("Mededeling van …", the XML's
 * `kamervraagmededeling`, the Tweede Kamer's Soort "Mededeling (uitstel antwoord)") is
 * typed `uitstel-antwoord-kamervragen`, never taken for the answer; the askers keep
 * their party; an answer refers to the questions it answers.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { paperType } from '../src/extract/paper-type.ts';
import { emptyDocument } from '../src/model/index.ts';
import { soortMapping } from '../src/parse/tk/soort.ts';
import { parseFile } from '../src/pipeline/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'questions');
const parse = (name: string) => parseFile(join(FIXTURES, name));

describe('written questions in every format', () => {
  it('should read the questions with their Zaak, addressee, date and askers with their party', async () => {
    const xml = await parse('kv-tk-2025Z99101.xml');
    assert.deepEqual(
      [xml.id, xml.type, xml.date, xml.addressee, xml.external?.tkZaken],
      ['kv-tk-2025Z99101', 'kamervragen', '2025-02-03', 'Minister van Financiën', ['2025Z99101']],
    );
    assert.deepEqual(xml.signatories, [
      { name: 'Proef', role: 'lid', party: 'FICT' },
      { name: 'Van der Proef', role: 'lid', party: 'DRV' },
    ]);
    const text = await parse('kv-tk-2025Z99102.txt');
    assert.deepEqual(
      [text.id, text.type, text.date, text.external?.tkZaken, text.signatories],
      [
        'kv-tk-2025Z99102',
        'kamervragen',
        '2025-02-10',
        ['2025Z99102'],
        [{ name: 'Jansen', role: 'lid', party: 'FICT' }],
      ],
    );
  });

  it('should type a notice of delay as one, in XML, printed text and HTML', async () => {
    const cases: [string, string, string, string][] = [
      ['ah-tk-20242025-9911.xml', '2025Z99101', '2025-02-21', 'Financiën'],
      ['ah-tk-20242025-9913.txt', '2025Z99102', '2025-03-03', 'Binnenlandse Zaken en Koninkrijksrelaties'],
      ['ah-tk-20242025-9914.html', '2025Z99103', '2025-03-10', 'Infrastructuur en Waterstaat'],
    ];
    for (const [file, zaak, date, portfolio] of cases) {
      const doc = await parse(file);
      assert.deepEqual(
        [doc.kind, doc.type, doc.typeLine, doc.date, doc.sender?.role, doc.sender?.portfolio, doc.external?.tkZaken],
        ['aanhangsel', 'uitstel-antwoord-kamervragen', 'Mededeling', date, 'minister', portfolio, [zaak]],
        file,
      );
      assert.ok(
        doc.blocks.some((b) => /niet binnen de gebruikelijke termijn/.test(b.text)),
        `${file}: the notice's text is its body`,
      );
      assert.deepEqual(doc.warnings, [], file);
    }
  });

  it('should read an answer printed with its notice as the answer, dated when it came in', async () => {
    const doc = await parse('ah-tk-20242025-9912.xml');
    assert.deepEqual(
      [doc.type, doc.typeLine, doc.date, doc.sender?.name],
      ['antwoord-kamervragen', null, '2025-03-10', 'Voorbeeld'],
    );
    const asked = doc.requests.find((r) => r.kind === 'question');
    assert.equal(asked?.reference, 'kv-tk-2025Z99101', 'the answer refers to the questions of its Zaak');
    assert.equal(asked?.by, 'de leden Proef en Van der Proef');
  });

  it('should map the Tweede Kamer Soort of a notice, and tell one from its opening words alone', () => {
    assert.deepEqual(soortMapping('Mededeling (uitstel antwoord)'), {
      type: 'uitstel-antwoord-kamervragen',
      kind: 'aanhangsel',
    });
    assert.deepEqual(soortMapping('Antwoord schriftelijke vragen'), {
      type: 'antwoord-kamervragen',
      kind: 'aanhangsel',
    });
    const base = { ...emptyDocument({ format: 'text', sha256: '' }), kind: 'aanhangsel' as const };
    const opening = {
      ...base,
      blocks: [
        { kind: 'paragraph' as const, text: 'De vragen kunnen niet binnen de gestelde termijn worden beantwoord.' },
      ],
    };
    assert.equal(paperType(opening), 'uitstel-antwoord-kamervragen');
    assert.equal(
      paperType({ ...opening, blocks: [...opening.blocks, { kind: 'answer', text: 'Ja.' }] }),
      'antwoord-kamervragen',
      'a paper that answers is the answer',
    );
    assert.equal(
      paperType({ ...opening, type: 'antwoord-kamervragen' }),
      'antwoord-kamervragen',
      'a stated type stays',
    );
    assert.equal(paperType({ ...base, typeLine: 'Mededeling (uitstel antwoord)' }), 'uitstel-antwoord-kamervragen');
    assert.equal(paperType(base), 'antwoord-kamervragen');
  });
});
