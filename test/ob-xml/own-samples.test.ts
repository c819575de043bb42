/**
 * The officielebekendmakingen XML samples written for these tests (fictitious papers in
 * the official structure, each with its metadata.xml beside it): header fields exact,
 * metadata over markup with warnings where they differ, the three shapes of metadata
 * alike, and the same paper read from its XML and from its printed text alike.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { enrich } from '../../src/extract/index.ts';
import type { Document } from '../../src/model/index.ts';
import {
  looksLikeMetadata,
  type OfficialMetadata,
  parseText,
  readMetadata,
  sha256,
  xmlParser,
} from '../../src/parse/index.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { validateDocument } from '../support/validate-document.ts';

const DIR = join(FIXTURES, 'ob-xml');

function bytesOf(name: string): Buffer {
  return readFileSync(join(DIR, name));
}

/** Parse a sample, with its metadata.xml unless told otherwise, and enrich it. */
async function parseSample(id: string, metadata: Uint8Array | null = bytesOf(`${id}.metadata.xml`)): Promise<Document> {
  const bytes = bytesOf(`${id}.xml`);
  const source = { format: 'xml' as const, path: `${id}.xml`, sha256: sha256(bytes) };
  const doc = enrich(await xmlParser.parse(bytes, source, metadata ? { metadata } : {}));
  assert.deepEqual(validateDocument(doc), [], id);
  return doc;
}

function header(doc: Document): Partial<Document> {
  const { id, kind, chamber, dossiers, number, type, typeLine, subject, sender, addressee, place, date } = doc;
  return { id, kind, chamber, dossiers, number, type, typeLine, subject, sender, addressee, place, date };
}

describe('Kamerstuk XML: a letter in two dossiers (kst-99012-7)', () => {
  it('should read every header field exactly', async () => {
    const doc = await parseSample('kst-99012-7');
    assert.deepEqual(header(doc), {
      id: 'kst-99012-7',
      kind: 'kamerstuk',
      chamber: 'tweede-kamer',
      dossiers: [
        { number: '99012', title: 'Fictief waterbeleid (fictief voorbeeld)' },
        { number: '99340', title: 'Regels voor fictieve oevers' },
      ],
      number: '7',
      type: 'brief',
      typeLine: 'BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT',
      subject: 'Voortgang van het fictieve waterbeleid',
      sender: { role: 'minister', portfolio: 'Infrastructuur en Waterstaat', name: 'A.B. Voorbeeld' },
      addressee: 'Voorzitter van de Tweede Kamer der Staten-Generaal',
      place: 'Den Haag',
      date: '2025-03-12',
    });
    assert.equal(doc.parliamentaryYear, '2024-2025');
    assert.equal(doc.citation, 'Kamerstukken II 2024/25, 99 012, nr. 7');
    assert.deepEqual(doc.signatories, [{ name: 'A.B. Voorbeeld', role: 'Minister van Infrastructuur en Waterstaat' }]);
    assert.deepEqual(doc.warnings, []);
  });

  it('should give the body in reading order with its footnotes, a list and a table', async () => {
    const doc = await parseSample('kst-99012-7');
    assert.deepEqual(
      doc.blocks.map((b) => b.kind),
      ['paragraph', 'heading', 'paragraph', 'list-item', 'list-item', 'table', 'heading', 'paragraph'],
    );
    assert.equal(
      doc.blocks[0]?.text,
      'Deze brief is een fictief voorbeeld, geschreven voor de tests van Griffie. In mijn brief van 4 februari 2025 heb ik uw Kamer toegezegd te melden hoe het staat met het versterken en aanzanden van de oevers.',
    );
    assert.deepEqual(doc.blocks[0]?.footnoteRefs, ['1']);
    assert.deepEqual(doc.blocks[1], { kind: 'heading', text: '1. Voortgang' });
    assert.deepEqual(doc.blocks[3], { kind: 'list-item', text: '– versterking van 12 kilometer dijk;' });
    assert.equal(doc.blocks[5]?.text, 'Maatregel | Kilometers\nDijkversterking | 12\nOeverherstel | 4');
    assert.match(doc.blocks[7]?.text ?? '', /Ik verwijs naar Kamerstuk 99 340, nr\. 12, waarin/);
    assert.deepEqual(doc.footnotes, [
      { marker: '1', text: 'Kamerstuk 99 012, nr. 5' },
      { marker: '2', text: 'Zie ook Handelingen II 2024/25, nr. 40, item 9.' },
    ]);
    assert.deepEqual(doc.references, [
      { kind: 'dossier', target: 'dossier-99340', text: 'dossier 99 340' },
      { kind: 'kamerstuk', target: 'kst-99340-12', text: 'Kamerstuk 99 340, nr. 12' },
      { kind: 'kamerstuk', target: 'kst-99012-5', text: 'Kamerstuk 99 012, nr. 5', in: 'footnote 1' },
      {
        kind: 'handelingen',
        target: 'h-tk-20242025-40-9',
        text: 'Handelingen II 2024/25, nr. 40, item 9',
        in: 'footnote 2',
      },
    ]);
  });

  it('should read the same header from the markup alone, the subject aside', async () => {
    const doc = await parseSample('kst-99012-7', null);
    assert.deepEqual(header(doc), { ...header(await parseSample('kst-99012-7')), subject: null });
    assert.deepEqual(doc.warnings, []);
  });

  it('should read the same paper from its printed text (PDF text) as from XML and metadata', async () => {
    const text = bytesOf('kst-99012-7.txt').toString('utf8');
    const printed = enrich(
      parseText(text, { format: 'text', path: 'kst-99012-7.txt', sha256: sha256(Buffer.from(text)) }),
    );
    const xml = await parseSample('kst-99012-7');
    const fields = (doc: Document) => {
      const { id, dossiers, number, type, date, references, footnotes, signatories, addressee, place } = doc;
      return { id, dossiers, number, type, date, references, footnotes, signatories, addressee, place };
    };
    assert.deepEqual(fields(printed), fields(xml));
  });

  it('should warn where the metadata disagrees, and keep the metadata value', async () => {
    const metadata = bytesOf('kst-99012-7.metadata.xml')
      .toString('utf8')
      .replace('content="kst-99012-7"', 'content="kst-99012-94"')
      .replace(
        'name="OVERHEIDop.ondernummer" scheme="" content="7"',
        'name="OVERHEIDop.ondernummer" scheme="" content="94"',
      )
      .replace(
        'name="OVERHEIDop.datumBrief" scheme="DCTERMS.W3CDTF" content="2025-03-12"',
        'name="OVERHEIDop.datumBrief" scheme="DCTERMS.W3CDTF" content="2025-03-11"',
      );
    const doc = await parseSample('kst-99012-7', Buffer.from(metadata));
    assert.deepEqual([doc.id, doc.number, doc.date], ['kst-99012-94', '94', '2025-03-11']);
    assert.deepEqual(doc.warnings, [
      'metadata.xml gives id "kst-99012-94", the text "kst-99012-7"',
      'metadata.xml gives number "94", the text "7"',
      'metadata.xml gives date "2025-03-11", the text "2025-03-12"',
    ]);
  });
});

describe('metadata of kst-99012-7 in its three shapes', () => {
  const typed = (meta: OfficialMetadata): Partial<OfficialMetadata> => {
    const { urls: _urls, properties: _properties, ...fields } = meta;
    return fields;
  };

  it('should read metadata.xml, metadata_owms.xml and an SRU record to the same fields', () => {
    const flat = readMetadata(bytesOf('kst-99012-7.metadata.xml'));
    const owms = readMetadata(bytesOf('kst-99012-7.owms-metadata.xml'));
    const sru = readMetadata(bytesOf('kst-99012-7.sru-metadata.xml').toString('utf8'));
    assert.deepEqual(typed(owms), typed(flat));
    assert.deepEqual(typed(sru), typed(flat));
    assert.deepEqual(
      [flat.identifier, flat.kind, flat.chamber, flat.type, flat.number, flat.parliamentaryYear, flat.letterDate],
      ['kst-99012-7', 'kamerstuk', 'tweede-kamer', 'Brief', '7', '2024-2025', '2025-03-12'],
    );
    assert.deepEqual(flat.dossiers, [
      { number: '99012', title: 'Fictief waterbeleid (fictief voorbeeld)' },
      { number: '99340', title: null },
    ]);
    assert.equal(
      sru.urls.items.pdf,
      'https://repository.overheid.nl/frbr/officielepublicaties/kst/99012/kst-99012-7/1/pdf/kst-99012-7.pdf',
    );
    assert.equal(sru.urls.preferred, 'https://zoek.officielebekendmakingen.nl/kst-99012-7.html');
  });

  it('should recognise each shape as metadata and none of the papers', () => {
    for (const name of ['kst-99012-7.metadata.xml', 'kst-99012-7.owms-metadata.xml', 'kst-99012-7.sru-metadata.xml']) {
      assert.equal(looksLikeMetadata(bytesOf(name)), true, name);
      assert.equal(xmlParser.score(bytesOf(name), {}), 0, name);
    }
    for (const id of ['kst-99012-7', 'kst-99200-XV-14', 'kv-tk-2025Z99001', 'ah-tk-20242025-9901']) {
      assert.equal(looksLikeMetadata(bytesOf(`${id}.xml`)), false, id);
      assert.equal(xmlParser.score(bytesOf(`${id}.xml`), {}), 0.95, id);
    }
  });
});

describe('Kamerstuk XML: a motion with submitters (kst-99200-XV-14)', () => {
  it('should read the dossier with its toevoeging, the date proposed and every submitter', async () => {
    const doc = await parseSample('kst-99200-XV-14');
    assert.deepEqual(header(doc), {
      id: 'kst-99200-XV-14',
      kind: 'kamerstuk',
      chamber: 'tweede-kamer',
      dossiers: [
        {
          number: '99200',
          suffix: 'XV',
          title:
            'Vaststelling van de begrotingsstaten van het Ministerie van Voorbeelden (XV) voor het jaar 2025 (fictief voorbeeld)',
        },
      ],
      number: '14',
      type: 'motie',
      typeLine: 'MOTIE VAN HET LID VOORBEELD C.S.',
      subject: 'Motie van het lid Voorbeeld c.s. over een post voor voorbeelden',
      sender: { role: 'lid', portfolio: null, name: 'Voorbeeld' },
      addressee: null,
      place: null,
      date: '2024-11-21',
    });
    assert.equal(doc.citation, 'Kamerstukken II 2024/25, 99 200 XV, nr. 14');
    assert.deepEqual(doc.signatories, [
      { name: 'Voorbeeld', role: 'lid' },
      { name: 'Fictief', role: 'lid' },
      { name: 'Van der Proef', role: 'lid' },
    ]);
    assert.deepEqual(doc.blocks.map((b) => b.text).slice(0, 2), ['De Kamer,', 'gehoord de beraadslaging,']);
    assert.equal(doc.blocks.at(-1)?.text, 'en gaat over tot de orde van de dag.');
    assert.deepEqual(doc.warnings, []);
  });
});

describe('Kamervragen XML and their Aanhangsel (kv-tk-2025Z99001, ah-tk-20242025-9901)', () => {
  it('should read the questions: askers, addressee, subject, date, zaak number', async () => {
    const doc = await parseSample('kv-tk-2025Z99001');
    assert.deepEqual(header(doc), {
      id: 'kv-tk-2025Z99001',
      kind: 'kamervragen',
      chamber: 'tweede-kamer',
      dossiers: [],
      number: null,
      type: 'kamervragen',
      typeLine: null,
      subject: 'het fictieve register van voorbeelden',
      sender: { role: 'lid', portfolio: null, name: 'Proef' },
      addressee: 'Minister van Binnenlandse Zaken en Koninkrijksrelaties',
      place: null,
      date: '2025-02-03',
    });
    assert.deepEqual(doc.signatories, [{ name: 'Proef', role: 'lid', party: 'FICT' }]);
    assert.deepEqual(doc.external, { tkZaken: ['2025Z99001'] });
    assert.deepEqual(
      doc.blocks.map((b) => b.kind),
      ['heading', 'question', 'heading', 'question'],
    );
    assert.deepEqual(doc.blocks[1]?.footnoteRefs, ['1']);
    assert.deepEqual(
      doc.references.map((r) => r.target),
      ['kst-99012-5'],
    );
    assert.deepEqual(doc.warnings, []);
  });

  it('should read the answer: its number, sender, date of receipt, questions and answers', async () => {
    const doc = await parseSample('ah-tk-20242025-9901');
    assert.deepEqual(header(doc), {
      id: 'ah-tk-20242025-9901',
      kind: 'aanhangsel',
      chamber: 'tweede-kamer',
      dossiers: [],
      number: '9901',
      type: 'antwoord-kamervragen',
      typeLine: null,
      subject: 'het fictieve register van voorbeelden',
      sender: { role: 'minister', portfolio: 'Binnenlandse Zaken en Koninkrijksrelaties', name: 'Voorbeeld' },
      addressee: 'Minister van Binnenlandse Zaken en Koninkrijksrelaties',
      place: null,
      date: '2025-02-24',
    });
    assert.equal(doc.citation, 'Aanhangsel Handelingen II 2024/25, nr. 9901');
    assert.deepEqual(
      doc.blocks.map((b) => b.kind),
      ['heading', 'question', 'heading', 'answer', 'heading', 'question', 'heading', 'answer'],
    );
    assert.deepEqual(
      doc.references.map((r) => r.target),
      ['kst-99012-5', 'kst-99012-7'],
    );
    assert.deepEqual(doc.warnings, []);
  });
});
