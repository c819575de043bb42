/**
 * One paper sent to the server (`POST /api/v1/documents`): parse the bytes as `ingest`
 * parses a file, and store the paper. A `ParseError` means nothing was stored.
 *
 * @module
 */
import type { Document } from '../model/index.ts';
import type { PutOutcome, Store } from '../store/index.ts';
import { parseInput } from './parse-file.ts';

/** What storing an uploaded paper did. */
export interface UploadResult {
  outcome: PutOutcome;
  document: Document;
}

/**
 * Parse and store one uploaded paper. `name` is the client's file name (only its last
 * part is kept); it helps tell formats apart and becomes the paper's `source.path`.
 */
export async function ingestUpload(store: Store, bytes: Uint8Array, name?: string): Promise<UploadResult> {
  const base = name
    ?.split(/[\\/]/)
    .pop()
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    ?.replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  const document = await parseInput(bytes, base ? { path: base } : {});
  const [outcome] = await store.put([document]);
  return { outcome: outcome ?? 'unchanged', document };
}
