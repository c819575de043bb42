/**
 * The rule both engines apply before migrating: an archive written by a newer Griffie
 * (a schema version this one does not know) is refused, never half-migrated.
 *
 * @module
 */
import { StoreError } from './types.ts';

/** Throw `StoreError('schema')` when `applied` holds a version above every one of `known`. */
export function refuseNewerSchema(applied: Iterable<number>, known: Iterable<number>): void {
  const newest = Math.max(0, ...applied);
  const knows = Math.max(0, ...known);
  if (newest > knows) {
    throw new StoreError(
      'schema',
      `the archive has schema version ${newest}, newer than this Griffie knows (${knows}); upgrade Griffie`,
    );
  }
}
