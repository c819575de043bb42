/**
 * The bundled example archive (`examples/`): the seed letter and the fictional papers
 * that `npm start` loads offline. Every paper parses to a valid document whose id is its
 * file name, with the type, date, dossiers, number, sender, signatories, footnotes and
 * references it was written to have, and no warnings; every citation between the
 * fictional papers leads to another example; together they cover the paper types they
 * were written for, several dossiers and a year and more of dates.
 *
 * `EXPECTED` holds what each paper says. Where the parser does not read that yet,
 * `KNOWN_GAPS` names the field and why; those fields are checked in a `todo` test of
 * their own, so that the gap shows in every run and the entry can go once it is fixed.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { type Document, dossierKey, type PaperType, type Sender } from '../src/model/index.ts';
import { parseFile } from '../src/pipeline/index.ts';
import { ROOT } from './support/shared.ts';
import { validateDocument } from './support/validate-document.ts';

const DIR = join(ROOT, 'examples');
/** The one real paper of the archive; its citations lead outside it. */
const SEED = 'kst-32824-93';
const FICTIONAL_MARK = 'Fictief voorbeeld, geen officiële publicatie.';

/** What one example says, as the parser should read it. */
interface Expected {
  type: PaperType;
  /** `null` only where the printed paper carries no date: a bill and its explanatory memorandum. */
  date: string | null;
  chamber: Document['chamber'];
  /** Dossier keys as in ids: `99101`, `99104-XII`. */
  dossiers: string[];
  number: string | null;
  sender: Sender | null;
  signatories: string[];
  footnotes: number;
  /** Reference targets in the order the parser lists them: the body first, then each footnote. */
  references: string[];
  /** Checked only where given. */
  addressee?: string | null;
  title?: string;
  /** A paragraph the body must hold, word for word. */
  paragraph?: string;
}

type Field = keyof Expected | 'id';

const OEVERMAN: Sender = { role: 'minister', portfolio: 'Infrastructuur en Waterstaat', name: 'R.T. Oeverman' };
const KAAI_BOELENS: Sender = {
  role: 'staatssecretaris',
  portfolio: 'Infrastructuur en Waterstaat',
  name: 'L.M. de Kaai-Boelens',
};
const LEESBERG: Sender = { role: 'minister', portfolio: 'Onderwijs, Cultuur en Wetenschap', name: 'S.P. Leesberg' };
const GRAASMA: Sender = {
  role: 'minister',
  portfolio: 'Landbouw, Visserij, Voedselzekerheid en Natuur',
  name: 'G.H. Graasma',
};
const COMMITTEE = ['Damstra-Vliet', 'Sluisman'];

function member(name: string, role: 'lid' | 'leden' = 'lid'): Sender {
  return { role, portfolio: null, name };
}

/** Fields every Tweede Kamer paper of a dossier shares. */
function kst(dossiers: string[], number: string): Pick<Expected, 'chamber' | 'dossiers' | 'number'> {
  return { chamber: 'tweede-kamer', dossiers, number };
}

/** Fields of a Tweede Kamer paper outside any dossier: Handelingen and written questions. */
function noDossier(number: string | null = null): Pick<Expected, 'chamber' | 'dossiers' | 'number'> {
  return { chamber: 'tweede-kamer', dossiers: [], number };
}

const EXPECTED: Record<string, Expected> = {
  'kst-32824-93': {
    type: 'brief',
    date: '2015-05-28',
    ...kst(['32824', '27925'], '93'),
    sender: { role: 'minister', portfolio: 'Sociale Zaken en Werkgelegenheid', name: 'L.F. Asscher' },
    signatories: ['L.F. Asscher'],
    footnotes: 1,
    references: ['dossier-34052', 'kst-34052-7'],
  },
  'kst-99101-1': {
    type: 'brief',
    date: '2025-02-13',
    ...kst(['99101'], '1'),
    sender: OEVERMAN,
    signatories: ['R.T. Oeverman'],
    footnotes: 2,
    references: [],
  },
  'kst-99101-2': {
    type: 'lijst-van-vragen-en-antwoorden',
    date: '2025-03-20',
    ...kst(['99101'], '2'),
    sender: null,
    signatories: COMMITTEE,
    footnotes: 0,
    references: ['kst-99101-1'],
  },
  'kst-99101-3': {
    type: 'verslag-commissiedebat',
    date: '2025-04-10',
    ...kst(['99101'], '3'),
    sender: null,
    signatories: COMMITTEE,
    footnotes: 0,
    references: ['kst-99101-1', 'kst-99101-2'],
  },
  'kst-99101-4': {
    type: 'motie',
    date: '2025-04-16',
    ...kst(['99101'], '4'),
    sender: member('Kroosberg'),
    signatories: ['Kroosberg'],
    footnotes: 0,
    references: [],
  },
  'kst-99101-5': {
    type: 'motie',
    date: '2025-04-16',
    ...kst(['99101'], '5'),
    sender: member('Van Wierum', 'leden'),
    signatories: ['Van Wierum', 'Heggeman'],
    footnotes: 0,
    references: [],
  },
  'kst-99101-6': {
    type: 'motie',
    date: '2025-04-22',
    ...kst(['99101'], '6'),
    sender: member('Kroosberg'),
    signatories: ['Kroosberg', 'Brasem', 'Heggeman'],
    footnotes: 0,
    references: [],
    title: 'Gewijzigde motie van het lid Kroosberg c.s. ter vervanging van die gedrukt onder nr. 4',
  },
  'h-tk-20242025-72-9': {
    type: 'handelingen',
    date: '2025-04-22',
    ...noDossier(),
    sender: null,
    signatories: [],
    footnotes: 0,
    references: ['kst-99101-6', 'kst-99101-5', 'kst-99101-4'],
    addressee: null,
    paragraph:
      'Aan de orde zijn de stemmingen over moties, ingediend bij het tweeminutendebat Toekomst van de binnenvaart (CD 26/3),',
  },
  'kst-99101-7': {
    type: 'brief',
    date: '2025-06-19',
    ...kst(['99101'], '7'),
    sender: OEVERMAN,
    signatories: ['R.T. Oeverman'],
    footnotes: 1,
    references: ['kst-99101-6', 'h-tk-20242025-72-9', 'kst-99101-3'],
  },
  'kv-tk-2025Z16880': {
    type: 'kamervragen',
    date: '2025-09-23',
    ...noDossier(),
    sender: member('Kroosberg'),
    signatories: ['Kroosberg'],
    footnotes: 1,
    references: [],
  },
  'ah-tk-20252026-265': {
    type: 'antwoord-kamervragen',
    date: '2025-10-14',
    ...noDossier('265'),
    sender: { role: 'staatssecretaris', portfolio: 'Infrastructuur en Waterstaat', name: 'De Kaai-Boelens' },
    signatories: ['Kroosberg'],
    footnotes: 1,
    references: ['kst-99102-2'],
  },
  'kst-99101-8': {
    type: 'brief',
    date: '2025-10-23',
    ...kst(['99101'], '8'),
    sender: KAAI_BOELENS,
    signatories: ['L.M. de Kaai-Boelens'],
    footnotes: 1,
    references: ['ah-tk-20252026-265', 'dossier-99102', '2025Z16880'],
  },
  'kst-99101-9': {
    type: 'brief',
    date: '2025-11-27',
    ...kst(['99101'], '9'),
    sender: OEVERMAN,
    signatories: ['R.T. Oeverman'],
    footnotes: 1,
    references: ['kst-99104-XII-12', 'kst-99101-5', 'kst-99101-7'],
  },
  'kst-99101-10': {
    type: 'verslag-schriftelijk-overleg',
    date: '2026-01-15',
    ...kst(['99101'], '10'),
    sender: null,
    signatories: [...COMMITTEE, 'R.T. Oeverman'],
    footnotes: 0,
    references: ['kst-99101-9'],
  },
  'kst-99101-11': {
    type: 'brief',
    date: '2026-03-05',
    ...kst(['99101'], '11'),
    sender: { role: 'commissie', portfolio: 'Infrastructuur en Waterstaat', name: 'Damstra-Vliet' },
    signatories: ['Damstra-Vliet'],
    footnotes: 0,
    references: [],
  },
  'kst-99101-12': {
    type: 'brief',
    date: '2026-06-11',
    ...kst(['99101'], '12'),
    sender: OEVERMAN,
    signatories: ['R.T. Oeverman'],
    footnotes: 0,
    references: ['kst-99101-9', 'kst-99101-10'],
  },
  'kst-99102-2': {
    type: 'voorstel-van-wet',
    date: null,
    ...kst(['99102'], '2'),
    sender: null,
    signatories: [],
    footnotes: 0,
    references: [],
  },
  'kst-99102-3': {
    type: 'memorie-van-toelichting',
    date: null,
    ...kst(['99102'], '3'),
    sender: OEVERMAN,
    signatories: ['R.T. Oeverman'],
    footnotes: 2,
    references: ['kst-99101-1', 'kst-99101-3'],
  },
  'kst-99102-4': {
    type: 'verslag',
    date: '2025-10-09',
    ...kst(['99102'], '4'),
    sender: null,
    signatories: COMMITTEE,
    footnotes: 0,
    references: [],
  },
  'kst-99102-5': {
    type: 'nota-naar-aanleiding-van-het-verslag',
    date: '2025-11-06',
    ...kst(['99102'], '5'),
    sender: OEVERMAN,
    signatories: ['R.T. Oeverman'],
    footnotes: 0,
    references: ['kst-99102-4', 'kst-99102-6'],
  },
  'kst-99102-6': {
    type: 'nota-van-wijziging',
    date: '2025-11-06',
    ...kst(['99102'], '6'),
    sender: OEVERMAN,
    signatories: ['R.T. Oeverman'],
    footnotes: 0,
    references: ['kst-99102-5'],
  },
  'kst-99102-7': {
    type: 'amendement',
    date: '2026-01-20',
    ...kst(['99102'], '7'),
    sender: member('Heggeman'),
    signatories: ['Heggeman'],
    footnotes: 0,
    references: [],
  },
  'kst-99102-8': {
    type: 'amendement',
    date: '2026-01-27',
    ...kst(['99102'], '8'),
    sender: member('Heggeman'),
    signatories: ['Heggeman'],
    footnotes: 0,
    references: ['kst-99102-7'],
    title: 'Gewijzigd amendement van het lid Heggeman ter vervanging van dat gedrukt onder nr. 7',
  },
  'kst-99102-9': {
    type: 'motie',
    date: '2026-01-28',
    ...kst(['99102'], '9'),
    sender: member('Stuwdijk'),
    signatories: ['Stuwdijk'],
    footnotes: 0,
    references: [],
  },
  'h-tk-20252026-45-7': {
    type: 'handelingen',
    date: '2026-01-28',
    ...noDossier(),
    sender: null,
    signatories: [],
    footnotes: 0,
    references: ['kst-99102-9', 'kst-99102-8'],
    addressee: null,
    paragraph:
      'Aan de orde is de voortzetting van de behandeling van het wetsvoorstel Regels over de registratie van zeilende vrachtschepen en het vaarbewijs voor zeilvracht (Wet registratie zeilvracht) (99102).',
  },
  'kst-99102-B': {
    type: 'verslag',
    date: '2026-03-10',
    chamber: 'eerste-kamer',
    dossiers: ['99102'],
    number: 'B',
    sender: null,
    signatories: ['Oudendijk-Mol', 'Klinkhamer'],
    footnotes: 0,
    references: ['kst-99102-8', 'kst-99102-9'],
  },
  'kst-99102-C': {
    type: 'memorie-van-antwoord',
    date: '2026-04-14',
    chamber: 'eerste-kamer',
    dossiers: ['99102'],
    number: 'C',
    sender: OEVERMAN,
    signatories: ['R.T. Oeverman'],
    footnotes: 0,
    references: ['kst-99102-B', 'h-tk-20252026-45-7'],
  },
  'kst-99103-1': {
    type: 'brief',
    date: '2025-05-08',
    ...kst(['99103'], '1'),
    sender: LEESBERG,
    signatories: ['S.P. Leesberg'],
    footnotes: 0,
    references: [],
  },
  'kst-99103-2': {
    type: 'motie',
    date: '2025-07-02',
    ...kst(['99103'], '2'),
    sender: member('Brasem'),
    signatories: ['Brasem'],
    footnotes: 0,
    references: [],
  },
  'kst-99103-3': {
    type: 'brief',
    date: '2025-12-04',
    ...kst(['99103'], '3'),
    sender: LEESBERG,
    signatories: ['S.P. Leesberg'],
    footnotes: 1,
    references: ['kst-99103-1', 'kst-99103-2'],
  },
  'kst-99104-XII-4': {
    type: 'lijst-van-vragen-en-antwoorden',
    date: '2025-10-30',
    ...kst(['99104-XII'], '4'),
    sender: null,
    signatories: COMMITTEE,
    footnotes: 0,
    references: ['kst-99101-7', 'kst-99102-3'],
  },
  'kst-99104-XII-12': {
    type: 'motie',
    date: '2025-11-13',
    ...kst(['99104-XII'], '12'),
    sender: member('Van Wierum'),
    signatories: ['Van Wierum'],
    footnotes: 0,
    references: [],
  },
  'kst-99104-XII-20': {
    type: 'brief',
    date: '2026-02-19',
    ...kst(['99104-XII'], '20'),
    sender: KAAI_BOELENS,
    signatories: ['L.M. de Kaai-Boelens'],
    footnotes: 2,
    references: ['kst-99104-XII-12', 'kst-99101-9', 'kst-99101-8'],
  },
  'kst-99105-1': {
    type: 'brief',
    date: '2025-03-06',
    ...kst(['99105'], '1'),
    sender: GRAASMA,
    signatories: ['G.H. Graasma'],
    footnotes: 0,
    references: [],
  },
  'kv-tk-2026Z02214': {
    type: 'kamervragen',
    date: '2026-02-05',
    ...noDossier(),
    sender: member('Damstra-Vliet'),
    signatories: ['Damstra-Vliet'],
    footnotes: 1,
    references: [],
  },
  'ah-tk-20252026-1187': {
    type: 'antwoord-kamervragen',
    date: '2026-02-26',
    ...noDossier('1187'),
    sender: { role: 'minister', portfolio: 'Landbouw, Visserij, Voedselzekerheid en Natuur', name: 'Graasma' },
    signatories: ['Damstra-Vliet'],
    footnotes: 1,
    references: ['kst-99105-1'],
  },
  'kst-99105-2': {
    type: 'brief',
    date: '2026-03-19',
    ...kst(['99105', '99101'], '2'),
    sender: GRAASMA,
    signatories: ['G.H. Graasma', 'L.M. de Kaai-Boelens'],
    footnotes: 0,
    references: ['kst-99105-1', 'ah-tk-20252026-1187'],
  },
};

/** Fields each example states that the parser does not read yet, and why. */
const KNOWN_GAPS: Record<string, Partial<Record<Field, string>>> = {};

/** The paper types the examples were written to cover. */
const COVERED_TYPES: PaperType[] = [
  'brief',
  'motie',
  'amendement',
  'voorstel-van-wet',
  'memorie-van-toelichting',
  'nota-van-wijziging',
  'verslag',
  'nota-naar-aanleiding-van-het-verslag',
  'memorie-van-antwoord',
  'verslag-schriftelijk-overleg',
  'verslag-commissiedebat',
  'lijst-van-vragen-en-antwoorden',
  'kamervragen',
  'antwoord-kamervragen',
  'handelingen',
];

/** What the parser read, in the shape of `Expected`. */
function observed(doc: Document, want: Expected): Record<Field, unknown> {
  return {
    id: doc.id,
    type: doc.type,
    date: doc.date,
    chamber: doc.chamber,
    dossiers: doc.dossiers.map(dossierKey),
    number: doc.number,
    sender: doc.sender,
    signatories: doc.signatories.map((s) => s.name),
    footnotes: doc.footnotes.length,
    references: doc.references.map((r) => r.target),
    addressee: doc.addressee,
    title: doc.title,
    paragraph: doc.blocks.some((b) => b.text === want.paragraph) ? want.paragraph : doc.blocks[0]?.text,
  };
}

/** The fields to compare for one example, with the value each should have. */
function wanted(id: string, want: Expected): Array<[Field, unknown]> {
  const fields: Array<[Field, unknown]> = [['id', id]];
  for (const [field, value] of Object.entries(want)) if (value !== undefined) fields.push([field as Field, value]);
  return fields;
}

function fileIds(): string[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort();
}

const docs = new Map<string, Document>();

before(async () => {
  for (const id of fileIds()) docs.set(id, await parseFile(join(DIR, `${id}.txt`)));
});

function docOf(id: string): Document {
  const doc = docs.get(id);
  assert.ok(doc, `examples/${id}.txt was not parsed`);
  return doc;
}

describe('the bundled example archive', () => {
  it('should have a table entry for every example and an example for every table entry', () => {
    assert.deepEqual(fileIds(), Object.keys(EXPECTED).sort());
  });

  for (const [id, want] of Object.entries(EXPECTED)) {
    const gaps = KNOWN_GAPS[id] ?? {};
    it(`should read ${id} as a valid ${want.type} without warnings`, () => {
      const doc = docOf(id);
      assert.deepEqual(validateDocument(doc), []);
      assert.deepEqual(doc.warnings, []);
      const got = observed(doc, want);
      for (const [field, value] of wanted(id, want)) {
        if (gaps[field] === undefined) assert.deepEqual(got[field], value, `${id}: ${field}`);
      }
    });
    const gapFields = Object.keys(gaps) as Field[];
    if (gapFields.length > 0) {
      const todo = gapFields.map((field) => `${field}: ${gaps[field]}`).join('; ');
      it(`should read what ${id} says about ${gapFields.join(', ')}`, { todo }, () => {
        const got = observed(docOf(id), want);
        const values = new Map(wanted(id, want));
        for (const field of gapFields) assert.deepEqual(got[field], values.get(field), `${id}: ${field}`);
      });
    }
  }

  it('should mark every fictional paper as a fictional example, in the file and in the parsed body', () => {
    for (const id of fileIds().filter((name) => name !== SEED)) {
      assert.ok(readFileSync(join(DIR, `${id}.txt`), 'utf8').includes(FICTIONAL_MARK), id);
      assert.ok(
        docOf(id).blocks.some((b) => b.text === FICTIONAL_MARK),
        `${id}: the mark is not a paragraph of its own`,
      );
    }
  });

  it('should resolve every citation in a fictional paper to another example', () => {
    const ids = new Set(fileIds());
    const dossiers = new Set([...docs.values()].flatMap((doc) => doc.dossiers.map((d) => `dossier-${dossierKey(d)}`)));
    for (const [id, doc] of docs) {
      if (id === SEED) continue;
      for (const reference of doc.references) {
        // Written questions are cited by their zaak number; their id is `kv-tk-{zaak}`.
        const target = reference.kind === 'tk-zaak' ? `kv-tk-${reference.target}` : reference.target;
        const found = reference.kind === 'dossier' ? dossiers.has(target) : ids.has(target);
        assert.ok(found, `${id}: «${reference.text}» (${reference.kind} ${reference.target}) is no example`);
        assert.notEqual(target, id, `${id} cites itself`);
      }
    }
  });

  it('should cover every paper type it was written for', () => {
    const types = new Set([...docs.values()].map((doc) => doc.type));
    for (const type of COVERED_TYPES) assert.ok(types.has(type), `no example of type ${type}`);
  });

  it('should hold at least four fictional dossiers, all numbered from 99 000 up', () => {
    const fictional = [...docs].filter(([id]) => id !== SEED).map(([, doc]) => doc);
    const numbers = new Set(fictional.flatMap((doc) => doc.dossiers.map(dossierKey)));
    assert.ok(numbers.size >= 4, `only ${numbers.size} dossiers: ${[...numbers].join(', ')}`);
    for (const number of numbers) assert.ok(Number.parseInt(number, 10) >= 99000, number);
  });

  it('should spread the fictional papers over at least twelve months of 2025 and 2026', () => {
    const months = new Set(
      [...docs]
        .filter(([id]) => id !== SEED)
        .map(([, doc]) => doc.date?.slice(0, 7))
        .filter((month): month is string => month !== undefined),
    );
    assert.ok(months.size >= 12, `papers in ${months.size} months only`);
    for (const month of months) assert.match(month, /^202[56]-/);
  });
});
