/**
 * Tests of the references extractor: each citation form, the seed case, negatives,
 * robustness on adversarial strings, and a recall check on the shared corpus.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Block, Reference } from '../model/index.ts';
import { extractReferences } from './references.ts';

function body(text: string): Block[] {
  return [{ kind: 'paragraph', text }];
}

function targets(text: string): string[] {
  return extractReferences(body(text), []).map((r) => `${r.kind}:${r.target}`);
}

const POSITIVE: [string, string[]][] = [
  ['zie Kamerstuk 34 052, nr. 7.', ['kamerstuk:kst-34052-7']],
  ['(Kamerstukken II 2014/15, 34 052, nr. 7)', ['kamerstuk:kst-34052-7']],
  ['mijn brief (Kamerstukken TK, 28 719, nr. 76).', ['kamerstuk:kst-28719-76']],
  ['de geannoteerde agenda (Kamerstuk 21 501-32, nr. 1703)', ['kamerstuk:kst-21501-32-1703']],
  ['de motie nr. 456 (36800-XVI) is aangenomen', ['kamerstuk:kst-36800-XVI-456']],
  ['de begroting (36 200 VII, nr. 5)', ['kamerstuk:kst-36200-VII-5']],
  ['het advies (26 210, nr. 424).', ['kamerstuk:kst-26210-424']],
  ['het verslag van de Milieuraad (21 501-08, nr. 107)', ['kamerstuk:kst-21501-08-107']],
  ['Bij brief (Kamerstukken II, 25 720, nr. 7) heb ik', ['kamerstuk:kst-25720-7']],
  ['de evaluatie (Kamerstuk 29521, nr. 264)', ['kamerstuk:kst-29521-264']],
  ['de brief van 11 juli (Bijlage bij Kamerstuk 33 891, nr.16)', ['kamerstuk:kst-33891-16']],
  ['Tweede Kamer, vergaderjaar 2008–2009, 29 477, nr. 98.', ['kamerstuk:kst-29477-98']],
  ['de nota (TK 2001-2002, 28165, nr. 1)', ['kamerstuk:kst-28165-1']],
  ['(kamerstuk 31 700 XVIII, nr. 85)', ['kamerstuk:kst-31700-XVIII-85']],
  ['(Kamerstukken II 2015/16, 34 300-VIII, nr. 95)', ['kamerstuk:kst-34300-VIII-95']],
  ['Kamerstuk 31 066, nrs. 444 en 486', ['kamerstuk:kst-31066-444', 'kamerstuk:kst-31066-486']],
  [
    'Kamerstuk 35 300 VII, nrs. 12 t/m 14',
    ['kamerstuk:kst-35300-VII-12', 'kamerstuk:kst-35300-VII-13', 'kamerstuk:kst-35300-VII-14'],
  ],
  ['(TK 2001-2002, 28165, nrs. 1-2)', ['kamerstuk:kst-28165-1', 'kamerstuk:kst-28165-2']],
  ['het verslag van de Raad (21 50108, nr. 106)', ['kamerstuk:kst-21501-08-106']],
  ['de motie-Jansen (30100, 30200, nr. 12);', ['kamerstuk:kst-30100-12']],
  ['(Kamerstukken 30 100 en 30 200, nr. 12)', ['kamerstuk:kst-30100-12']],
  ['(Kamerstuk 31865-207)', ['kamerstuk:kst-31865-207']],
  ['moties aan te houden: 29911-226; 21501-08-765.', ['kamerstuk:kst-29911-226', 'kamerstuk:kst-21501-08-765']],
  ['Kamerstuk\n32 733, nr. 141', ['kamerstuk:kst-32733-141']],
  ['het voorlopig verslag (Kamerstukken I 2030/31, 99 990, B).', ['kamerstuk:kst-99990-B']],
  ['de memorie van antwoord (Kamerstukken I, 99 991 VII, C)', ['kamerstuk:kst-99991-VII-C']],
  ['Kamerstuk I 2030–2031, 99 992,\nAA', ['kamerstuk:kst-99992-AA']],
  ['bij wetsvoorstel 34 052 die uw Kamer', ['dossier:dossier-34052']],
  ['toegevoegd aan dossier 34682 - Omgevingsvisie', ['dossier:dossier-34682']],
  ['(Handelingen II 2019/20, nr. 97, item 12)', ['handelingen:h-tk-20192020-97-12']],
  ['(Handelingen II 2014/15, nr. 50, Regeling van werkzaamheden)', ['handelingen:h-tk-20142015-50']],
  ['(Handelingen II\n2021/22, nr. 53)', ['handelingen:h-tk-20212022-53']],
  ['Handelingen I 2015/16, nr. 12, item 4', ['handelingen:h-ek-20152016-12-4']],
  ['(Handelingen TK 1997–1998, 6368–6375)', ['handelingen:h-tk-19971998-6368-6375']],
  ['Aanhangsel Handelingen II 2014/15, nr. 1234', ['aanhangsel:ah-tk-20142015-1234']],
  ['Zie ook Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 722.', ['aanhangsel:ah-tk-20212022-722']],
  ['document 2024D12345 bij zaak 2024Z12345', ['tk-document:2024D12345', 'tk-zaak:2024Z12345']],
  ['Stb. 2015, 123', ['staatsblad:stb-2015-123']],
  ['Staatsblad 2015, 123', ['staatsblad:stb-2015-123']],
  ['Stcrt. 2015, 456', ['staatscourant:stcrt-2015-456']],
  ['Staatscourant 2015, 456', ['staatscourant:stcrt-2015-456']],
  ['Hoge Raad ECLI:NL:HR:2019:2007.', ['ecli:ECLI:NL:HR:2019:2007']],
  ['de Wet (BWBR0005537)', ['bwb:BWBR0005537']],
  ['COM(2015) 240 en SWD(2015) 111 en JOIN(2016) 12', ['eu:COM(2015)240', 'eu:SWD(2015)111', 'eu:JOIN(2016)12']],
];

const NEGATIVE: string[] = [
  'Nr. 93 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN',
  'Tweede Kamer der Staten-Generaal2010-201119637 nr. 1417',
  'Op grond van artikel 12, tweede lid, is € 12 345 beschikbaar.',
  'Den Haag, 28 mei 2015; bel 070-3456789 of 06-12345678.',
  'Het wetsvoorstel wordt spoedig behandeld.',
  'ID: 34785-80',
  'op 23 mei 2012 (nr. MLB/380.800) en 6 april 2020, nr. W16.20.0096/II',
  'Deze wet zal in het Staatsblad worden geplaatst.',
  'Onderdeel van kamerstukdossier 21501 02-2403 Raad Algemene Zaken.',
  'Het jaar 2014-2015 en de periode 2014/15.',
  'Eerste Kamer, vergaderjaar 2030–2031, 99 990, C 1',
  'Kamerstukken I 2030/31, 99 990, Bijlage 2',
];

describe('extractReferences', () => {
  it('should give exactly the seed result', () => {
    const got = extractReferences(
      [{ kind: 'paragraph', text: 'Ik verwijs naar het debat bij wetsvoorstel 34 052 die uw Kamer heeft gevoerd.' }],
      [{ marker: '1', text: 'Kamerstuk 34 052, nr. 7' }],
    );
    const expected: Reference[] = [
      { kind: 'dossier', target: 'dossier-34052', text: 'wetsvoorstel 34 052' },
      { kind: 'kamerstuk', target: 'kst-34052-7', text: 'Kamerstuk 34 052, nr. 7', in: 'footnote 1' },
    ];
    assert.deepEqual(got, expected);
  });

  for (const [text, expected] of POSITIVE) {
    it(`should find ${expected.join(', ')} in «${text.replace(/\n/g, '⏎')}»`, () => {
      assert.deepEqual(targets(text), expected);
    });
  }

  for (const text of NEGATIVE) {
    it(`should find nothing in «${text}»`, () => {
      assert.deepEqual(targets(text), []);
    });
  }

  it('should keep the citation verbatim with whitespace runs as one space', () => {
    const [ref] = extractReferences(body('zie (Kamerstukken II 2014/15,\n34 052,  nr. 7).'), []);
    assert.equal(ref?.text, 'Kamerstukken II 2014/15, 34 052, nr. 7');
  });

  it('should list body references in reading order, then footnotes in footnote order', () => {
    const got = extractReferences(
      [
        { kind: 'paragraph', text: 'Eerst Stb. 2015, 1 en dan Kamerstuk 30 000, nr. 2.' },
        { kind: 'paragraph', text: 'Daarna (Handelingen II 2014/15, nr. 3).' },
      ],
      [
        { marker: '2', text: 'Kamerstuk 30 000, nr. 2' },
        { marker: '1', text: 'Stcrt. 2016, 4' },
      ],
    );
    assert.deepEqual(
      got.map((r) => `${r.target}@${r.in ?? 'body'}`),
      [
        'stb-2015-1@body',
        'kst-30000-2@body',
        'h-tk-20142015-3@body',
        'kst-30000-2@footnote 2',
        'stcrt-2016-4@footnote 1',
      ],
    );
  });

  it('should list the same target once per place', () => {
    const got = extractReferences(
      [
        { kind: 'paragraph', text: 'Kamerstuk 30 000, nr. 2 en nogmaals (30 000, nr. 2).' },
        { kind: 'paragraph', text: 'Weer Kamerstuk 30 000, nr. 2.' },
      ],
      [{ marker: '1', text: 'Kamerstuk 30 000, nr. 2; idem Kamerstuk 30 000, nr. 2' }],
    );
    assert.deepEqual(
      got.map((r) => `${r.target}@${r.in ?? 'body'}`),
      ['kst-30000-2@body', 'kst-30000-2@footnote 1'],
    );
  });

  it('should prefer the full citation over the dossier inside it', () => {
    assert.deepEqual(targets('het wetsvoorstel 34 052, nr. 2 is ingediend'), ['kamerstuk:kst-34052-2']);
  });

  it('should never throw on odd input', () => {
    const odd = [
      '',
      '\u0000\uffff',
      'nr.',
      'Kamerstuk , nr. ',
      'Handelingen II 2014/16, nr. 5',
      '9'.repeat(10000),
      'ECLI:',
      '(((((',
    ];
    for (const text of odd) assert.doesNotThrow(() => extractReferences(body(text), [{ marker: '1', text }]));
    assert.doesNotThrow(() => extractReferences([{ kind: 'paragraph' } as unknown as Block], [null as never]));
  });

  it('should stay linear on adversarial repetitions', () => {
    const cases = [
      'Kamerstuk 34 052, nr. ',
      '12 345, 12 345 en ',
      'Handelingen II 2014/15, ',
      '21501-08-765; ',
      'nrs. 1 en 2 t/m ',
      'wetsvoorstel ',
    ];
    for (const unit of cases) {
      const text = unit.repeat(100_000);
      const t0 = performance.now();
      extractReferences(body(text), []);
      const ms = performance.now() - t0;
      assert.ok(ms < 3000, `«${unit}» × 100,000 took ${ms.toFixed(0)} ms`);
    }
  });

  it('should find the Kamerstuk citations of the shared corpus', (t) => {
    const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
    if (!existsSync(join(corpus, 'truth.jsonl'))) {
      if (process.env.GRIFFIE_REQUIRE_ALL === '1') assert.fail('../shared not found');
      t.skip('../shared not found');
      return;
    }
    const raw = new Set(readdirSync(join(corpus, 'raw')));
    let expected = 0;
    let found = 0;
    for (const line of readFileSync(join(corpus, 'truth.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const truth = JSON.parse(line) as { source_id: string; references: { dossier: string; number: string }[] | null };
      if (!raw.has(`${truth.source_id}.json`) || !truth.references) continue;
      const text = (
        JSON.parse(readFileSync(join(corpus, 'raw', `${truth.source_id}.json`), 'utf8')) as { text: string }
      ).text;
      const blocks: Block[] = text.split(/\n\s*\n/).map((p) => ({ kind: 'paragraph', text: p }));
      const got = new Set(extractReferences(blocks, []).map((r) => r.target));
      for (const r of truth.references) {
        expected++;
        if (got.has(`kst-${r.dossier}-${r.number}`)) found++;
      }
    }
    // The misses are joint dossiers the truth numbers in the last dossier, not the first.
    assert.ok(expected > 0 && found / expected >= 0.93, `recall ${found}/${expected}`);
  });
});
