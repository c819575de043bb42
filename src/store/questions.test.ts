/**
 * The written-questions contract on both engines: SQLite files, and PostgreSQL schemas
 * of their own on the test server (skipped, saying why, when it does not answer, unless
 * `GRIFFIE_REQUIRE_ALL=1`).
 *
 * @module
 */
import { describe } from 'node:test';
import { engines } from '../../test/support/stores.ts';
import { describeQuestionContract } from './question-contract.ts';

for (const engine of engines()) {
  if (engine.skip) describe(`Question contract (${engine.name})`, { skip: engine.skip }, () => {});
  else describeQuestionContract(engine.name, () => engine.open());
}
