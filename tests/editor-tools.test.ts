/**
 * The editor's tools as an editor runs them: `npm run new` writes files the
 * build accepts and never overwrites one; the field reference in
 * CONTRIBUTING.md matches the schemas.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from './support/build-fixture';
import { collectionJsonSchemas } from '../src/schemas/json-schemas';
import { referenceEnd, referenceStart, renderFieldReference } from '../src/lib/field-reference';

const root = resolve(import.meta.dirname, '..');

function runNew(contentDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/new.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
}

describe('npm run new', () => {
  it('writes a file per collection that the build accepts, and refuses to overwrite', () => {
    const contentDir = join(mkdtempSync(join(tmpdir(), 'new-')), 'content');
    const title = 'Xã Đông Hòa khai mạc tuần lễ học tập';
    for (const collection of ['news', 'events', 'plans', 'titles', 'stats']) {
      const result = runNew(contentDir, collection, title);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(`${collection}/xa-dong-hoa-khai-mac-tuan-le-hoc-tap.`);
    }
    const news = join(contentDir, 'news/xa-dong-hoa-khai-mac-tuan-le-hoc-tap.md');
    writeFileSync(news, readFileSync(news, 'utf8').replace('title:', 'title: "Đã sửa"\n#'));
    const again = runNew(contentDir, 'news', title);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Không ghi đè');
    expect(readFileSync(news, 'utf8')).toContain('title: "Đã sửa"');

    const build = buildContent(contentDir);
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  it('explains how to use it when the collection is unknown', () => {
    const result = runNew(mkdtempSync(join(tmpdir(), 'new-')), 'tin', 'Một tin');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('news, events, plans');
  });
});

describe('CONTRIBUTING.md field reference', () => {
  it('is what `npm run fields` writes from the current schemas', () => {
    const doc = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
    const written = doc.slice(doc.indexOf(referenceStart) + referenceStart.length, doc.indexOf(referenceEnd)).trim();
    expect(written, 'Chạy `npm run fields` để viết lại bảng trường trong CONTRIBUTING.md').toBe(
      renderFieldReference(collectionJsonSchemas()).trim(),
    );
  });
  it('lists every required field of news as required', () => {
    const news = renderFieldReference(collectionJsonSchemas().filter((c) => c.name === 'news'));
    for (const field of ['title', 'summary', 'date', 'sources', 'sources[].name']) {
      expect(news).toContain(`| \`${field}\` | **bắt buộc** |`);
    }
    expect(news).toContain('| `cover.alt` | **bắt buộc** |');
  });
});
