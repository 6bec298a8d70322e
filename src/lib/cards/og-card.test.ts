import { describe, expect, it } from 'vitest';
import { cardImagePath, cardText, ogImagePath, sectionOfPath, sharedCard, shorten } from './og-card';

describe('share cards', () => {
  it('puts each page card at a path of its own', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/tin-tuc/abc/')).toBe('/og/tin-tuc/abc.png');
    expect(ogImagePath('/tin-tuc/trang/2/')).toBe('/og/tin-tuc/trang/2.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
    expect(ogImagePath('/404')).toBe('/og/404.png');
  });
  it('gives item pages a card of their own and every other page its section\'s, or the home page\'s', () => {
    expect(cardImagePath('/tin-tuc/abc/', true)).toBe('/og/tin-tuc/abc.png');
    expect(cardImagePath('/tin-tuc/', false)).toBe('/og/tin-tuc.png');
    expect(cardImagePath('/tin-tuc/trang/2/', false)).toBe('/og/tin-tuc.png');
    expect(sharedCard('/dia-phuong/x/tin-tuc/')).toEqual({ path: '/og/dia-phuong.png', title: 'Địa phương' });
    expect(sharedCard('/gioi-thieu/')).toEqual({ path: '/og/gioi-thieu.png', title: 'Giới thiệu' });
    expect(sharedCard('/tieu-chi/x/')).toEqual({ path: '/og/index.png', title: 'Học tập suốt đời' });
    expect(cardImagePath('/', false)).toBe('/og/index.png');
    expect(cardImagePath('/404.html', false)).toBe('/og/index.png');
    // A shared card never takes an item's place: item cards sit one folder deeper.
    expect(cardImagePath('/tin-tuc/x/', true)).not.toBe(cardImagePath('/tin-tuc/x/', false));
  });
  it('names the section from the URL, or the tagline elsewhere', () => {
    expect(sectionOfPath('/su-kien/x/')).toBe('events');
    expect(cardText('/su-kien/x/', 'Tuần lễ', 'example.org').kicker).toBe('Sự kiện');
    expect(cardText('/', 'Học tập suốt đời', 'example.org').kicker).toBe('Cổng thông tin xây dựng xã hội học tập');
    expect(cardText('/', 'x', 'example.org').footer).toBe('Học tập suốt đời · example.org');
  });
  it('cuts a long title at a word and marks the cut', () => {
    const long = 'Kế hoạch thực hiện phong trào thi đua xây dựng xã hội học tập '.repeat(4);
    const short = shorten(long, 120);
    expect([...short].length).toBeLessThanOrEqual(120);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(shorten('Ngắn', 120)).toBe('Ngắn');
  });
});
