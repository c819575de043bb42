/**
 * Links the official servers give in their answers (a record's page, an entry's file),
 * taken only when they are http(s) addresses: a server's answer is read, not trusted.
 *
 * @module
 */

/**
 * `link` resolved against `base` when it is an http(s) address, else null.
 *
 * @example
 * httpLink('Resources/x', 'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed'); // 'https://…/SyncFeed/2.0/Resources/x'
 * httpLink('http://[::1'); // null
 * httpLink('javascript:alert(1)'); // null
 */
export function httpLink(link: string | null | undefined, base?: string): string | null {
  if (!link || !URL.canParse(link, base)) return null;
  const url = new URL(link, base);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
