/**
 * The web app's static files (one stylesheet, one small script), read once at start
 * and served under a name that carries their content hash, so browsers may keep them
 * for a year and still never see a stale copy.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A static file in memory. */
export interface Asset {
  /** The hashed name it is served under: `griffie.3f2a9c1e.css`. */
  name: string;
  type: string;
  body: string;
}

function load(file: string, type: string): Asset {
  // Beside this module in src/ and, copied by the build, in dist/.
  const body = readFileSync(new URL(`./assets/${file}`, import.meta.url), 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const dot = file.lastIndexOf('.');
  return { name: `${file.slice(0, dot)}.${hash}${file.slice(dot)}`, type, body };
}

/** The stylesheet and the script. */
export const ASSETS = {
  css: load('griffie.css', 'text/css; charset=utf-8'),
  js: load('griffie.js', 'text/javascript; charset=utf-8'),
} as const;

/** The asset served under `name`, if any. */
export function assetNamed(name: string): Asset | undefined {
  return Object.values(ASSETS).find((asset) => asset.name === name);
}
