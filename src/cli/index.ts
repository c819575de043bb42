/**
 * The command line interface of Griffie.
 *
 * @module
 */
export { EXIT } from './errors.ts';
export { buildProgram, run } from './program.ts';
