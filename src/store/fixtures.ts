/**
 * Fictional papers for the store tests, built in code (dossiers from 99 000 up). Every
 * text is made up; each paper is shaped to exercise one or more query constructs, the
 * Dutch analyzer, facets and related papers.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { type Block, type Document, type Dossier, emptyDocument, type Reference } from '../model/index.ts';

/** The fields a fixture sets; everything else comes from `emptyDocument`. */
export type PaperSpec = Partial<Omit<Document, 'blocks' | 'source'>> & {
  body: string[];
  path?: string;
};

/** A SHA-256 of the paper's content, so changed text gets a changed hash. */
function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** Build a complete document from a spec (paragraph blocks from `body`). */
export function paper(spec: PaperSpec): Document {
  const { body, path, ...fields } = spec;
  const blocks: Block[] = body.map((text) => ({ kind: 'paragraph', text }));
  const doc: Document = { ...emptyDocument({ format: 'text', sha256: '' }), ...fields, blocks };
  doc.source = { format: 'text', path: path ?? `fixtures/${fields.id ?? 'paper'}.txt`, sha256: hash([fields, body]) };
  return doc;
}

const integratie: Dossier = { number: '99001', title: 'Integratie van nieuwkomers' };
const europa: Dossier = { number: '99002', title: 'Sociale zekerheid in Europa' };
const begroting: Dossier = { number: '99003', suffix: 'VII', title: 'Begroting Binnenlandse Zaken 2017' };
const opvang: Dossier = { number: '99004', title: 'Kinderopvang' };
const balans: Dossier = { number: '99005', title: 'Wet arbeidsmarkt in balans' };

const szw = 'Sociale Zaken en Werkgelegenheid';
const ref = (kind: Reference['kind'], target: string, text: string, inside?: string): Reference =>
  inside ? { kind, target, text, in: inside } : { kind, target, text };

/** The fixture papers, oldest first. */
export function fixturePapers(): Document[] {
  return [
    paper({
      id: 'kst-99001-1',
      topics: ['integratie', 'radicalisering', 'imamopleiding'],
      kind: 'kamerstuk',
      chamber: 'tweede-kamer',
      type: 'brief',
      dossiers: [integratie],
      number: '1',
      title: 'Brief over imamopleidingen en inburgering',
      sender: { role: 'minister', portfolio: szw, name: 'A.B. Jansen' },
      date: '2015-05-28',
      parliamentaryYear: '2014-2015',
      citation: 'Kamerstukken II 2014/15, 99 001, nr. 1',
      body: [
        'De regering investeert in imamopleidingen aan Nederlandse universiteiten.',
        'Het programma tegen radicalisering is in 2014 gecreëerd en wordt voortgezet.',
        'Zie ook de eerdere brief over de positie van nieuwkomers op de arbeidsmarkt.',
      ],
      footnotes: [{ marker: '1', text: 'Kamerstuk 99 002, nr. 3' }],
      references: [
        ref('kamerstuk', 'kst-99002-3', 'Kamerstuk 99 002, nr. 3', 'footnote 1'),
        ref('dossier', 'dossier-99004', 'dossier 99 004'),
      ],
    }),
    paper({
      id: 'kst-99001-2',
      topics: ['integratie', 'inburgering'],
      kind: 'kamerstuk',
      chamber: 'tweede-kamer',
      type: 'motie',
      dossiers: [integratie],
      number: '2',
      title: 'Motie van het lid De Vries over taalonderwijs',
      sender: { role: 'lid', portfolio: null, name: 'C. de Vries' },
      date: '2015-06-10',
      parliamentaryYear: '2014-2015',
      citation: 'Kamerstukken II 2014/15, 99 001, nr. 2',
      body: [
        'De Kamer, gehoord de beraadslaging, verzoekt de regering het taalonderwijs voor nieuwkomers te versterken,',
        'en gaat over tot de orde van de dag.',
      ],
      references: [ref('kamerstuk', 'kst-99001-1', 'Kamerstuk 99 001, nr. 1')],
    }),
    paper({
      id: 'kst-99002-3',
      topics: ['sociale zekerheid', 'marokko'],
      kind: 'kamerstuk',
      chamber: 'tweede-kamer',
      type: 'brief',
      dossiers: [europa],
      number: '3',
      title: 'Verdrag met Marokko',
      sender: { role: 'staatssecretaris', portfolio: 'Veiligheid en Justitie', name: 'E. Bakker' },
      date: '2016-02-01',
      parliamentaryYear: '2015-2016',
      citation: 'Kamerstukken II 2015/16, 99 002, nr. 3',
      body: [
        'Het socialezekerheidsverdrag met Marokko wordt opgezegd.',
        'De sociale zekerheid van gepensioneerden blijft gewaarborgd.',
      ],
      references: [ref('dossier', 'dossier-99004', 'dossier 99 004')],
    }),
    paper({
      id: 'kst-99003-VII-4',
      kind: 'kamerstuk',
      chamber: 'tweede-kamer',
      type: 'brief',
      dossiers: [begroting],
      number: '4',
      title: 'Brief over stikstofuitstoot',
      sender: { role: 'minister', portfolio: 'Binnenlandse Zaken en Koninkrijksrelaties', name: 'F. Visser' },
      date: '2016-09-20',
      parliamentaryYear: '2016-2017',
      citation: 'Kamerstukken II 2016/17, 99 003 VII, nr. 4',
      body: [
        'De stikstofuitstoot van de bouw daalt.',
        'Arbeidsmarktdiscriminatie wordt apart besproken.',
        'De regering zal de Kamer voor de zomer nader informeren.',
      ],
      references: [ref('kamerstuk', 'kst-99002-3', 'Kamerstuk 99 002, nr. 3')],
    }),
    paper({
      id: 'kst-99004-5',
      topics: ['kinderopvang'],
      kind: 'kamerstuk',
      chamber: 'tweede-kamer',
      type: 'verslag-schriftelijk-overleg',
      dossiers: [opvang],
      number: '5',
      title: 'Verslag van een schriftelijk overleg over kinderopvang',
      sender: { role: 'commissie', portfolio: szw, name: null },
      date: '2017-03-15',
      parliamentaryYear: '2016-2017',
      citation: 'Kamerstukken II 2016/17, 99 004, nr. 5',
      body: [
        'De leden vragen naar de kinderopvangtoeslag voor ouders met een wisselend inkomen.',
        'Zekerheid voor ouders is een sociale noodzaak, aldus de leden.',
      ],
    }),
    paper({
      id: 'kst-99005-A',
      kind: 'kamerstuk',
      chamber: 'eerste-kamer',
      type: 'memorie-van-antwoord',
      dossiers: [balans],
      number: 'A',
      title: 'Memorie van antwoord',
      sender: { role: 'minister', portfolio: szw, name: 'A.B. Jansen' },
      date: '2018-11-01',
      parliamentaryYear: '2018-2019',
      citation: 'Kamerstukken I 2018/19, 99 005, A',
      body: [
        'Het wetsvoorstel maakt een vast contract aantrekkelijker dan een flexibel contract.',
        'De arbeidsmarkt wordt daardoor evenwichtiger.',
      ],
    }),
    paper({
      id: null,
      kind: 'other',
      type: 'other',
      title: 'Persbericht zonder nummer',
      path: 'fixtures/persbericht.txt',
      body: ["Een bijeenkomst in 's-Gravenhage met de fractie van D66 over kinderopvang."],
    }),
    paper({
      id: 'kst-99001-3',
      kind: 'kamerstuk',
      chamber: 'tweede-kamer',
      type: 'amendement',
      dossiers: [integratie, europa],
      number: '3',
      title: 'Amendement over sociaal-culturele vorming',
      sender: { role: 'lid', portfolio: null, name: 'G. Smit' },
      date: '2019-01-10',
      parliamentaryYear: '2018-2019',
      citation: 'Kamerstukken II 2018/19, 99 001, nr. 3',
      body: ['Het amendement regelt geld voor (de)radicalisering en sociaal-culturele vorming van nieuwkomers.'],
      references: [ref('kamerstuk', 'kst-99001-1', 'Kamerstuk 99 001, nr. 1')],
    }),
    paper({
      id: 'ah-tk-20192020-99',
      kind: 'aanhangsel',
      chamber: 'tweede-kamer',
      type: 'antwoord-kamervragen',
      title: 'Antwoord op vragen over opleidingen in de kinderopvang',
      sender: { role: 'minister', portfolio: szw, name: 'H. Mulder' },
      date: '2020-01-15',
      parliamentaryYear: '2019-2020',
      citation: 'Aanhangsel Handelingen II 2019/20, nr. 99',
      body: [
        'Vraag 1: Hoeveel opleidingen voor pedagogisch medewerkers zijn er?',
        'Antwoord: Er zijn twaalf opleidingen voor de kinderopvang.',
      ],
      references: [ref('kamerstuk', 'kst-99004-5', 'Kamerstuk 99 004, nr. 5')],
    }),
    paper({
      id: 'kst-99004-6',
      topics: ['kinderopvang', 'toeslagen'],
      kind: 'kamerstuk',
      chamber: 'tweede-kamer',
      type: 'brief',
      dossiers: [opvang],
      number: '6',
      title: 'Herstel kinderopvangtoeslag',
      sender: { role: 'minister', portfolio: szw, name: 'H. Mulder' },
      date: '2021-04-01',
      parliamentaryYear: '2020-2021',
      citation: 'Kamerstukken II 2020/21, 99 004, nr. 6',
      body: [
        'Het herstel van de kinderopvangtoeslag voor gedupeerde ouders gaat door.',
        'De minister beantwoordt ook vragen over het verslag van het schriftelijk overleg.',
      ],
      references: [
        ref('kamerstuk', 'kst-99004-5', 'Kamerstuk 99 004, nr. 5'),
        ref('kamerstuk', 'kst-99001-1', 'Kamerstuk 99 001, nr. 1'),
      ],
    }),
  ];
}

/** The key a fixture is stored under (its id, else `sha256:<hash>`). */
export function keyOf(doc: Document): string {
  return doc.id ?? `sha256:${doc.source.sha256}`;
}

/** A copy of `doc` with other body text (and so another hash). */
export function withBody(doc: Document, body: string[]): Document {
  const blocks: Block[] = body.map((text) => ({ kind: 'paragraph', text }));
  const changed: Document = { ...doc, blocks };
  changed.source = { ...doc.source, sha256: hash([doc.id, doc.title, body]) };
  return changed;
}

const defensie: Dossier = { number: '99201', suffix: 'IV', title: 'Begroting Defensie 2021' };
const untitled: Dossier = { number: '99201', suffix: 'IV', title: null };
const integratieUntitled: Dossier = { number: '99001', title: null };
const defensieSender = { role: 'minister', portfolio: 'Defensie', name: 'K. de Boer' };

/**
 * Papers for the browse contract (dossier 99201-IV), beside `fixturePapers`: one date
 * with numbers that sort otherwise as text (9, 10) and keys that sort otherwise by
 * language than byte-wise (C, b); an undated numbered paper; the dossier listed twice by
 * one paper and without its title by another, whose second dossier (99001) comes after it;
 * a paper citing itself, one citing another twice, one citing the persbericht's key; a
 * withdrawn paper; the newest paper of all (2021-06-30).
 */
export function browsePapers(): Document[] {
  const persbericht = keyOf(fixturePapers().find((d) => d.id === null)!);
  const cites = (target: string) => ref('kamerstuk', target, target);
  const brief = (id: string, number: string, date: string | null, more: Partial<Document> = {}) =>
    paper({
      id,
      kind: 'kamerstuk',
      type: 'brief',
      number,
      date,
      title: `Brief ${number}`,
      body: [`Tekst ${id}.`],
      ...more,
    });
  return [
    brief('kst-99201-IV-9', '9', '2021-03-01', { dossiers: [defensie, defensie], sender: defensieSender }),
    brief('kst-99201-IV-10', '10', '2021-03-01', {
      dossiers: [untitled, integratieUntitled],
      sender: defensieSender,
      references: [cites('kst-99001-1'), cites('kst-99001-1'), cites('kst-99201-IV-10'), cites(persbericht)],
    }),
    brief('kst-99201-IV-b', 'b', '2021-03-01', { dossiers: [defensie], references: [cites('kst-99201-IV-10')] }),
    brief('kst-99201-IV-3', '3', null, { dossiers: [defensie], references: [cites('kst-99201-IV-10')] }),
    brief('kst-99201-IV-11', '11', '2021-06-30', {
      dossiers: [defensie, integratieUntitled],
      sender: defensieSender,
      references: [cites('kst-99201-IV-10'), cites('kst-99201-IV-10')],
    }),
    brief('kst-99201-IV-C', 'C', '2021-03-01', { dossiers: [defensie], withdrawn: true }),
  ];
}
