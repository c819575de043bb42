/**
 * The files that travel with a paper on disk: officielebekendmakingen publishes a
 * `metadata.xml` beside every paper's XML, HTML and PDF. An ingest of a folder meets
 * both; the metadata is read with its paper (see `parse`'s `Companions`) and is not a
 * paper of its own.
 *
 * Where a paper's metadata is looked for, for a paper `{dir}/{id}.{ext}`:
 * `{dir}/{id}.metadata.xml`, `{dir}/{id}-metadata.xml`, `{dir}/{id}/metadata.xml`, the
 * repository's layout `…/{id}/1/{ext}/{id}.{ext}` beside `…/{id}/1/metadata/metadata.xml`,
 * and `{dir}/metadata.xml` when the folder is the paper's own (named after it).
 *
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Companions } from '../parse/index.ts';

/** The folders the repository keeps a paper's manifestations in. */
const MANIFESTATIONS = new Set(['xml', 'html', 'pdf', 'odt']);

/** The largest metadata file read (real ones are a few KB). */
const MAX_METADATA_BYTES = 4 * 1024 * 1024;

/** Whether a file, by its name, is a paper's metadata rather than a paper. */
export function isCompanionPath(path: string): boolean {
  const name = basename(path).toLowerCase();
  return (
    name === 'metadata.xml' ||
    name === 'metadata_owms.xml' ||
    name.endsWith('.metadata.xml') ||
    name.endsWith('-metadata.xml')
  );
}

/** The places a paper's metadata may be, most specific first. */
export function metadataCandidates(path: string): string[] {
  const dir = dirname(path);
  const id = basename(path, extname(path));
  const candidates = [join(dir, `${id}.metadata.xml`), join(dir, `${id}-metadata.xml`), join(dir, id, 'metadata.xml')];
  // The repository's layout: …/{id}/1/xml/{id}.xml and …/{id}/1/metadata/metadata.xml.
  if (MANIFESTATIONS.has(basename(dir))) candidates.push(join(dir, '..', 'metadata', 'metadata.xml'));
  if (basename(dir) === id) candidates.push(join(dir, 'metadata.xml'));
  return candidates;
}

/**
 * The companions of the paper at `path`: its metadata when one of the candidates is a
 * file (one too large to be metadata is ignored).
 */
export async function findCompanions(path: string): Promise<Companions> {
  for (const candidate of metadataCandidates(path)) {
    try {
      const info = await stat(candidate);
      if (!info.isFile() || info.size > MAX_METADATA_BYTES) continue;
      return { metadata: await readFile(candidate) };
    } catch {
      // not there: the next candidate
    }
  }
  return {};
}
