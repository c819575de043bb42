import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { termId, termName } from '../analyzer/term-ids.ts';
import { analyzeDocument, documentFields, draftOfFields } from '../fields.ts';
import { ByteReader, ByteWriter, uintLength } from './bytes.ts';
import { columnsOf, decodeColumns, encodeColumns } from './columns.ts';
import { buildDraft, draftPositions, draftPostings, packDraft, selectDocs, unpackDraft } from './draft.ts';
import { compareTerms, prefixEnd } from './order.ts';
import { decodeStems, entryPositions } from './postings.ts';
import { inTermOrder } from './term-order.ts';
import { seeded, testPaper } from './test-papers.ts';

const text = (stems: string, expansions = '') => ({ stems, expansions });

describe('ByteWriter and ByteReader', () => {
  it('should read back every whole number written, in as many bytes as uintLength says', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeNat()), (values) => {
        const w = new ByteWriter(1);
        for (const v of values) w.uint(v);
        const bytes = w.finish();
        assert.equal(
          bytes.length,
          values.reduce((n, v) => n + uintLength(v), 0),
        );
        const r = new ByteReader(bytes);
        for (const v of values) assert.equal(r.uint(), v);
        assert.ok(r.done);
      }),
    );
  });

  it('should refuse to read past the end of a truncated varint', () => {
    assert.throws(() => new ByteReader(new Uint8Array([0x80, 0x80])).uint(), RangeError);
  });
});

describe('compareTerms', () => {
  it('should order terms as their UTF-8 bytes (SQLite BINARY, PostgreSQL "C")', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const bytes = Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
        assert.equal(Math.sign(compareTerms(a, b)), bytes);
      }),
    );
  });

  it('should bound a prefix range: every string with the prefix sorts below prefixEnd', () => {
    assert.equal(prefixEnd('mogelijkhed'), 'mogelijkhee');
    assert.equal(prefixEnd(''), null);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'grapheme' }), (p, rest) => {
        const end = prefixEnd(p);
        if (end !== null) assert.ok(compareTerms(p + rest, end) < 0);
      }),
    );
  });
});

describe('buildDraft', () => {
  it('should count each term of every batch right while the term ids grow by uneven steps', () => {
    // Fresh words each batch, given their ids before the batch is built (as the analyzer
    // does): the builder's per-id arrays must grow by uneven steps, 1.4× to 5× the ids they held.
    const sizes = [700, 1000, 6000, 45000, 3000, 30000];
    let next = 0;
    for (const size of sizes) {
      const words = Array.from({ length: size }, () => `nieuwwoord${(next++).toString(36)}`);
      for (const word of words) termId(word);
      const fields = Array.from({ length: 20 }, (_, d) => {
        const text = words.filter((_, i) => i % 20 === d || i % 7 === 0).join(' ');
        return {
          title: { stems: '', expansions: '' },
          dossiers: { stems: '', expansions: '' },
          body: { stems: text, expansions: '' },
        };
      });
      const draft = buildDraft(fields);
      const expected = new Map<string, number>();
      for (const f of fields)
        for (const term of new Set(f.body.stems.split(' '))) expected.set(term, (expected.get(term) ?? 0) + 1);
      assert.equal(draft.terms.length, expected.size);
      assert.deepEqual(draft.terms, [...expected.keys()].sort(compareTerms));
      draft.terms.forEach((term, t) => {
        assert.equal(draft.docs[t], expected.get(term), term);
      });
    }
  });

  it('should keep each term once per paper, with its stems counts and positions per field', () => {
    const draft = buildDraft([
      { title: text('brief imam'), dossiers: text(''), body: text('de imam en de imam', 'imams') },
      { title: text(''), dossiers: text('imam'), body: text('x') },
    ]);
    assert.deepEqual(draft.terms, ['brief', 'de', 'en', 'imam', 'imams', 'x']);
    assert.deepEqual([...draft.lengths], [2, 0, 5, 0, 1, 1]);
    const imam = draft.terms.indexOf('imam');
    assert.equal(draft.docs[imam], 2);
    assert.equal(draft.last[imam], 1);
    const entries = decodeStems(draftPostings(draft, imam), 2, draftPositions(draft, imam));
    assert.deepEqual([...entries.local], [0, 1]);
    assert.deepEqual([...entries.tfs], [1, 0, 2, 0, 1, 0]);
    assert.deepEqual(entryPositions(entries, 0, 0), [1]);
    assert.deepEqual(entryPositions(entries, 0, 2), [1, 4]);
    assert.deepEqual(entryPositions(entries, 1, 1), [0]);
    const imams = draft.terms.indexOf('imams');
    assert.equal(draftPositions(draft, imams).length, 0, 'an expansion has no positions');
  });

  it('should give the same draft for a selection of papers as for building only those', () => {
    const rnd = seeded(3);
    const fields = Array.from({ length: 30 }, (_, i) => analyzeDocument(testPaper(i, rnd)));
    const keep = fields.map((_, i) => i % 3 !== 1);
    assert.deepEqual(selectDocs(buildDraft(fields), keep), buildDraft(fields.filter((_, i) => keep[i])));
    const all = buildDraft(fields);
    assert.equal(
      selectDocs(
        all,
        fields.map(() => true),
      ),
      all,
    );
  });

  it('should survive packing for another thread', () => {
    const rnd = seeded(5);
    const draft = buildDraft(Array.from({ length: 10 }, (_, i) => analyzeDocument(testPaper(i, rnd))));
    const copy = structuredClone(draft);
    const { packed, transfer } = packDraft(draft);
    assert.ok(transfer.length > 0);
    assert.deepEqual(unpackDraft(structuredClone(packed)), copy);
  });
});

describe('columns', () => {
  it('should encode and decode the columns of live and dead papers', () => {
    const lengths = Int32Array.from([1, 2, 3, 4, 5, 6]);
    const columns = columnsOf(
      [
        {
          store: 7,
          day: 20150528,
          type: 1,
          chamber: 2,
          role: 3,
          name: 4,
          portfolio: 5,
          pyear: 6,
          dossiers: [8, 9, 8],
          topics: [10, 9],
        },
        null,
      ],
      lengths,
    );
    const decoded = decodeColumns(encodeColumns(columns));
    assert.equal(decoded.count, 2);
    assert.deepEqual([...decoded.store], [7, 0]);
    assert.deepEqual([...decoded.day], [20150528, 0]);
    assert.deepEqual([...decoded.lengths], [1, 2, 3, 0, 0, 0]);
    assert.deepEqual([...decoded.listStart], [0, 3, 3]);
    assert.deepEqual([...decoded.list], [8, 9, 10]);
    assert.throws(() => decodeColumns(new Uint8Array([1, 2, 3])), RangeError);
  });
});

describe('draftOfFields', () => {
  it('should equal building the draft from the analyzed term streams', () => {
    const rnd = seeded(8);
    const docs = Array.from({ length: 40 }, (_, i) => testPaper(i, rnd));
    assert.deepEqual(draftOfFields(docs.map(documentFields)), buildDraft(docs.map(analyzeDocument)));
  });
});

describe('inTermOrder', () => {
  it('should order term ids by their terms as compareTerms does, as new terms keep coming', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), { maxLength: 30 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (batches) => {
          for (const batch of batches) {
            const ids = [...new Set(batch.map(termId))];
            const expected = [...ids].sort((a, b) => compareTerms(termName(a), termName(b)));
            assert.deepEqual([...inTermOrder(ids)], expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
