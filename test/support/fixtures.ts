/**
 * Paths and texts of the test fixtures in `test/fixtures/` (short papers written for
 * these tests in the official formats).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/eval/index.ts';

/** The fixtures folder. */
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');

/** Path of a fixture, relative to the repository root (as the CLI tests pass it). */
export function fixturePath(name: string): string {
  return join('test', 'fixtures', name);
}

/** The UTF-8 text of a fixture. */
export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}
