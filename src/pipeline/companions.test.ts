import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { findCompanions, isCompanionPath } from './companions.ts';

const root = mkdtempSync(join(tmpdir(), 'griffie-companions-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Write `text` at `path` under the test folder, creating folders; returns the full path. */
function put(path: string, text: string): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const text = (companions: { metadata?: Uint8Array }) =>
  companions.metadata === undefined ? null : Buffer.from(companions.metadata).toString('utf8');

describe('isCompanionPath', () => {
  it('should tell metadata files from papers by their names', () => {
    for (const name of ['metadata.xml', 'a/metadata_owms.xml', 'kst-99101-3.metadata.xml', 'kst-99101-3-metadata.xml'])
      assert.equal(isCompanionPath(name), true, name);
    for (const name of ['kst-99101-3.xml', 'metadata.txt', 'kst-99101-3.pdf', 'meta.xml'])
      assert.equal(isCompanionPath(name), false, name);
  });
});

describe('findCompanions', () => {
  it('should find the metadata named after the paper beside it', async () => {
    const paper = put('flat/kst-99101-3.xml', '<kamerstuk/>');
    put('flat/kst-99101-3.metadata.xml', 'named');
    put('flat/kst-99101-4.metadata.xml', 'another paper');
    assert.equal(text(await findCompanions(paper)), 'named');
  });

  it("should find the repository's layout: {id}/1/xml/{id}.xml beside {id}/1/metadata/metadata.xml", async () => {
    const paper = put('repo/kst-99101-5/1/xml/kst-99101-5.xml', '<kamerstuk/>');
    put('repo/kst-99101-5/1/metadata/metadata.xml', 'repository');
    assert.equal(text(await findCompanions(paper)), 'repository');
  });

  it("should take a folder's metadata.xml only when the folder is the paper's own", async () => {
    const own = put('kst-99101-6/kst-99101-6.pdf', '%PDF-');
    put('kst-99101-6/metadata.xml', 'own folder');
    assert.equal(text(await findCompanions(own)), 'own folder');
    const shared = put('mixed/kst-99101-7.pdf', '%PDF-');
    put('mixed/metadata.xml', 'of some other paper');
    assert.equal(text(await findCompanions(shared)), null);
  });

  it('should give no companions for a paper without metadata', async () => {
    assert.deepEqual(await findCompanions(put('alone/kst-99101-8.txt', 'tekst')), {});
  });
});
