/**
 * The export contract on both engines: SQLite files, and PostgreSQL schemas of their own
 * on the test server (skipped, saying why, when it does not answer, unless
 * `GRIFFIE_REQUIRE_ALL=1`).
 *
 * @module
 */
import { describe } from 'node:test';
import { engines } from '../../test/support/stores.ts';
import { describeExportContract } from './export-contract.ts';

for (const engine of engines()) {
  if (engine.skip) describe(`Export contract (${engine.name})`, { skip: engine.skip }, () => {});
  else describeExportContract(engine.name, () => engine.open());
}
