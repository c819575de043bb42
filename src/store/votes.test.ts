/**
 * The votes contract on both engines: SQLite files, and PostgreSQL schemas of their own
 * on the test server (skipped, saying why, when it does not answer, unless
 * `GRIFFIE_REQUIRE_ALL=1`).
 *
 * @module
 */
import { describe } from 'node:test';
import { engines } from '../../test/support/stores.ts';
import { describeVoteContract } from './vote-contract.ts';

for (const engine of engines()) {
  if (engine.skip) describe(`Votes contract (${engine.name})`, { skip: engine.skip }, () => {});
  else describeVoteContract(engine.name, () => engine.open());
}
