import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFolderFile } from './folder-file.js';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8' };
const parent = mkdtempSync(join(tmpdir(), 'pc-folder-'));
const root = join(parent, 'site');
mkdirSync(join(root, 'nested'), { recursive: true });
writeFileSync(join(root, 'app.js'), 'export {};');
writeFileSync(join(root, 'nested', 'page é.html'), '<p>é</p>');
writeFileSync(join(root, 'notes.txt'), 'not served');
// A sibling whose name starts like the root's: outside it all the same.
mkdirSync(join(parent, 'site-secret'));
writeFileSync(join(parent, 'site-secret', 'key.js'), 'secret');

describe('readFolderFile', () => {
  it('reads a file of the folder, by its percent-encoded path, with its type', async () => {
    const file = await readFolderFile(root, 'nested/page%20%C3%A9.html', TYPES);
    expect(file?.type).toBe('text/html; charset=utf-8');
    expect(file?.body.toString()).toBe('<p>é</p>');
    expect((await readFolderFile(`${root}/`, 'app.js', TYPES))?.body.toString()).toBe('export {};');
  });

  it('reads nothing outside the folder, nor what it does not serve', async () => {
    for (const path of [
      '../site-secret/key.js',
      '..%2Fsite-secret%2Fkey.js',
      '%2e%2e/site-secret/key.js',
      'app.js%00.js',
      '%E0%A4%A.js', // malformed percent-encoding
      'nested', // a folder
      'missing.js',
      'notes.txt', // a type not served
    ]) {
      expect(await readFolderFile(root, path, TYPES), path).toBeUndefined();
    }
  });
});
