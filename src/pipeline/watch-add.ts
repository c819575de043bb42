/**
 * Adding a watch (`griffie watch add`, `POST /api/v1/watches`): its query read by the
 * query parser (a mistake is refused in plain words, with where it is), its webhook
 * checked (http or https, no credentials in the address), and a secret made for it
 * when none is given, to be shown once.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { MAX_QUERY_LENGTH, parseQuery, SearchQueryError } from '../search/index.ts';
import type { NewWatch, Store, Watch } from '../store/index.ts';

/** Longest watch name and webhook address accepted. */
export const MAX_NAME = 200;
export const MAX_WEBHOOK = 2000;
/** Shortest and longest secret accepted (a made one is 43 characters). */
export const MIN_SECRET = 16;
export const MAX_SECRET = 200;

/** What was wrong with a watch to add, in words for its author; `field` says which part. */
export class WatchInputError extends Error {
  readonly field: 'query' | 'name' | 'webhook' | 'secret';
  constructor(field: WatchInputError['field'], message: string) {
    super(message);
    this.name = 'WatchInputError';
    this.field = field;
  }
}

/** A watch as its author gives it. */
export interface WatchInput {
  query: string;
  name?: string | null | undefined;
  webhook?: string | null | undefined;
  secret?: string | null | undefined;
}

/** A watch added, with its secret: the one time it is shown. */
export interface AddedWatch {
  watch: Watch;
  /** The webhook's secret (null without a webhook). */
  secret: string | null;
  /** Whether Griffie made the secret (the caller should show it: it is not shown again). */
  madeSecret: boolean;
}

/** Characters no name may hold (control characters). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The query checked: not blank, not too long, readable by the query parser. */
function checkQuery(raw: string): string {
  const query = raw.replace(/\s+/g, ' ').trim();
  if (query === '') throw new WatchInputError('query', 'give a query to watch, e.g. dossier:32824 or "stikstof"');
  if (query.length > MAX_QUERY_LENGTH)
    throw new WatchInputError('query', `the query is ${query.length} characters long; at most ${MAX_QUERY_LENGTH}`);
  try {
    parseQuery(query);
  } catch (error) {
    if (!(error instanceof SearchQueryError)) throw error;
    throw new WatchInputError(
      'query',
      `the query cannot be read: ${error.message} (at character ${error.position + 1} of "${query}")`,
    );
  }
  return query;
}

/** The webhook address checked: absolute http(s), no credentials, not too long. */
export function checkWebhook(raw: string): string {
  const text = raw.trim();
  if (text.length > MAX_WEBHOOK)
    throw new WatchInputError('webhook', `a webhook address may be at most ${MAX_WEBHOOK} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WatchInputError('webhook', `"${text}" is not a web address (give e.g. https://example.org/hook)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new WatchInputError('webhook', `a webhook must be an http:// or https:// address, not ${url.protocol}//`);
  if (url.username !== '' || url.password !== '')
    throw new WatchInputError(
      'webhook',
      'a webhook address cannot hold a user name or password: deliveries are signed instead',
    );
  url.hash = '';
  return url.href;
}

/**
 * A watch to store, from what its author gave: the name defaults to the query; a
 * webhook gets the secret given, or a new one (32 random bytes, base64url). Throws
 * `WatchInputError`.
 *
 * @example
 * checkWatch({ query: 'dossier:32824', webhook: 'https://example.org/hook' }).secret // a new secret
 */
export function checkWatch(input: WatchInput): NewWatch & { madeSecret: boolean } {
  const query = checkQuery(String(input.query ?? ''));
  const name = (input.name ?? '').replace(/\s+/g, ' ').trim() || query.slice(0, MAX_NAME);
  if (name.length > MAX_NAME) throw new WatchInputError('name', `a name may be at most ${MAX_NAME} characters`);
  if (CONTROL.test(name)) throw new WatchInputError('name', 'a name cannot hold control characters');
  const hook = input.webhook?.trim() ? checkWebhook(input.webhook) : null;
  const given = input.secret ?? null;
  if (given !== null && hook === null)
    throw new WatchInputError('secret', 'a secret signs webhook deliveries: give a webhook too');
  if (given !== null && (given.length < MIN_SECRET || given.length > MAX_SECRET || /\s/.test(given)))
    throw new WatchInputError(
      'secret',
      `a secret must be ${MIN_SECRET}–${MAX_SECRET} characters without spaces (it is ${given.length})`,
    );
  const secret = hook === null ? null : (given ?? randomBytes(32).toString('base64url'));
  return { name, query, webhook: hook, secret, madeSecret: hook !== null && given === null };
}

/**
 * Check and add a watch. Its cursor starts at the archive's newest paper: the first run
 * delivers only what is stored after it was added. Throws `WatchInputError`, or the
 * store's `StoreError`.
 *
 * @example
 * const { watch, secret } = await addWatch(store, { query: 'dossier:32824', webhook: 'https://example.org/hook' });
 */
export async function addWatch(store: Store, input: WatchInput): Promise<AddedWatch> {
  const { madeSecret, ...checked } = checkWatch(input);
  const watch = await store.watches.add(checked);
  return { watch, secret: checked.secret, madeSecret };
}
