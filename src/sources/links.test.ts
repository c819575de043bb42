/**
 * Links from the servers' answers, and the connectors on answers whose links are no
 * addresses (regressions found by fuzzing: `test/fuzz-atom.test.ts`, `test/fuzz-sru.test.ts`).
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeHttp, OB_BASE, TK_BASE } from '../../test/support/arbitraries-sources.ts';
import { httpLink } from './links.ts';
import { createObConnector } from './officielebekendmakingen/connector.ts';
import { createTkConnector } from './tweedekamer/connector.ts';
import type { SyncPage } from './types.ts';

const GUID = '00000000-0000-4000-8000-000000000000';
const utf8 = (text: string) => Buffer.from(text, 'utf8');

async function firstPage(pages: AsyncIterable<SyncPage>): Promise<SyncPage | undefined> {
  for await (const page of pages) return page;
  return undefined;
}

describe('httpLink', () => {
  it('should resolve http(s) links and refuse what is no http(s) address', () => {
    assert.equal(httpLink('Resources/x', `${TK_BASE}/SyncFeed/2.0/Feed`), `${TK_BASE}/SyncFeed/2.0/Resources/x`);
    assert.equal(
      httpLink('https://zoek.officielebekendmakingen.nl/kst-99001-1.html'),
      'https://zoek.officielebekendmakingen.nl/kst-99001-1.html',
    );
    for (const link of [
      'http://[::1',
      'http://a b/c',
      'javascript:alert(1)',
      'file:///etc/passwd',
      '',
      null,
      undefined,
    ]) {
      assert.equal(httpLink(link, TK_BASE), null, String(link));
    }
  });
});

describe('the connectors on links that are no addresses', () => {
  it('should make a feed entry whose file link is no address a problem of its item, not a TypeError', async () => {
    const feed = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>${GUID}</title>
      <link rel="next" href="${TK_BASE}/SyncFeed/2.0/Feed?category=Document&amp;skiptoken=7"/>
      <link rel="enclosure" href="http://[::1"/>
      <content type="application/xml"><document xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="${GUID}"/></content>
    </entry></feed>`;
    const connector = createTkConnector({ baseUrl: TK_BASE, http: fakeHttp(utf8(feed), /\/Feed$/) });
    const page = await firstPage(connector.sync({ from: null, category: 'Document' }));
    const item = page?.items[0];
    assert.ok(item);
    assert.equal(item.file, null);
    assert.match(item.problems.join('; '), /file link is no http\(s\) address \(http:\/\/\[::1\)/);
  });

  it('should give an SRU item whose page link is no address the address of the service instead', async () => {
    const answer = `<searchRetrieveResponse><numberOfRecords>1</numberOfRecords><records><record><recordData><gzd>
      <originalData><meta><owmskern><identifier>kst-99001-1</identifier></owmskern></meta></originalData>
      <enrichedData><preferredUrl>http://[::1</preferredUrl></enrichedData></gzd></recordData></record></records>
    </searchRetrieveResponse>`;
    const connector = createObConnector({ baseUrl: OB_BASE, http: fakeHttp(utf8(answer), /\/sru$/) });
    const page = await firstPage(connector.sync({ from: null, dryRun: true }));
    assert.equal(page?.items[0]?.url, `${OB_BASE}/sru`);
  });
});
