/**
 * The best-bets index as built: small, free of news, and pointing at pages
 * that exist; plans are found through one small file per number.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from './support/dist';
import { bestBetsPath, matchBestBets, queryNumberKey, shardPath, type BestBet } from '../src/lib/search/best-bets';

const read = (path: string): BestBet[] => JSON.parse(readFileSync(join(distDir, path), 'utf8'));
const index = read(bestBetsPath);
const pageExists = (url: string) => existsSync(join(distDir, url.replace(/#.*$/, ''), 'index.html'));

describe('best-bets index', () => {
  it('stays a few kilobytes and holds no news, so it does not grow with the news', () => {
    expect(statSync(join(distDir, bestBetsPath)).size).toBeLessThanOrEqual(12 * 1024);
    expect(index.some((b) => b.url.startsWith('/tin-tuc/'))).toBe(false);
  });
  it('points only at pages that exist', () => {
    const shards = readdirSync(join(distDir, 'tim-kiem/goi-y')).flatMap((f) => read(`tim-kiem/goi-y/${f}`));
    expect(shards.length).toBeGreaterThan(0);
    for (const bet of [...index, ...shards]) expect(pageExists(bet.url), bet.url).toBe(true);
  });
  it('answers a plan number from its own small file', () => {
    const key = queryNumberKey('182/KH-UBND')!;
    const shard = read(shardPath(key));
    expect(statSync(join(distDir, shardPath(key))).size).toBeLessThanOrEqual(2048);
    expect(matchBestBets('182/KH-UBND', [...shard, ...index])[0]?.url).toBe('/ke-hoach/thua-thien-hue-182-kh-ubnd/');
  });
});
