/**
 * The analysis pool: worker threads give what `analyzeBatch` gives in process, in
 * order; closing stops them; calls never hang.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { enrich, readLinkedRecord, setLinkedRecord } from '../extract/index.ts';
import { type Document, emptyDocument } from '../model/index.ts';
import { parseText } from '../parse/index.ts';
import { analyzeBatch } from '../search/index.ts';
import { createAnalysisPool } from './analysis-pool.ts';

/** Fictional papers (dossiers from 99 000 up) with compounds, hyphens, diacritics and "(de)". */
function papers(): Document[] {
  const paper = (fields: Partial<Document>): Document => ({
    ...emptyDocument({ format: 'text', sha256: String(fields.id).padEnd(64, '0') }),
    ...fields,
  });
  return [
    paper({
      id: 'kst-99210-1',
      type: 'brief',
      typeLine: 'BRIEF VAN DE STAATSSECRETARIS VAN ONDERWIJS',
      title: 'Brief over laaggeletterdheid en taalcursussen',
      dossiers: [{ number: '99210', title: 'Laaggeletterdheid bij volwassenen' }],
      blocks: [
        { kind: 'paragraph', text: 'Het aantal taalcursussen voor volwassenen is in 2023 gestegen.' },
        { kind: 'paragraph', text: 'De gemeenten hebben de (her)inrichting van de taalhuizen gecoördineerd.' },
      ],
      footnotes: [{ marker: '1', text: 'Kamerstuk 99 210, nr. 3' }],
    }),
    paper({
      id: 'kst-99211-7',
      type: 'motie',
      title: 'Motie van het lid Van Dalen over fietssnelwegen',
      dossiers: [{ number: '99211', suffix: 'XII', title: 'Begroting Mobiliteit 2031' }],
      blocks: [
        { kind: 'paragraph', text: 'De Kamer, gehoord de beraadslaging, constaterende dat fietssnelwegen ontbreken,' },
        { kind: 'list-item', text: 'verzoekt de regering de e-bikeregeling in ’s-Hertogenbosch te evalueren,' },
      ],
    }),
    paper({
      id: 'kst-99212-2',
      type: 'verslag-schriftelijk-overleg',
      title: 'Verslag van een schriftelijk overleg over ict-projecten',
      blocks: [
        { kind: 'heading', text: 'Vragen en opmerkingen van de leden van de D66-fractie' },
        { kind: 'paragraph', text: 'Deze leden vragen naar de kosten van de cloudmigratie en de privacy­waarborgen.' },
      ],
    }),
    paper({ id: 'kst-99213-1', type: 'brief', title: '' }),
    paper({
      id: 'kst-99214-5',
      type: 'brief',
      title: 'Antwoord op vragen over de zoutwinning',
      subject: 'Bodemdaling in het noorden',
      blocks: [{ kind: 'paragraph', text: 'De bodemdaling door zoutwinning is kleiner dan in 2019 werd verwacht.' }],
    }),
  ];
}

describe('createAnalysisPool', () => {
  it("should read the papers' linked records in the worker as enrich reads them, with the same draft", async () => {
    const examples = new URL('../../examples/', import.meta.url);
    const texts = readdirSync(examples)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => [name, readFileSync(new URL(name, examples), 'utf8')] as const);
    assert.ok(texts.length >= 20);
    const parse = (name: string, text: string) =>
      parseText(text, { format: 'text', sha256: name.padEnd(64, '0'), path: name });
    const whole = texts.map(([name, text]) => enrich(parse(name, text)));
    const docs = texts.map(([name, text]) => enrich(parse(name, text), { record: false }));
    assert.ok(whole.filter((d) => (d.topics ?? []).length > 0).length >= 15, 'most examples have topics');
    assert.ok(whole.filter((d) => d.commitments.length > 0).length >= 5, 'several examples make promises');
    assert.ok(docs.every((d) => d.topics === undefined && d.commitments.length === 0 && d.requests.length === 0));
    const seed = whole.find((d) => d.id === 'kst-32824-93');
    assert.deepEqual(seed?.topics?.slice(0, 4).sort(), ['integratie', 'marokko', 'migratie', 'radicalisering']);
    assert.equal(seed?.commitments.length, 2);
    const pool = createAnalysisPool({ workers: 2 });
    try {
      const { draft, records } = await pool.analyzeWithRecords(docs);
      assert.deepEqual(draft, analyzeBatch(docs));
      // The papers sent were copies: the records come back, the papers are as they were.
      assert.ok(docs.every((d) => d.topics === undefined && d.commitments.length === 0));
      assert.equal(records.length, docs.length);
      docs.forEach((doc, i) => {
        setLinkedRecord(doc, records[i]!);
      });
      assert.deepEqual(docs, whole);
      assert.deepEqual(await pool.analyzeWithRecords([]), { draft: analyzeBatch([]), records: [] });
    } finally {
      await pool.close();
    }
  });

  it('should hand back the warnings reading a record left, and leave the paper sent as it was', async () => {
    const seed = readFileSync(new URL('../../examples/kst-32824-93.txt', import.meta.url), 'utf8');
    const doc = enrich(parseText(seed, { format: 'text', sha256: '0'.repeat(64), path: 'kst-32824-93.txt' }), {
      record: false,
    });
    // No signatories where a list belongs: the commitments cannot be read, the rest can.
    const strange = { ...doc, signatories: null } as unknown as Document;
    const warnings = [...strange.warnings];
    const pool = createAnalysisPool({ workers: 1 });
    try {
      const { records } = await pool.analyzeWithRecords([strange]);
      assert.deepEqual(records[0]?.warnings, [
        "commitments: not read (Cannot read properties of null (reading 'map'))",
      ]);
      assert.deepEqual(records[0], readLinkedRecord(structuredClone(strange)));
      assert.equal(records[0]?.requests.length, 1, 'the request is still read');
      assert.deepEqual(strange.warnings, warnings);
    } finally {
      await pool.close();
    }
  });

  it('should give what analyzeBatch gives in process, in document order', async () => {
    const docs = papers();
    const pool = createAnalysisPool({ workers: 2 });
    try {
      assert.deepEqual(await pool.analyze(docs), analyzeBatch(docs));
      // again, in parallel: replies are matched to their calls
      const [first, second] = await Promise.all([pool.analyze(docs.slice(0, 2)), pool.analyze(docs.slice(2))]);
      assert.deepEqual(first, analyzeBatch(docs.slice(0, 2)));
      assert.deepEqual(second, analyzeBatch(docs.slice(2)));
      assert.deepEqual(await pool.analyze([]), analyzeBatch([]));
    } finally {
      await pool.close();
    }
  });

  it('should work with the default number of workers', async () => {
    const pool = createAnalysisPool();
    try {
      assert.deepEqual(await pool.analyze(papers().slice(0, 1)), analyzeBatch(papers().slice(0, 1)));
    } finally {
      await pool.close();
    }
  });

  it('should reject calls pending when it is closed, and every call after, with a clear error', async () => {
    const pool = createAnalysisPool({ workers: 1 });
    const pending = assert.rejects(
      pool.analyze(papers()),
      /the analysis pool was closed before the documents were analyzed/,
    );
    await pool.close();
    await pending;
    await assert.rejects(pool.analyze(papers()), /the analysis pool is closed/);
    await pool.close(); // closing twice is harmless
  });

  it('should reject a document it cannot read, and keep working', async () => {
    const pool = createAnalysisPool({ workers: 1 });
    try {
      const broken = { ...papers()[0]!, blocks: undefined } as unknown as Document;
      await assert.rejects(pool.analyze([broken]), TypeError);
      assert.equal((await pool.analyze(papers())).count, papers().length);
    } finally {
      await pool.close();
    }
  });

  it('should refuse a number of workers that is not a whole number ≥ 1', () => {
    assert.throws(() => createAnalysisPool({ workers: 0 }), RangeError);
    assert.throws(() => createAnalysisPool({ workers: 1.5 }), RangeError);
  });
});
