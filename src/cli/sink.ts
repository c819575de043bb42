/**
 * Where a long output goes: standard output (with back-pressure; a closed pipe ends the
 * command quietly, see `bin/griffie.js`), or a file that appears only when complete: it
 * is written beside its place under a hidden temporary name, made durable, then renamed
 * over it, so an interrupted or failed run leaves the file that was there before. A
 * file whose name ends in `.gz` is written gzip-compressed.
 *
 * @module
 */
import { once } from 'node:events';
import { closeSync, createWriteStream, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { UsageError } from './errors.ts';

/** A file that could not be written: the reason in plain words (exit 1). */
export class OutputError extends Error {
  constructor(path: string, error: unknown) {
    const code = (error as { code?: unknown } | null)?.code;
    const reasons: Record<string, string> = {
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      ENOSPC: 'no space left on the device',
      EDQUOT: 'the disk quota is exceeded',
      EROFS: 'the file system is read-only',
      EISDIR: 'it is a folder',
    };
    const reason =
      (typeof code === 'string' && reasons[code]) || (error instanceof Error ? error.message : String(error));
    super(`cannot write ${path}: ${reason}`, { cause: error });
    this.name = 'OutputError';
  }
}

/** An output that is written in pieces and then committed (or abandoned). */
export interface Sink {
  /** Where it goes, for messages: the file, or `stdout`. */
  readonly name: string;
  write(text: string): Promise<void>;
  /** Everything was written: put it in place. */
  commit(): Promise<void>;
  /** Something failed: leave no trace (for a file). */
  abort(): Promise<void>;
}

/** Standard output as a sink. */
export function stdoutSink(): Sink {
  return {
    name: 'stdout',
    write: (text) => writeTo(process.stdout, text),
    commit: async () => {},
    abort: async () => {},
  };
}

/** Write to a stream, waiting while it is full; the listeners go when the wait ends. */
function writeTo(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      stream.off('drain', onDrain);
      reject(error);
    };
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    stream.once('drain', onDrain).once('error', onError);
  });
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch {
    // A folder some file systems cannot sync: the rename is as durable as they make it.
  } finally {
    closeSync(fd);
  }
}

/**
 * A file written atomically (see the module). Until it is committed or abandoned, an
 * interrupt (Ctrl-C, SIGTERM) removes the temporary file before the process ends.
 */
export function fileSink(target: string): Sink {
  const path = resolve(target);
  if (!existsSync(dirname(path)))
    throw new UsageError(`there is no folder ${dirname(path)} to write ${basename(path)} in`);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const file = createWriteStream(temp, { flags: 'w' });
  const gzip = path.endsWith('.gz') ? createGzip() : null;
  gzip?.pipe(file);
  const head: Writable = gzip ?? file;
  let failure: Error | null = null;
  const remember = (error: Error) => {
    failure ??= error;
  };
  file.on('error', remember);
  gzip?.on('error', remember);
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(temp, { force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  const settle = () => {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
  };
  return {
    name: path,
    async write(text) {
      try {
        if (failure) throw failure;
        await writeTo(head, text);
      } catch (error) {
        throw new OutputError(path, error);
      }
    },
    async commit() {
      try {
        if (failure) throw failure;
        const closed = once(file, 'close');
        head.end();
        await closed;
        if (failure) throw failure;
        fsyncPath(temp);
        renameSync(temp, path);
        fsyncPath(dirname(path));
      } catch (error) {
        rmSync(temp, { force: true });
        throw new OutputError(path, error);
      } finally {
        settle();
      }
    },
    async abort() {
      settle();
      gzip?.destroy();
      // A file still being opened is created after destroy() returns: wait for its close.
      const closed = file.closed ? Promise.resolve() : once(file, 'close').catch(() => {});
      file.destroy();
      await closed;
      rmSync(temp, { force: true });
    },
  };
}
