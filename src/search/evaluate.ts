/**
 * The reference semantics of a plan (`types.ts`), in memory: what every storage engine
 * must return for a query, written as plainly as possible. Store tests compare their SQL
 * against `matchesPlan`; the analyzer evaluation uses it for recall.
 *
 * @module
 */
import type { Document } from '../model/index.ts';
import type { FieldFilter, IndexedText, PlanNode, TermMatch } from './types.ts';

/** The stored fields filters look at (from a `Document`: `filterableOf`). */
export interface FilterableDocument {
  id?: string | null;
  /** `sha256:…` for a document without id. */
  key?: string | null;
  type?: string | null;
  date?: string | null;
  parliamentaryYear?: string | null;
  chamber?: string | null;
  /** Dossier keys: `number[-suffix]` (`21501-32`, `36200-VII`). */
  dossiers?: string[];
  sender?: { role: string | null; name: string | null; portfolio: string | null } | null;
  /** Its topics (`Document.topics`). */
  topics?: string[];
  /** The outcome of the paper's Zaak in the Kamer's last decision on it. */
  outcome?: string | null;
  /** The parties (labels, any case) that voted for it in that decision. */
  votedFor?: string[];
}

interface Streams {
  stems: string[][];
  all: Set<string>;
}

const cache = new WeakMap<object, Streams>();

function streamsOf(fields: Readonly<Record<string, IndexedText>>): Streams {
  let s = cache.get(fields);
  if (s === undefined) {
    const stems: string[][] = [];
    const all = new Set<string>();
    for (const f of Object.values(fields)) {
      const st = f.stems === '' ? [] : f.stems.split(' ');
      stems.push(st);
      for (const t of st) all.add(t);
      if (f.expansions !== '') for (const t of f.expansions.split(' ')) all.add(t);
    }
    s = { stems, all };
    cache.set(fields, s);
  }
  return s;
}

function hasTerm(streams: Streams, term: string, prefix: boolean): boolean {
  if (!prefix) return streams.all.has(term);
  for (const t of streams.all) if (t.startsWith(term)) return true;
  return false;
}

function matches(m: TermMatch, streams: Streams): boolean {
  if (m.terms.some((t) => hasTerm(streams, t, m.prefix))) return true;
  return m.groups.some((g) => g.length > 0 && g.every((t) => hasTerm(streams, t, m.prefix)));
}

function phrase(stems: string[], streams: Streams): boolean {
  if (stems.length === 0) return false;
  for (const stream of streams.stems) {
    for (let i = 0; i + stems.length <= stream.length; i++) {
      let ok = true;
      for (let j = 0; j < stems.length && ok; j++) ok = stream[i + j] === stems[j];
      if (ok) return true;
    }
  }
  return false;
}

function filter(f: FieldFilter, doc: FilterableDocument): boolean {
  const v = f.value;
  switch (f.field) {
    case 'dossier':
      return (doc.dossiers ?? []).some((d) => d === v || d.startsWith(`${v}-`));
    case 'type':
      return doc.type === v;
    case 'from':
      return doc.date != null && doc.date >= v;
    case 'to':
      return doc.date != null && doc.date <= v;
    case 'year':
      return v.length === 4 ? doc.date != null && doc.date.slice(0, 4) === v : doc.parliamentaryYear === v;
    case 'sender': {
      const s = doc.sender;
      if (s == null) return false;
      const lv = v.toLowerCase();
      return s.role?.toLowerCase() === lv || (s.name ?? '').toLowerCase().includes(lv);
    }
    case 'portfolio':
      return (doc.sender?.portfolio ?? '').toLowerCase().includes(v.toLowerCase());
    case 'topic':
      return (doc.topics ?? []).some((t) => t.toLowerCase().trim().replace(/\s+/g, ' ') === v);
    case 'chamber':
      return doc.chamber === v;
    case 'id':
      return doc.id === v || doc.key === v;
    case 'outcome':
      return doc.outcome === v;
    case 'votedFor':
      return (doc.votedFor ?? []).some((party) => party.toLowerCase() === v);
  }
}

/**
 * Whether a document matches a plan: `fields` are its analyzed text fields
 * (`analyzeText` of each of `documentFields`), `doc` what filters look at.
 *
 * @example
 * matchesPlan(planQuery(parseQuery('imam')), { body: analyzeText('De imamopleidingen') }); // true
 */
export function matchesPlan(
  plan: PlanNode,
  fields: Readonly<Record<string, IndexedText>>,
  doc: FilterableDocument = {},
): boolean {
  const streams = streamsOf(fields);
  const walk = (node: PlanNode): boolean => {
    switch (node.kind) {
      case 'all':
        return true;
      case 'match':
        return matches(node.match, streams);
      case 'phrase':
        return phrase(node.stems, streams);
      case 'filter':
        return filter(node.filter, doc);
      case 'not':
        return !walk(node.child);
      case 'and':
        return node.children.every(walk);
      case 'or':
        return node.children.some(walk);
    }
  };
  return walk(plan);
}

/** What filters look at, from a parsed document. */
export function filterableOf(doc: Document): FilterableDocument {
  return {
    id: doc.id,
    key: `sha256:${doc.source.sha256}`,
    type: doc.type,
    date: doc.date,
    parliamentaryYear: doc.parliamentaryYear,
    chamber: doc.chamber,
    dossiers: doc.dossiers.map((d) => (d.suffix ? `${d.number}-${d.suffix}` : d.number)),
    sender: doc.sender,
    topics: Array.isArray(doc.topics) ? doc.topics : [],
  };
}
