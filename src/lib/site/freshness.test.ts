import { describe, expect, it } from 'vitest';
import { editUrl, lastUpdated, newestFor, pageSource, parseGitLog, vietnamDay } from './freshness';

const log = [
  '\x1eaaa\x1f2026-11-20T10:00:00+07:00\n\ncontent/news/a.md\ncontent/news/b.md\n',
  '\x1ebbb\x1f2026-10-01T09:00:00+00:00\n\ncontent/news/a.md\ncontent/plans/p.md\n',
  '\x1eccc\x1f2025-01-01T00:00:00+00:00\n\ncontent/events/e.md\n',
].join('');

describe('dates from git history', () => {
  it('keeps the newest commit of each file', () => {
    const dates = parseGitLog(log);
    expect(dates.get('content/news/a.md')?.toISOString()).toBe('2026-11-20T03:00:00.000Z');
    expect(dates.get('content/plans/p.md')?.toISOString()).toBe('2026-10-01T09:00:00.000Z');
    expect(dates.size).toBe(4);
  });
  it('dates nothing from the boundary commit of a shallow clone', () => {
    const dates = parseGitLog(log, new Set(['ccc']));
    expect(dates.has('content/events/e.md')).toBe(false);
    expect(dates.has('content/news/a.md')).toBe(true);
  });
  it('reads empty or garbled output as no dates', () => {
    expect(parseGitLog('').size).toBe(0);
    expect(parseGitLog('fatal: not a git repository').size).toBe(0);
  });
  it('finds the newest change inside a folder', () => {
    const dates = parseGitLog(log);
    expect(newestFor(['content/news/'], dates)?.toISOString()).toBe('2026-11-20T03:00:00.000Z');
    expect(newestFor(['content/plans/p.md'], dates)?.toISOString()).toBe('2026-10-01T09:00:00.000Z');
    expect(newestFor(['content/stats/'], dates)).toBeUndefined();
  });
  it('turns a moment into the day it was in Việt Nam', () => {
    expect(vietnamDay(new Date('2026-11-22T18:30:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(vietnamDay(new Date('2026-11-22T16:30:00Z')).toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });
});

describe('the date a page shows', () => {
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  it('prefers the updated date the file sets', () => {
    expect(lastUpdated({ date: day('2024-01-01'), updated: day('2024-02-01') }, day('2025-01-01'))).toEqual(day('2024-02-01'));
  });
  it('else takes the last commit, never before the publication date', () => {
    expect(lastUpdated({ date: day('2024-01-01') }, day('2025-01-01'))).toEqual(day('2025-01-01'));
    expect(lastUpdated({ date: day('2024-01-01') }, day('2023-01-01'))).toEqual(day('2024-01-01'));
  });
  it('falls back to the publication date without git', () => {
    expect(lastUpdated({ date: day('2024-01-01') }, undefined)).toEqual(day('2024-01-01'));
    expect(lastUpdated({}, undefined)).toBeUndefined();
  });
});

describe('where a page comes from', () => {
  it('an item page from its content file', () => {
    expect(pageSource('/tin-tuc/a/', 'content/news/a.md')).toEqual({ files: ['content/news/a.md'], edit: 'content/news/a.md' });
  });
  it('a list from its folder and template', () => {
    expect(pageSource('/tin-tuc/trang/2/')).toEqual({ files: ['content/news/', 'src/pages/tin-tuc/[...page].astro'], edit: 'content/news/' });
  });
  it('a standing page from its content file, the search page from its template, an unknown page from nothing', () => {
    expect(pageSource('/gioi-thieu/', 'content/pages/gioi-thieu.mdx')).toEqual({
      files: ['content/pages/gioi-thieu.mdx'],
      edit: 'content/pages/gioi-thieu.mdx',
    });
    expect(pageSource('/tim-kiem/')?.edit).toBe('src/pages/tim-kiem/index.astro');
    expect(pageSource('/khong-co/')).toBeUndefined();
    expect(pageSource('/danh-hieu/tieu-chi/cap/xa/')).toBeUndefined();
  });
  it('links a file to the editor and a folder to its listing', () => {
    expect(editUrl('https://forge.example/o/r/', 'main', 'content/news/a.md')).toBe('https://forge.example/o/r/edit/main/content/news/a.md');
    expect(editUrl('https://forge.example/o/r', 'main', 'content/news/')).toBe('https://forge.example/o/r/tree/main/content/news/');
    expect(editUrl('https://forge.example/o/r', 'main', 'src/pages/tin-tuc/[...page].astro')).toBe(
      'https://forge.example/o/r/edit/main/src/pages/tin-tuc/%5B...page%5D.astro',
    );
  });
});
