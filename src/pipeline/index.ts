/**
 * The pipeline: the only place that composes the stages (read → parse → extract).
 *
 * @module
 */
export { type ParseFileOptions, parseFile, parseInput, readInput } from './parse-file.ts';
