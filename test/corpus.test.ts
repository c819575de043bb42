/**
 * The parser against the shared corpus: every target of `scripts/eval` must be met
 * (`npm run eval:parse -- --details` shows what is still wrong). Skips visibly when
 * `../shared` is absent; fails then instead when `GRIFFIE_REQUIRE_ALL=1`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evaluate } from '../scripts/eval/index.ts';
import { sharedOrSkip } from './support/shared.ts';

describe('evaluate', () => {
  it('should meet every parse target on ../shared/corpus', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const { evaluation, mismatches } = await evaluate(join(shared, 'corpus'));
    const unmet = Object.entries(evaluation.targets)
      .filter(([, target]) => !target.met)
      .map(([name, target]) => `${name}: ${target.value ?? 'n/a'} < ${target.target}`);
    assert.deepEqual(
      unmet,
      [],
      `targets not met (${mismatches.length} mismatches; run npm run eval:parse -- --details):\n${unmet.join('\n')}`,
    );
  });
});
