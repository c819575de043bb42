/**
 * Parse one input end to end: read it (with a size limit), pick the parser, derive
 * the shared fields.
 *
 * @module
 */
import { open } from 'node:fs/promises';
import { enrich } from '../extract/index.ts';
import type { Document } from '../model/index.ts';
import { type Companions, type InputOrigin, ParseError, parseBytes } from '../parse/index.ts';
import { findCompanions } from './companions.ts';

/** Options for reading an input. */
export interface ParseFileOptions {
  /** Largest input accepted, in bytes. Default 32 MiB: the largest real papers are a few MB. */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

function tooLarge(size: number, max: number): ParseError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new ParseError(
    'too-large',
    `the input is ${size > max ? `${mb(size)}` : `over ${mb(max)}`}, more than the limit of ${mb(max)} for one paper`,
  );
}

/**
 * Read a file, or standard input for `-`, refusing more than `maxBytes` without
 * reading it all into memory.
 */
export async function readInput(path: string, options: ParseFileOptions = {}): Promise<Uint8Array> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (path === '-') return readStream(process.stdin, max);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new ParseError('unreadable', describeFsError(error, path), { cause: error });
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new ParseError('unreadable', `${path} is a directory, not a file`);
    if (stat.size > max) throw tooLarge(stat.size, max);
    return await readStream(handle.createReadStream({ autoClose: false }), max);
  } finally {
    await handle.close();
  }
}

async function readStream(stream: NodeJS.ReadableStream, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > max) throw tooLarge(size, max);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`;
  if (code === 'EISDIR') return `${path} is a directory, not a file`;
  return `${path}: cannot be read (${code ?? String(error)})`;
}

/** Parse bytes already in memory into a complete document. */
export async function parseInput(
  bytes: Uint8Array,
  origin: InputOrigin = {},
  companions: Companions = {},
): Promise<Document> {
  return enrich(await parseBytes(bytes, origin, companions));
}

/** Read and parse one file (or `-` for standard input), with the metadata.xml beside it when there is one. */
export async function parseFile(path: string, options: ParseFileOptions = {}): Promise<Document> {
  const bytes = await readInput(path, options);
  if (path === '-') return parseInput(bytes);
  return parseInput(bytes, { path }, await findCompanions(path));
}
