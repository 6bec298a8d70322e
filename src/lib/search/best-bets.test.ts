import { describe, expect, it } from 'vitest';
import { buildBestBets, documentBet, foldQuery, matchBestBets, numberKey, queryNumberKey } from './best-bets';

const bets = buildBestBets({
  titles: [
    { url: '/danh-hieu/gia-dinh-hoc-tap/', name: 'Gia đình học tập', criteriaUrl: '/danh-hieu/gia-dinh-hoc-tap/#tieu-chi' },
    { url: '/danh-hieu/cong-dan-hoc-tap/', name: 'Công dân học tập', criteriaUrl: '/danh-hieu/cong-dan-hoc-tap/#tieu-chi' },
    { url: '/danh-hieu/cong-dong-hoc-tap/', name: 'Cộng đồng học tập' },
  ],
  lookupUrl: '/danh-hieu/tieu-chi/',
  weeks: [
    { url: '/su-kien/tuan-le-2024/', title: 'Tuần lễ 2024', year: 2024 },
    { url: '/su-kien/tuan-le-2025/', title: 'Tuần lễ 2025', year: 2025 },
  ],
  documents: [{ url: '/danh-hieu/cong-dan-hoc-tap/', number: '677/QĐ-TTg', title: 'Quyết định 677/QĐ-TTg', kind: 'Quyết định' }],
});
const first = (q: string) => matchBestBets(q, bets)[0]?.url;

describe('best bets', () => {
  it('folds queries and aliases alike', () => {
    expect(foldQuery('  Tiêu chí: “Gia đình học tập”! ')).toBe('tieu chi gia dinh hoc tap');
    expect(foldQuery('Kế hoạch số 182/KH-UBND.')).toBe('ke hoach so 182/kh-ubnd');
  });
  it('puts the guide first for the queries readers type', () => {
    expect(first('tieu chi cong dan hoc tap')).toBe('/danh-hieu/cong-dan-hoc-tap/#tieu-chi');
    expect(first('chỉ tiêu công dân học tập')).toBe('/danh-hieu/cong-dan-hoc-tap/#tieu-chi');
    expect(first('gia dinh hok tap')).toBe('/danh-hieu/gia-dinh-hoc-tap/');
    expect(first('Gia đình học tập')).toBe('/danh-hieu/gia-dinh-hoc-tap/');
  });
  it('gives the newest week for the bare name and a given year for a dated one', () => {
    expect(first('tuan le hoc tap')).toBe('/su-kien/tuan-le-2025/');
    // Named outright, the newest week stands alone: older weeks only partly match.
    expect(matchBestBets('tuan le hoc tap', bets).map((b) => b.url)).toEqual(['/su-kien/tuan-le-2025/']);
    expect(first('tuần lễ học tập suốt đời 2024')).toBe('/su-kien/tuan-le-2024/');
  });
  it('matches document numbers exactly, never one digit off', () => {
    expect(first('677/QĐ-TTg')).toBe('/danh-hieu/cong-dan-hoc-tap/');
    expect(first('quyet dinh 677/qd-ttg')).toBe('/danh-hieu/cong-dan-hoc-tap/');
    expect(first('678/QĐ-TTg')).toBeUndefined();
  });
  it('shows one bet per page and nothing for a query it cannot place', () => {
    const urls = matchBestBets('tiêu chí gia đình học tập', bets).map((b) => b.url.replace(/#.*/, ''));
    expect(new Set(urls).size).toBe(urls.length);
    expect(matchBestBets('hoc tap', bets)).toEqual([]);
    expect(matchBestBets('xyz', bets)).toEqual([]);
    expect(matchBestBets('', bets)).toEqual([]);
  });
  it('finds the number file a query asks for', () => {
    expect(numberKey('182/KH-UBND')).toBe('182');
    expect(queryNumberKey('kế hoạch 182/KH-UBND')).toBe('182');
    expect(queryNumberKey('182 ho')).toBeUndefined();
    expect(matchBestBets('182/kh-ubnd', [documentBet({ url: '/ke-hoach/a/', number: '182/KH-UBND', title: 'Kế hoạch 182/KH-UBND', kind: 'Kế hoạch' })])[0]?.url).toBe('/ke-hoach/a/');
  });
});
