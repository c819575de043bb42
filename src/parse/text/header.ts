/**
 * The header of a paper: dossiers, number, type line, addressee, place and date.
 *
 * @module
 */
import type { HeaderResult } from './types.ts';

/** Read the header from the first lines of a paper. */
export function readHeader(_lines: string[]): HeaderResult {
  return {
    kind: 'other',
    chamber: null,
    dossiers: [],
    number: null,
    typeLine: null,
    subject: null,
    sender: null,
    addressee: null,
    place: null,
    date: null,
    parliamentaryYear: null,
    bodyStart: 0,
    signatories: [],
    warnings: [],
  };
}
