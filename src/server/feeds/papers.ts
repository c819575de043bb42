/**
 * Which papers a feed shows, newest first: the dated ones only (a feed is ordered by
 * date, and an undated paper has no place in it), each loaded whole for its first
 * paragraph and sender.
 *
 * @module
 */
import type { Store } from '../../store/index.ts';
import { searchArchive } from '../api/search.ts';
import type { ServerDeps } from '../deps.ts';
import { type FeedPaper, paperDate } from './atom.ts';

/** Most list pages read while skipping a dossier's undated papers. */
const MAX_PAGES = 20;
/** Page size of the store's lists. */
const PAGE = 100;

/** A paper as a list gives it: its id (or key) and date. */
interface Listed {
  id: string;
  date: string | null;
}

/** The stored documents of these listed papers, in order, the undated (and vanished) ones left out. */
async function load(store: Store, listed: Listed[]): Promise<FeedPaper[]> {
  const dated = listed.flatMap((item) => {
    const date = paperDate(item.date);
    return date === null ? [] : [{ key: item.id, date }];
  });
  const docs = await Promise.all(dated.map((item) => store.get(item.key)));
  return dated.flatMap((item, i) => {
    const doc = docs[i];
    return doc ? [{ ...item, doc }] : [];
  });
}

/** The newest `limit` papers matching a query (its errors are 400s, as in the API). */
export async function searchPapers(deps: ServerDeps, query: string, limit: number): Promise<FeedPaper[]> {
  const { hits } = await searchArchive(deps, query, limit, 0, 'date');
  return load(deps.store, hits);
}

/**
 * The newest `limit` papers of a dossier that has `total` of them. The store lists a
 * dossier oldest first with the undated papers last, so this reads it from the end,
 * skipping those, until it has enough.
 */
export async function dossierPapers(store: Store, key: string, total: number, limit: number): Promise<FeedPaper[]> {
  const newest: Listed[] = [];
  let end = total;
  for (let pages = 0; end > 0 && newest.length < limit && pages < MAX_PAGES; pages++) {
    const offset = Math.max(0, end - PAGE);
    const { items } = await store.dossierDocuments(key, { limit: end - offset, offset });
    for (const item of items.reverse()) if (paperDate(item.date) !== null && newest.length < limit) newest.push(item);
    end = offset;
  }
  return load(store, newest);
}
