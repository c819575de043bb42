/**
 * The inputs of an ingest: files, folders (walked recursively) and glob patterns,
 * streamed one path at a time so that a million files never sit in one array.
 *
 * @module
 */
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import fastGlob from 'fast-glob';

const GLOB_CHARS = /[*?[\]{}]/;

/** True for names a walk skips: hidden files and folders (`.git`, `.DS_Store`). */
function hidden(name: string): boolean {
  return name.startsWith('.');
}

/**
 * The extensions of the formats Griffie reads (text, XML, HTML, PDF, OData JSON): a
 * folder's other files (a README.md, images, spreadsheets) are not papers. A file named
 * on the command line is always tried.
 */
export const PAPER_EXTENSIONS = ['.txt', '.xml', '.html', '.htm', '.xhtml', '.pdf', '.json'];

function paperFile(name: string): boolean {
  const lower = name.toLowerCase();
  return PAPER_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries: Array<{ name: string; dir: boolean }> = [];
  for await (const entry of await opendir(dir)) {
    if (hidden(entry.name)) continue;
    if (entry.isDirectory()) entries.push({ name: entry.name, dir: true });
    else if ((entry.isFile() || entry.isSymbolicLink()) && paperFile(entry.name))
      entries.push({ name: entry.name, dir: false });
  }
  // One folder's names at a time, sorted, so that runs are repeatable.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.dir) yield* walk(path);
    else yield path;
  }
}

/**
 * Expand files, folders and globs into file paths, in order; a folder's walk yields
 * only files with the extension of a paper format (`PAPER_EXTENSIONS`). A path that does not
 * exist is yielded as it is, so that reading it fails and is reported like any other
 * unreadable input.
 *
 * @example
 * for await (const path of expandInputs(['papers/', 'extra/*.txt'])) console.log(path);
 */
export async function* expandInputs(inputs: Iterable<string>): AsyncGenerator<string> {
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      if (GLOB_CHARS.test(input)) {
        for await (const match of fastGlob.stream(input, { onlyFiles: true, dot: false })) yield String(match);
        continue;
      }
    }
    if (isDir) yield* walk(input);
    else yield input;
  }
}
