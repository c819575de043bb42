/**
 * fast-check generators of what the official servers answer, for the fuzz tests of the
 * connectors: Tweede Kamer SyncFeed pages (Atom: entries with the entity's GUID, its
 * address, `updated`, `next` and `enclosure` links, the entity XML in `<content>` or as
 * CDATA text; the page's own `next` link) and officielebekendmakingen SRU answers
 * (`searchRetrieveResponse` with `gzd` records and their manifestations, or a
 * `diagnostics` refusal), with links, numbers and dates right, wrong or hostile; and a
 * fake HTTP client that serves them, so that the connectors read them as from the wire.
 *
 * @module
 */
import fc from 'fast-check';
import type { HttpClient, HttpResponse } from '../../src/sources/index.ts';
import { SourceError } from '../../src/sources/index.ts';
import { hostileText } from './arbitraries-bytes.ts';
import { syncFeedEntity, TK_NS } from './arbitraries-tk.ts';
import { el, raw, serializeXml, type XmlElementNode, type XmlNode } from './arbitraries-xml.ts';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** Where the fake servers are. */
export const TK_BASE = 'https://gegevensmagazijn.tweedekamer.nl';
export const OB_BASE = 'https://repository.overheid.nl';

/** A link and whether it is one a connector must follow without complaint. */
interface Link {
  href: string;
  good: boolean;
}

const good = (href: string): Link => ({ href, good: true });
const bad = (href: string): Link => ({ href, good: false });

/** A `next` link: a feed address with a skiptoken, relative or absolute; or one without, or no address at all. */
const nextLink: fc.Arbitrary<Link> = fc.oneof(
  {
    arbitrary: fc
      .nat({ max: 10_000_000 })
      .map((n) => good(`${TK_BASE}/SyncFeed/2.0/Feed?category=Document&skiptoken=${n}`)),
    weight: 6,
  },
  { arbitrary: fc.nat().map((n) => good(`Feed?category=Document&skiptoken=${n}`)), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      bad(`${TK_BASE}/SyncFeed/2.0/Feed?category=Document&skiptoken=abc`),
      bad(`${TK_BASE}/SyncFeed/2.0/Feed?category=Document`),
      bad('?skiptoken=-1'),
      bad('http://[::1'),
      bad('http://a b/?skiptoken=1'),
      bad('javascript:alert(1)'),
      bad('//evil.invalid/x?skiptoken=1'),
      bad('%'),
      bad(`?skiptoken=${'9'.repeat(400)}`),
    ),
    weight: 2,
  },
);

/** An enclosure link: the entity's file, relative or absolute, or one no client can fetch. */
const enclosureLink: fc.Arbitrary<Link> = fc.oneof(
  { arbitrary: fc.uuid({ version: 4 }).map((id) => good(`${TK_BASE}/SyncFeed/2.0/Resources/${id}`)), weight: 4 },
  { arbitrary: fc.uuid({ version: 4 }).map((id) => good(`Resources/${id}`)), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      bad('http://[::1'),
      bad('http://a b/c'),
      bad('javascript:alert(1)'),
      bad('file:///etc/passwd'),
      bad('//[::1]:99999/x'),
      bad('http://%41'),
      bad(''),
    ),
    weight: 2,
  },
);

const updated = fc.oneof(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('', 'gisteren', '2024-02-30T00:00:00Z', '0'),
);

/** One feed entry and whether all its links are good. */
const feedEntry: fc.Arbitrary<{ entry: XmlElementNode; good: boolean; continues: boolean }> = fc
  .tuple(
    fc.oneof(fc.uuid({ version: 4 }), fc.constantFrom('entiteit', '', 'A1F0C3D2-5B6E-4C7D-8E9F-0A1B2C3D4E5F')),
    fc.option(fc.constantFrom(`${TK_BASE}/SyncFeed/2.0/Entiteiten/x`, 'urn:x', 'javascript:x'), { nil: null }),
    fc.option(updated, { nil: null }),
    fc.option(nextLink, { nil: null }),
    fc.option(enclosureLink, { nil: null }),
    fc.constantFrom('element', 'element', 'cdata', 'none', 'text'),
    syncFeedEntity,
    hostileText,
  )
  .map(([title, id, when, next, enclosure, content, entity, junk]) => {
    const xml = serializeXml(entity.element);
    const body: XmlNode[] =
      content === 'element'
        ? [raw(xml)]
        : content === 'cdata'
          ? [raw(`<![CDATA[${xml.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`)]
          : content === 'text'
            ? [junk]
            : [];
    const entry = el(
      'entry',
      {},
      el('title', {}, title),
      ...(id === null ? [] : [el('id', {}, id)]),
      ...(when === null ? [] : [el('updated', {}, when)]),
      ...(next === null ? [] : [el('link', { rel: 'next', href: next.href })]),
      ...(enclosure === null ? [] : [el('link', { rel: 'enclosure', href: enclosure.href })]),
      el('content', { type: 'application/xml' }, ...body),
    );
    return { entry, good: (next?.good ?? true) && (enclosure?.good ?? true), continues: next !== null };
  });

/** A SyncFeed page and whether it is one the connector must read without a `SourceError`. */
export const feedPage: fc.Arbitrary<{ tree: XmlElementNode; good: boolean }> = fc
  .tuple(
    fc.array(feedEntry, { maxLength: 5 }),
    fc.option(nextLink, { nil: null }),
    fc.constantFrom('feed', 'atom:feed'),
  )
  .map(([entries, next, root]) => {
    const prefix = root === 'atom:feed' ? 'atom:' : '';
    const tree = el(
      root,
      { [prefix ? 'xmlns:atom' : 'xmlns']: ATOM_NS, 'xmlns:tk': TK_NS },
      el(`${prefix}title`, {}, 'Document'),
      ...(next === null ? [] : [el(`${prefix}link`, { rel: 'next', href: next.href })]),
      ...entries.map(({ entry }) => ({ ...entry, name: `${prefix}${entry.name}` })),
    );
    // A page with entries must give a skiptoken to go on from: its own next link, or its last entry's.
    const continues = next !== null || entries.at(-1)?.continues === true;
    const linksGood = (next?.good ?? true) && entries.every((e) => e.good);
    return { tree, good: linksGood && (entries.length === 0 || continues) };
  });

const identifier = fc.oneof(
  {
    arbitrary: fc.integer({ min: 99_000, max: 99_999 }).chain((d) => fc.nat({ max: 99 }).map((n) => `kst-${d}-${n}`)),
    weight: 6,
  },
  { arbitrary: fc.constantFrom('', 'kst-', 'ah-tk-20242025-9901', 'kst-99001-1\'"<>', 'x'.repeat(600)), weight: 1 },
  { arbitrary: hostileText, weight: 1 },
);

const fileUrl = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      `${OB_BASE}/frbr/officielepublicaties/kst/99001/kst-99001-1/1/xml/kst-99001-1.xml`,
      `${OB_BASE}/frbr/x/1/pdf/kst-99001-1.pdf`,
    ),
    weight: 5,
  },
  {
    arbitrary: fc.constantFrom(
      'http://[::1',
      'javascript:alert(1)',
      'file:///etc/passwd',
      '/relative/kst.xml',
      '',
      'http://a b',
    ),
    weight: 1,
  },
);

const sruRecord = fc
  .tuple(
    fc.option(identifier, { nil: null }),
    fc.option(updated, { nil: null }),
    fc.array(fc.tuple(fc.constantFrom('xml', 'html', 'pdf', 'metadata', 'odt', ''), fileUrl), { maxLength: 4 }),
    fc.option(fileUrl, { nil: null }),
  )
  .map(([id, modified, items, preferred]) =>
    el(
      'sru:record',
      {},
      el('sru:recordSchema', {}, 'http://standaarden.overheid.nl/sru/'),
      el(
        'sru:recordData',
        {},
        el(
          'gzd:gzd',
          {},
          el(
            'gzd:originalData',
            {},
            el(
              'overheidwetgeving:meta',
              {},
              el(
                'overheidwetgeving:owmskern',
                {},
                ...(id === null ? [] : [el('dcterms:identifier', {}, id)]),
                ...(modified === null ? [] : [el('dcterms:modified', {}, modified)]),
              ),
            ),
          ),
          el(
            'gzd:enrichedData',
            {},
            ...(preferred === null ? [] : [el('gzd:preferredUrl', {}, preferred)]),
            ...items.map(([manifestation, url]) => el('gzd:itemUrl', { manifestation }, url)),
          ),
        ),
      ),
    ),
  );

/** An SRU answer, and whether the connector must read it without a `SourceError`. */
export const sruPage: fc.Arbitrary<{ tree: XmlElementNode; good: boolean }> = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        fc.array(sruRecord, { maxLength: 4 }),
        fc.option(fc.oneof(fc.nat({ max: 100_000 }).map(String), fc.constantFrom('', '-1', 'veel', '1e9')), {
          nil: null,
        }),
        fc.option(fc.oneof(fc.nat({ max: 100_000 }).map(String), fc.constantFrom('0', 'x')), { nil: null }),
      )
      .map(([records, total, nextPosition]) => ({
        tree: el(
          'sru:searchRetrieveResponse',
          {
            'xmlns:sru': 'http://docs.oasis-open.org/ns/search-ws/sruResponse',
            'xmlns:gzd': 'http://standaarden.overheid.nl/sru',
            'xmlns:dcterms': 'http://purl.org/dc/terms/',
            'xmlns:overheidwetgeving': 'http://standaarden.overheid.nl/wetgeving/',
          },
          el('sru:version', {}, '2.0'),
          ...(total === null ? [] : [el('sru:numberOfRecords', {}, total)]),
          el('sru:records', {}, ...records),
          ...(nextPosition === null ? [] : [el('sru:nextRecordPosition', {}, nextPosition)]),
        ),
        good: true,
      })),
    weight: 6,
  },
  {
    arbitrary: fc.tuple(hostileText, fc.boolean()).map(([message, bare]) => {
      const diagnostic = el(
        'diag:diagnostic',
        {},
        el('diag:uri', {}, 'info:srw/diagnostic/1/10'),
        el('diag:message', {}, message),
      );
      const diagnostics = el(
        'sru:diagnostics',
        { 'xmlns:diag': 'http://docs.oasis-open.org/ns/search-ws/diagnostic' },
        diagnostic,
      );
      const tree = bare
        ? diagnostics
        : el(
            'sru:searchRetrieveResponse',
            { 'xmlns:sru': 'http://docs.oasis-open.org/ns/search-ws/sruResponse' },
            diagnostics,
          );
      return { tree, good: false };
    }),
    weight: 1,
  },
);

/**
 * A fake HTTP client: listing pages (the feed, the SRU endpoint) are answered with
 * `listing`, files with a few bytes of text or a 404; an address that is not http(s)
 * is refused as the real client refuses it. Counts what it was asked.
 */
export function fakeHttp(listing: Uint8Array, listingPath: RegExp): HttpClient & { requests: string[] } {
  const requests: string[] = [];
  return {
    userAgent: 'Griffie/fuzz',
    requests,
    async get(url: string): Promise<HttpResponse> {
      requests.push(url);
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new SourceError('invalid', `not an address: ${url.slice(0, 80)}`, { url });
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new SourceError('invalid', `only http and https addresses are fetched, not ${parsed.protocol}`, { url });
      }
      const answer = (bytes: Uint8Array, contentType: string): HttpResponse => ({
        url,
        finalUrl: url,
        status: 200,
        contentType,
        bytes,
      });
      if (listingPath.test(parsed.pathname)) return answer(listing, 'application/xml');
      if (parsed.pathname.length % 3 === 0)
        throw new SourceError('not-found', `${parsed.host}: no such file`, { url, status: 404 });
      return answer(Buffer.from('Dit is een fictief voorbeeld van een bestand.'), 'text/plain');
    },
  };
}
