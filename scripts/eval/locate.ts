/**
 * Where the evaluation finds things: the repository root and the shared corpus that
 * lies beside it (`../shared`), which is never copied into the repository.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two folders above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The shared folder (`../shared` relative to the repository root, or `GRIFFIE_SHARED`
 * when set, as `test/support/shared.ts` does), or `null` when it is absent or holds no
 * corpus.
 *
 * @example
 * const shared = findShared();
 * if (!shared) process.exit(2);
 */
export function findShared(root: string = REPO_ROOT): string | null {
  const shared = process.env.GRIFFIE_SHARED ?? resolve(root, '..', 'shared');
  return existsSync(resolve(shared, 'corpus', 'truth.jsonl')) ? shared : null;
}

/** The corpus folder inside the shared folder, or `null` when absent. */
export function findCorpus(root: string = REPO_ROOT): string | null {
  const shared = findShared(root);
  return shared ? resolve(shared, 'corpus') : null;
}
