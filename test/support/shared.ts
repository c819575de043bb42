/**
 * Access to `../shared` (the read-only corpus, fixtures and spec) for tests: tests that
 * need it skip visibly when it is absent, and fail instead when `GRIFFIE_REQUIRE_ALL=1`
 * (as in CI, where nothing may skip).
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where `../shared` is (or would be). */
export const SHARED = process.env.GRIFFIE_SHARED ?? join(ROOT, '..', 'shared');

/** True when `../shared` is present. */
export function hasShared(): boolean {
  return existsSync(join(SHARED, 'README.md'));
}

/** Options for `describe`/`it`: skip with a reason when shared is absent (unless required). */
export function needsShared(): { skip?: string } {
  if (hasShared() || process.env.GRIFFIE_REQUIRE_ALL === '1') return {};
  return { skip: `../shared not found at ${SHARED}` };
}

/**
 * The path of `../shared`, or null after marking the test skipped when it is absent.
 * With `GRIFFIE_REQUIRE_ALL=1` an absent `../shared` fails the test instead.
 */
export function sharedOrSkip(t: { skip: (message?: string) => void }): string | null {
  if (hasShared()) return SHARED;
  if (process.env.GRIFFIE_REQUIRE_ALL === '1') {
    throw new Error(`../shared not found at ${SHARED}, and GRIFFIE_REQUIRE_ALL=1 forbids skipping`);
  }
  t.skip(`../shared not found at ${SHARED}`);
  return null;
}
