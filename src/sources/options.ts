/**
 * Checks of the options connectors are built with.
 *
 * @module
 */
import { SourceOptionError } from './errors.ts';

/** A base URL checked (http or https, no user name or password, no query) and without its trailing slash. */
export function baseUrlOf(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SourceOptionError(`base URL "${value}" is not a valid address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SourceOptionError(`base URL "${value}" must start with http:// or https://`);
  }
  if (url.username !== '' || url.password !== '') {
    // Not echoed: the address holds a secret.
    throw new SourceOptionError(`base URL of ${url.host} must not hold a user name or password`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new SourceOptionError(`base URL "${value}" must not have a query or fragment`);
  }
  return url.href.replace(/\/+$/, '');
}

/** An integer option checked against its bounds. */
export function integerOption(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SourceOptionError(`sources: ${name} must be a whole number from ${min} to ${max}, not ${value}`);
  }
  return value;
}
