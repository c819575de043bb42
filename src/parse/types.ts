/**
 * What every format parser of the registry is: the contract a parser fulfils and what
 * it is told about its input.
 *
 * @module
 */
import type { Document, Source, SourceFormat } from '../model/index.ts';

/** Where an input came from, as far as the caller knows. */
export interface InputOrigin {
  path?: string;
  url?: string;
}

/**
 * Files that travel with a paper and complete what its own bytes say: the
 * officielebekendmakingen `metadata.xml` published beside a paper's XML, HTML and PDF.
 */
export interface Companions {
  /** The bytes of the paper's `metadata.xml`. */
  metadata?: Uint8Array;
}

/** A parser for one input format. */
export interface FormatParser {
  format: SourceFormat;
  /**
   * How well this parser fits the input: 0 (not at all) to 1 (certainly).
   * MUST NOT throw and SHOULD look at no more than the first few kilobytes.
   */
  score(bytes: Uint8Array, origin: InputOrigin): number;
  /**
   * Parse the input. Content problems MUST become warnings; only an input that is
   * unreadable as a whole MAY throw (or reject), and then only with a `ParseError`.
   */
  parse(bytes: Uint8Array, source: Source, companions?: Companions): Document | Promise<Document>;
}
