/**
 * The schema of the Tweede Kamer's decisions and votes (migration 11): `tk-schema.ts`,
 * as SQLite writes it.
 *
 * @module
 */
import { tkSchema } from '../tk-schema.ts';

export const TK_SCHEMA = tkSchema('sqlite');
