/**
 * The test-side document validator (`test/support/validate-document.ts`) must accept
 * every valid document and name each way a document can break the model.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Document, emptyDocument } from '../src/model/index.ts';
import { isIsoDate, validateDocument } from './support/validate-document.ts';

function valid(): Document {
  const doc = emptyDocument({ format: 'text', path: 'kst-32824-93.txt', sha256: 'a'.repeat(64) });
  doc.id = 'kst-32824-93';
  doc.kind = 'kamerstuk';
  doc.chamber = 'tweede-kamer';
  doc.dossiers = [
    { number: '32824', title: 'Integratiebeleid' },
    { number: '36200', suffix: 'VII', title: null },
    { number: '21501-08', title: 'Milieuraad' },
  ];
  doc.number = '93';
  doc.type = 'brief';
  doc.date = '2015-05-28';
  doc.parliamentaryYear = '2014-2015';
  doc.blocks = [{ kind: 'paragraph', text: 'Tekst.', footnoteRefs: ['1'] }];
  doc.footnotes = [{ marker: '1', text: 'Kamerstuk 34 052, nr. 7' }];
  doc.references = [{ kind: 'kamerstuk', target: 'kst-34052-7', text: 'Kamerstuk 34 052, nr. 7', in: 'footnote 1' }];
  return doc;
}

describe('validateDocument', () => {
  it('should accept a valid document', () => {
    assert.deepEqual(validateDocument(valid()), []);
    assert.deepEqual(validateDocument(emptyDocument({ format: 'text', sha256: 'f'.repeat(64) })), []);
  });

  it('should name each broken field', () => {
    const cases: Array<[(doc: Record<string, unknown> & Document) => void, RegExp]> = [
      [(d) => (d.date = '28 mei 2015'), /^date: /],
      [(d) => (d.date = '2015-02-30'), /^date: /],
      [
        (d) => (d.blocks = [{ kind: 'paragraph', text: 'x', footnoteRefs: ['2'] }]),
        /footnoteRefs\[0\]: cites footnote "2"/,
      ],
      [(d) => (d.type = 'Brief'), /^type: /],
      [(d) => (d.dossiers = [{ number: '32 824', title: null }]), /^dossiers\[0\]\.number: /],
      [(d) => (d.parliamentaryYear = '2014-2016'), /^parliamentaryYear: /],
      [(d) => (d.source.sha256 = 'xyz'), /^source\.sha256: /],
      [(d) => (d.extra = 1), /^extra: is not a field/],
      [(d) => delete (d as Partial<Document>).warnings, /^warnings: is missing/],
      [(d) => (d.signatories = [{ name: '', role: null }]), /^signatories\[0\]\.name: /],
      [(d) => (d.references = [{ kind: 'wet' as never, target: 'x', text: 'x' }]), /^references\[0\]\.kind: /],
    ];
    for (const [breakIt, expected] of cases) {
      const doc = valid() as Record<string, unknown> & Document;
      breakIt(doc);
      const problems = validateDocument(doc);
      assert.ok(
        problems.some((p) => expected.test(p)),
        `${expected}: got ${JSON.stringify(problems)}`,
      );
    }
  });

  it('should refuse what is not an object', () => {
    assert.match(validateDocument(null).join(), /expected an object/);
  });
});

describe('isIsoDate', () => {
  it('should accept real calendar dates only', () => {
    assert.ok(isIsoDate('2016-02-29'));
    assert.ok(!isIsoDate('2015-02-29'));
    assert.ok(!isIsoDate('2015-5-28'));
  });
});
