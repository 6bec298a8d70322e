import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeCard } from './og-card-files';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'og-card-files-'));
}

describe('placeCard', () => {
  it('gives the site the cached file itself, not a copy', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.png'), 'card a');
    await placeCard(join(dir, 'a.png'), join(dir, 'site.png'));
    expect(readFileSync(join(dir, 'site.png'), 'utf8')).toBe('card a');
    expect(statSync(join(dir, 'site.png')).ino).toBe(statSync(join(dir, 'a.png')).ino);
  });

  it('replaces a file already in the site without writing into the cached card it shares bytes with', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'old.png'), 'old title');
    writeFileSync(join(dir, 'new.png'), 'new title');
    await placeCard(join(dir, 'old.png'), join(dir, 'site.png'));
    await placeCard(join(dir, 'new.png'), join(dir, 'site.png'));
    expect(readFileSync(join(dir, 'site.png'), 'utf8')).toBe('new title');
    expect(readFileSync(join(dir, 'old.png'), 'utf8')).toBe('old title');
  });

  it('fails with ENOENT for a card the cache does not have, so it gets drawn', async () => {
    const dir = folder();
    await expect(placeCard(join(dir, 'missing.png'), join(dir, 'site.png'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
