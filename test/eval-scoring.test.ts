/**
 * The evaluation's own instruments (`scripts/eval`): normalisation, the type table,
 * similarity, and the scorers run with a perfect parser built from the truth, which
 * must score 1 everywhere.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type Mismatch, scoreCorpus, scorePdf, typeSlug } from '../scripts/eval/index.ts';
import {
  addresseeKey,
  dossierKey,
  handelingenKey,
  kamerstukKey,
  nameKey,
  typeLineKey,
} from '../scripts/eval/normalise.ts';
import { bigrams, dice } from '../scripts/eval/similarity.ts';
import { type CorpusTruth, type PdfTruth, readJsonl } from '../scripts/eval/truth.ts';
import { expectedType } from '../scripts/eval/type-slug.ts';
import { type Document, emptyDocument } from '../src/model/index.ts';
import { sharedOrSkip } from './support/shared.ts';
import { validateDocument } from './support/validate-document.ts';

describe('dossierKey', () => {
  it('should give one key for a dossier with a suffix however it is written', () => {
    assert.equal(dossierKey('21 501-08'), '21501-08');
    assert.equal(dossierKey({ number: '21501-08' }), '21501-08');
    assert.equal(dossierKey({ number: '21501', suffix: '08' }), '21501-08');
    assert.equal(dossierKey({ number: '36200', suffix: 'vii' }), '36200-VII');
  });
});

describe('addresseeKey', () => {
  it('should drop "Aan de" and ignore case and spacing', () => {
    const want = addresseeKey('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal');
    assert.equal(addresseeKey('Voorzitter van de  Tweede Kamer der Staten-Generaal'), want);
    assert.equal(addresseeKey('aan de voorzitter van de Tweede Kamer der\nStaten-Generaal'), want);
    assert.equal(addresseeKey('Aan Voorzitter van de Tweede Kamer der Staten-Generaal'), want);
  });
});

describe('nameKey', () => {
  it('should equate initials with and without spaces', () => {
    assert.equal(nameKey('G. B. M. Leers'), nameKey('G.B.M. Leers'));
    assert.equal(nameKey('J. M.van Bijsterveldt-Vliegenthart'), nameKey('J.M. van Bijsterveldt-Vliegenthart'));
    assert.notEqual(nameKey('Klaver'), nameKey('Klaver-Slob'));
  });
});

describe('handelingenKey', () => {
  it('should build canonical Handelingen and Aanhangsel ids', () => {
    assert.deepEqual(
      handelingenKey({ kind: 'handelingen', kamer: 'II', vergaderjaar: '2014/15', number: '86', item: '9' }),
      {
        key: 'h-tk-20142015-86-9',
        exact: true,
      },
    );
    assert.deepEqual(handelingenKey({ kind: 'handelingen', kamer: 'I', vergaderjaar: '1999/00', number: '5' }), {
      key: 'h-ek-19992000-5',
      exact: false,
    });
    assert.deepEqual(handelingenKey({ kind: 'aanhangsel', vergaderjaar: '2021-2022', number: '722' }), {
      key: 'ah-tk-20212022-722',
      exact: true,
    });
  });
});

describe('typeSlug', () => {
  it('should map printed type lines to the vocabulary', () => {
    const table: Array<[string, string]> = [
      ['BRIEF VAN DE MINISTER VAN DEFENSIE', 'brief'],
      ['Motie van het lid Van der Staaij c.s.', 'motie'],
      ['GEWIJZIGDE MOTIE VAN DE LEDEN PODT EN PIRI', 'motie'],
      ['NADER GEWIJZIGD AMENDEMENT VAN HET LID KANT', 'amendement'],
      ['SUBAMENDEMENT VAN HET LID BOSMA', 'amendement'],
      ['GEWIJZIGD VOORSTEL VAN WET', 'voorstel-van-wet'],
      ['TWEEDE NOTA VAN WIJZIGING', 'nota-van-wijziging'],
      ['VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN', 'lijst-van-vragen-en-antwoorden'],
      ['VERSLAG VAN EEN ALGEMEEN OVERLEG', 'verslag-commissiedebat'],
      ['VERSLAG VAN EEN SCHRIFTELIJK OVERLEG', 'verslag-schriftelijk-overleg'],
      ['HERDRUK VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR FINANCIËN', 'verslag'],
      ['NOTA NAAR AANLEIDING VAN HET VERSLAG', 'nota-naar-aanleiding-van-het-verslag'],
      ['ADVIES RAAD VAN STATE EN NADER RAPPORT', 'advies-raad-van-state'],
      ['JAARVERSLAG EN SLOTWET', 'other'],
    ];
    for (const [line, slug] of table) assert.equal(typeSlug(line), slug, line);
  });

  it('should type Aanhangsels by whether they answer', () => {
    assert.equal(
      expectedType(null, { kind: 'aanhangsel' }, 'Vragen van het lid X\n\nAntwoord van minister Y'),
      'antwoord-kamervragen',
    );
    assert.equal(
      expectedType(null, { kind: 'aanhangsel' }, 'Vragen van het lid X (ingezonden 1 mei 2020).'),
      'kamervragen',
    );
    assert.equal(expectedType(null, { kind: 'handelingen' }, ''), 'handelingen');
    assert.equal(expectedType(null, null, ''), null);
  });
});

describe('dice', () => {
  it('should be 1 for equal texts, 0 for disjoint ones and in between otherwise', () => {
    assert.equal(dice(bigrams('integratiebeleid'), bigrams('integratiebeleid')), 1);
    assert.equal(dice(bigrams('abc'), bigrams('xyz')), 0);
    const partial = dice(bigrams('socialezekerheidsverdrag'), bigrams('socialezeker- heidsverdrag'));
    assert.ok(partial > 0.8 && partial < 1, String(partial));
  });
});

/** A document as a perfect parser would give it, from a corpus truth line. */
function oracleDocument(truth: CorpusTruth, text: string): Document {
  const doc = emptyDocument({ format: 'text', sha256: '0'.repeat(64) });
  doc.dossiers = (truth.dossiers ?? []).map((d) => {
    const [number, suffix] = d.number.split(/-(?=[A-Z]|R\d)/);
    return suffix ? { number: number as string, suffix, title: d.title } : { number: d.number, title: d.title };
  });
  doc.number = truth.number;
  doc.typeLine = truth.type_line && ` ${truth.type_line.toLowerCase()} `;
  doc.type = expectedType(truth.type_line, truth.id_info, text) ?? 'other';
  doc.date = truth.date;
  doc.addressee = truth.addressee?.replace(/^Aan de /, '') ?? null;
  doc.signatories = (truth.signers ?? []).map((s) => ({ name: s.name.replace(/\. /g, '.'), role: s.role }));
  doc.references = (truth.references ?? []).map((r) => ({
    kind: 'kamerstuk' as const,
    target: kamerstukKey(r.dossier, r.number),
    text: r.cited_as ?? '',
  }));
  for (const ref of truth.handelingen_refs ?? []) {
    const key = handelingenKey(ref);
    if (key) doc.references.push({ kind: 'handelingen', target: key.exact ? key.key : `${key.key}-3`, text: '' });
  }
  return doc;
}

function idOf(path: string): string {
  return path.replace(/\.txt$/, '');
}

describe('scoreCorpus', () => {
  it('should score a parser that returns the truth 1 on every field', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const corpus = join(shared, 'corpus');
    const truths = new Map(readJsonl<CorpusTruth>(join(corpus, 'truth.jsonl')).map((r) => [r.source_id, r]));
    const sink: Mismatch[] = [];
    const score = await scoreCorpus(
      corpus,
      (bytes, { path }) => {
        const doc = oracleDocument(truths.get(idOf(path)) as CorpusTruth, Buffer.from(bytes).toString('utf8'));
        assert.deepEqual(validateDocument(doc), []);
        return doc;
      },
      sink,
    );
    assert.deepEqual(sink, []);
    for (const field of [
      'dossiers',
      'dossierTitles',
      'number',
      'typeLine',
      'type',
      'date',
      'addressee',
      'signers',
    ] as const) {
      assert.equal(score[field].accuracy, 1, field);
      assert.ok(score[field].total > 0, field);
    }
    assert.equal(score.references.f1, 1);
    assert.equal(score.handelingenRefs.f1, 1);
  });

  it('should count a parser that throws as wrong everywhere, without throwing', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const sink: Mismatch[] = [];
    const score = await scoreCorpus(
      join(shared, 'corpus'),
      () => {
        throw new Error('boom');
      },
      sink,
    );
    assert.equal(score.failed, score.papers);
    assert.equal(score.dossiers.correct, 0);
    assert.ok(sink.some((m) => m.field === 'parse' && String(m.got).includes('boom')));
  });
});

describe('scorePdf', () => {
  it('should score a parser that returns the truth paragraphs and footnotes 1', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const corpus = join(shared, 'corpus');
    const truths = new Map(readJsonl<PdfTruth>(join(corpus, 'pdf', 'truth.jsonl')).map((r) => [r.source_id, r]));
    const sink: Mismatch[] = [];
    const score = await scorePdf(
      corpus,
      (_bytes, { path }) => {
        const truth = truths.get(idOf(path)) as PdfTruth;
        const doc = emptyDocument({ format: 'text', sha256: '0'.repeat(64) });
        doc.dossiers = (truth.dossiers ?? []).map((d) => ({ number: d.number.replace(/\s/g, ''), title: d.title }));
        doc.number = truth.number;
        doc.date = truth.date;
        doc.typeLine = truth.type_line;
        doc.blocks = truth.paragraphs.map((text) => ({ kind: 'paragraph', text: `${text}\n` }));
        doc.footnotes = truth.footnotes.map((f) => ({ marker: f.marker, text: f.text }));
        return doc;
      },
      sink,
    );
    assert.deepEqual(sink, []);
    assert.equal(score.dossiers.accuracy, 1);
    assert.equal(score.paragraphs.accuracy, 1);
    assert.equal(score.paragraphSimilarity, 1);
    assert.equal(score.footnotes.accuracy, 1);
    assert.equal(score.number.accuracy, 1);
    assert.equal(score.date.accuracy, 1);
    assert.equal(score.typeLine.accuracy, 1);
  });
});

describe('typeLineKey', () => {
  it('should ignore case and line breaks', () => {
    assert.equal(typeLineKey('Brief van de minister\nvan Defensie'), 'BRIEF VAN DE MINISTER VAN DEFENSIE');
  });
});
