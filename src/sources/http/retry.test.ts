/**
 * Tests of the retry policy: which statuses are retried, `Retry-After` in both forms,
 * and backoff bounds.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './retry.ts';
import { isSoftNotFound } from './soft-404.ts';

describe('isRetryableStatus', () => {
  it('should retry rate limiting and server errors, not other client errors', () => {
    assert.deepEqual([429, 500, 502, 503, 504, 400, 401, 403, 404, 410].map(isRetryableStatus), [
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-10T12:00:00Z');

  it('should read delta seconds', () => {
    assert.equal(parseRetryAfter('120', now), 120_000);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
  });

  it('should read an HTTP date, and a date in the past as no wait', () => {
    assert.equal(parseRetryAfter('Mon, 10 Mar 2025 12:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Mon, 10 Mar 2025 11:00:00 GMT', now), 0);
  });

  it('should ignore an absent or unreadable value', () => {
    assert.equal(parseRetryAfter(null, now), null);
    assert.equal(parseRetryAfter('soon', now), null);
    assert.equal(parseRetryAfter('-5', now), null);
  });
});

describe('backoffDelay', () => {
  it('should double per failure, stay within half and all of it, and respect the cap', () => {
    assert.equal(
      backoffDelay(1, 100, 10_000, () => 0),
      50,
    );
    assert.equal(
      backoffDelay(1, 100, 10_000, () => 1),
      100,
    );
    assert.equal(
      backoffDelay(3, 100, 10_000, () => 1),
      400,
    );
    assert.equal(
      backoffDelay(20, 100, 10_000, () => 1),
      10_000,
    );
    assert.equal(
      backoffDelay(20, 100, 10_000, () => 0),
      5000,
    );
  });
});

describe('isSoftNotFound', () => {
  const html = (text: string) => new TextEncoder().encode(text);

  it('should recognise the error page by its address', () => {
    const url = 'https://zoek.officielebekendmakingen.nl/Errors/404.htm?aspxerrorpath=/kst-99001-1.html';
    assert.equal(isSoftNotFound(url, 'text/html', html('<html></html>')), true);
    assert.equal(isSoftNotFound('https://zoek.officielebekendmakingen.nl/fout404', 'text/html', html('')), true);
  });

  it('should recognise an HTML page that says it is not found', () => {
    const page = html('<html><body><h1>404: Pagina niet gevonden</h1></body></html>');
    assert.equal(isSoftNotFound('https://zoek.officielebekendmakingen.nl/kst-99001-1.html', 'text/html', page), true);
    assert.equal(isSoftNotFound('https://x.test/a', null, html('<!DOCTYPE html><div id="fout404"></div>')), true);
  });

  it('should take a paper for a paper', () => {
    const paper = html('<html><body><p>Fictief voorbeeld: de pagina 404 van de brief.</p></body></html>');
    assert.equal(isSoftNotFound('https://x.test/kst-99001-1.html', 'text/html', paper), false);
    const xml = html('<officiele-publicatie>404: Pagina niet gevonden</officiele-publicatie>');
    assert.equal(isSoftNotFound('https://x.test/kst-99001-1.xml', 'application/xml', xml), false);
  });
});
