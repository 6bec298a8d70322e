import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataStoreFile, dataStoreLoader, dataStoreModule } from './data-store-file';

describe('the content store read from its file', () => {
  it('names the module and the file as Astro does', () => {
    const consts = readFileSync(new URL('../../node_modules/astro/dist/content/consts.js', import.meta.url), 'utf8');
    expect(consts).toContain(`const DATA_STORE_VIRTUAL_ID = "${dataStoreModule.slice(1)}";`);
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
    expect(consts).toContain(`const DATA_STORE_FILE = "${dataStoreFile}";`);
  });

  it('gives the module the value Astro’s own module has: the file parsed as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hts-store-'));
    const store = JSON.stringify([{ news: 1 }, 'Càng Long', 'đ "quoted" \\ line\nbreak']);
    writeFileSync(join(dir, dataStoreFile), store);
    writeFileSync(join(dir, 'store.mjs'), dataStoreLoader(join(dir, dataStoreFile)));
    const loaded = (await import(pathToFileURL(join(dir, 'store.mjs')).href)) as { default: unknown };
    expect(loaded.default).toEqual(JSON.parse(store));
  });
});
