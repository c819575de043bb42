/**
 * Which requests fulfil which commitments, the same on both engines: pure functions over
 * rows. The engines fetch the candidate papers (`linkQuestions` says which) and write the
 * links `findFulfilments` returns, in the batch's transaction.
 *
 * A commitment C of paper P is fulfilled by a request R (kind `commitment`) of paper Q
 * when Q is not P, Q is not older than P (when both are dated), and either
 * - R's `reference` is P's id: R fulfils the one commitment of P whose text shares most
 *   content words with R's `asks` (ties, and no shared word at all: the lowest position);
 * - R has no `reference`, Q lists a dossier P lists, and R's `asks` overlaps C's text
 *   (`overlaps`): R fulfils every such C.
 *
 * @module
 */
import type { Document } from '../model/index.ts';

/**
 * Frequent words of four letters and more that say nothing about what was promised:
 * function words and the words every promise to parliament uses.
 */
const STOP_WORDS = new Set(
  (
    'aldus alle alles andere binnen daar daarom daarna dan deze dit door eerder eerst elke enkele geen hebben heeft hier hun ' +
    'maar meer moet moeten naar niet nog onder onze over reeds tegen tussen vanaf voor waar want wanneer welke ' +
    'werd worden wordt zich zijn zoals zodra zullen kamer regering minister staatssecretaris kabinet brief ' +
    'informeren toezegging toezeggingen toegezegd zeggen zegde sturen stuurt zenden verzoek verzoekt graag'
  ).split(' '),
);

/** The content words of a text: lower-cased, accents dropped, words of four letters and more, stop words aside. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  const folded = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  for (const word of folded.split(/[^\p{L}]+/u)) if (word.length >= 4 && !STOP_WORDS.has(word)) words.add(word);
  return words;
}

/** How many content words two sets share. */
export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const word of a) if (b.has(word)) n++;
  return n;
}

/** Whether two sets overlap enough: they share a word, and at least a third of the smaller set. */
export function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const n = shared(a, b);
  return n > 0 && 3 * n >= Math.min(a.size, b.size);
}

/** The kind of request that says which earlier promise a paper fulfils. */
export const FULFILS = 'commitment';

/** What linking knows of a paper: its facts, its commitments and its requests of kind `commitment`. */
export interface LinkPaper {
  doc: number;
  id: string | null;
  date: string | null;
  dossiers: string[];
  commitments: { position: number; text: string }[];
  requests: { position: number; asks: string; reference: string | null }[];
}

/** A link: commitment `position` of paper `doc` is fulfilled by request `byPosition` of paper `byDoc`. */
export interface Fulfilment {
  doc: number;
  position: number;
  byDoc: number;
  byPosition: number;
}

/** Whether Q may fulfil P's promise by date: not older, when both are dated. */
function inTime(p: LinkPaper, q: LinkPaper): boolean {
  return p.date === null || q.date === null || q.date >= p.date;
}

/** The papers with commitments of each dossier. */
function promisers(papers: Iterable<LinkPaper>): Map<string, LinkPaper[]> {
  const byDossier = new Map<string, LinkPaper[]>();
  for (const p of papers) {
    if (p.commitments.length === 0) continue;
    for (const key of new Set(p.dossiers)) {
      const list = byDossier.get(key);
      if (list === undefined) byDossier.set(key, [p]);
      else list.push(p);
    }
  }
  return byDossier;
}

/**
 * The links among `papers` that involve a paper of `changed` (as the promising or the
 * fulfilling paper), in order. A paper must come with all its commitments when a
 * changed paper's request may fulfil them (and its requests of kind `commitment` when
 * they may fulfil a changed paper's promise): a changed paper with both, a paper a
 * changed request refers to or shares a dossier with, with its commitments, and a paper
 * whose requests refer to a changed paper or share a dossier with it, with its requests.
 */
export function findFulfilments(papers: readonly LinkPaper[], changed: ReadonlySet<number>): Fulfilment[] {
  const byId = new Map<string, LinkPaper>();
  for (const p of papers) if (p.id !== null) byId.set(p.id, p);
  const all = promisers(papers);
  // An unchanged paper's requests can only fulfil a changed paper's promises.
  const changedOnly = promisers(papers.filter((p) => changed.has(p.doc)));
  const words = new Map<string, Set<string>>();
  const wordsOf = (text: string) => {
    const known = words.get(text);
    if (known !== undefined) return known;
    const set = contentWords(text);
    words.set(text, set);
    return set;
  };
  const links = new Map<string, Fulfilment>();
  const add = (link: Fulfilment) => links.set(`${link.doc}:${link.position}:${link.byDoc}:${link.byPosition}`, link);
  for (const q of papers) {
    const mine = changed.has(q.doc);
    const ok = (p: LinkPaper) => p !== q && (mine || changed.has(p.doc)) && inTime(p, q);
    const byDossier = mine ? all : changedOnly;
    for (const r of q.requests) {
      const asks = wordsOf(r.asks);
      if (r.reference !== null) {
        const p = byId.get(r.reference);
        if (p === undefined || p.commitments.length === 0 || !ok(p)) continue;
        let best = p.commitments[0]!;
        let most = -1;
        for (const c of [...p.commitments].sort((a, b) => a.position - b.position)) {
          const n = shared(asks, wordsOf(c.text));
          if (n > most) [best, most] = [c, n];
        }
        add({ doc: p.doc, position: best.position, byDoc: q.doc, byPosition: r.position });
        continue;
      }
      const candidates = new Set<LinkPaper>();
      for (const key of q.dossiers) for (const p of byDossier.get(key) ?? []) candidates.add(p);
      for (const p of candidates) {
        if (!ok(p)) continue;
        for (const c of p.commitments) {
          if (overlaps(asks, wordsOf(c.text)))
            add({ doc: p.doc, position: c.position, byDoc: q.doc, byPosition: r.position });
        }
      }
    }
  }
  return [...links.values()].sort(
    (a, b) => a.doc - b.doc || a.position - b.position || a.byDoc - b.byDoc || a.byPosition - b.byPosition,
  );
}

/**
 * What the engines look up to link a batch's changed papers: the ids its requests refer
 * to (their papers' commitments), the dossiers of its papers with unreferring requests
 * (the commitments there), the ids of its papers with commitments (the requests that
 * refer to them) and their dossiers (the unreferring requests there). Null when the
 * batch has neither commitments nor requests of kind `commitment`: nothing to link.
 */
export function linkQuestions(
  changed: readonly Document[],
): { references: string[]; requestDossiers: string[]; ids: string[]; commitmentDossiers: string[] } | null {
  const references = new Set<string>();
  const requestDossiers = new Set<string>();
  const ids = new Set<string>();
  const commitmentDossiers = new Set<string>();
  for (const doc of changed) {
    const keys = doc.dossiers.map((d) => (d.suffix ? `${d.number}-${d.suffix}` : d.number));
    for (const request of doc.requests ?? []) {
      if (request?.kind !== FULFILS || typeof request.asks !== 'string') continue;
      const reference = referenceOf(request.reference);
      if (reference !== null) references.add(reference);
      else for (const key of keys) requestDossiers.add(key);
    }
    if ((doc.commitments ?? []).some((c) => typeof c?.text === 'string')) {
      if (doc.id !== null) ids.add(doc.id);
      for (const key of keys) commitmentDossiers.add(key);
    }
  }
  if (references.size + requestDossiers.size + ids.size + commitmentDossiers.size === 0) return null;
  const list = (set: Set<string>) => [...set].sort();
  return {
    references: list(references),
    requestDossiers: list(requestDossiers),
    ids: list(ids),
    commitmentDossiers: list(commitmentDossiers),
  };
}

/** A request's reference as stored: a non-empty text, else null. */
export function referenceOf(reference: unknown): string | null {
  return typeof reference === 'string' && reference !== '' ? reference : null;
}

/** A candidate paper as the engines' link query returns it (lists as JSON text). */
export interface LinkRow {
  doc: number | string;
  id: string | null;
  date: string | null;
  dossiers: string;
  commitments: string;
  requests: string;
}

/** A `LinkPaper` of a link query's row. */
export function linkPaperOf(row: LinkRow): LinkPaper {
  const commitments = JSON.parse(row.commitments) as [number, string][];
  const requests = JSON.parse(row.requests) as [number, string, string | null][];
  return {
    doc: Number(row.doc),
    id: row.id,
    date: row.date,
    dossiers: JSON.parse(row.dossiers) as string[],
    commitments: commitments.map(([position, text]) => ({ position, text })),
    requests: requests.map(([position, asks, reference]) => ({ position, asks, reference })),
  };
}
