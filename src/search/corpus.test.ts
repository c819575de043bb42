/**
 * Recall of the reference semantics on the shared corpus (`../shared/corpus`): every
 * variant query of `search-queries.jsonl` must match the papers it names (raw text
 * indexed as the body). Skips visibly when the corpus is absent, unless
 * `GRIFFIE_REQUIRE_ALL=1`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeText } from './analyzer/index-terms.ts';
import { matchesPlan } from './evaluate.ts';
import { planQuery } from './plan.ts';
import { parseQuery } from './query/parser.ts';

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const present = existsSync(join(corpus, 'search-queries.jsonl'));
const skip = present || process.env.GRIFFIE_REQUIRE_ALL === '1' ? false : `no corpus at ${corpus}`;

describe('matchesPlan on the shared corpus', () => {
  it('should match at least 95% of the relevant papers of the variant queries', { skip }, () => {
    const queries: Array<{ query: string; relevant: string[] }> = readFileSync(
      join(corpus, 'search-queries.jsonl'),
      'utf8',
    )
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l));
    const fields = new Map<string, { body: ReturnType<typeof analyzeText> }>();
    let found = 0;
    let total = 0;
    for (const q of queries) {
      const plan = planQuery(parseQuery(q.query));
      for (const id of q.relevant) {
        let f = fields.get(id);
        if (f === undefined) {
          const paper = JSON.parse(readFileSync(join(corpus, 'raw', `${id}.json`), 'utf8')) as { text: string };
          f = { body: analyzeText(paper.text) };
          fields.set(id, f);
        }
        total++;
        if (matchesPlan(plan, f)) found++;
      }
    }
    assert.ok(total > 0);
    assert.ok(found / total >= 0.95, `recall ${found}/${total}`);
  });
});
