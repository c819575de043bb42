/**
 * Which hosts a sync may fetch from: its base URL's own host and the official hosts of
 * its source, nothing a server's answer names elsewhere. The official servers' answers
 * name the files to fetch (an SRU record's manifestations, a SyncFeed enclosure) and
 * may redirect; without this list whoever controls the configured server (or its DNS)
 * could make Griffie fetch any address on its network (SSRF, docs/SECURITY.md).
 *
 * @module
 */

/** Where officielebekendmakingen's SRU records put their files. */
export const OB_HOSTS: readonly string[] = [
  'repository.overheid.nl',
  'zoek.officielebekendmakingen.nl',
  'officielebekendmakingen.nl',
  'www.officielebekendmakingen.nl',
  'repository.officiele-overheidspublicaties.nl',
];

/** Where the Tweede Kamer's SyncFeed and OData put their entries and files. */
export const TK_HOSTS: readonly string[] = ['gegevensmagazijn.tweedekamer.nl', 'opendata.tweedekamer.nl'];

/**
 * The hosts a connector with this base URL may reach: the base URL's host (with its
 * port, so that a mirror or a local test server is reached and nothing else on that
 * machine) and the official ones.
 */
export function syncHosts(baseUrl: string, official: readonly string[]): string[] {
  return [new URL(baseUrl).host, ...official];
}

/** Whether `url` is on one of `hosts` (`host` or `host:port`, case-insensitive; a bare host matches its default port only). */
export function onAllowedHost(url: URL, hosts: readonly string[]): boolean {
  const host = url.host.toLowerCase();
  return hosts.some((allowed) => allowed.toLowerCase() === host);
}
