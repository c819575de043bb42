/**
 * The schema of the Tweede Kamer's decisions and votes (migration 8): `tk-schema.ts`,
 * as PostgreSQL writes it.
 *
 * @module
 */
import { tkSchema } from '../tk-schema.ts';

export const TK_SCHEMA = tkSchema('postgres');
