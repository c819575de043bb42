/**
 * Writing to standard output with back-pressure, so that long listings stream in
 * constant memory and a closed pipe (`| head`) ends the command quietly.
 *
 * @module
 */
import { UsageError } from './errors.ts';

/** Write text to stdout, waiting while the pipe is full. */
export function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(text)) return resolve();
    // Each wait takes its listeners off again: a long listing waits thousands of times.
    const drained = () => {
      process.stdout.off('error', failed);
      resolve();
    };
    const failed = (error: Error) => {
      process.stdout.off('drain', drained);
      reject(error);
    };
    process.stdout.once('drain', drained).once('error', failed);
  });
}

/** Write one JSON value on a line of its own (indented when `pretty`). */
export function writeJson(value: unknown, pretty = false): Promise<void> {
  return write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
}

/** Parse a whole-number option within bounds, or throw a `UsageError`. */
export function wholeNumber(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return n;
}
