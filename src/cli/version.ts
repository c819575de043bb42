/**
 * Griffie's version, as `--version` prints it and the sync's User-Agent names it.
 *
 * @module
 */

/** The version of this Griffie (the package's). */
export const VERSION = '0.1.0';
