import { describe, expect, it } from 'vitest';
import { cardText, cardTree, ogImagePath, sectionOfPath, shorten } from './og-card';

describe('share cards', () => {
  it('puts each page card at a path of its own', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/tin-tuc/abc/')).toBe('/og/tin-tuc/abc.png');
    expect(ogImagePath('/tin-tuc/trang/2/')).toBe('/og/tin-tuc/trang/2.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
    expect(ogImagePath('/404')).toBe('/og/404.png');
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
  it('lays out kicker, title and footer, with smaller type for longer titles', () => {
    const size = (title: string) => {
      const inner = cardTree({ kicker: 'k', title, footer: 'f' }).props.children as unknown as { props: { children: { props: { style: { fontSize: number } } }[] } }[];
      return inner[0]!.props.children[1]!.props.style.fontSize;
    };
    expect(size('Ngắn')).toBeGreaterThan(size('Một tiêu đề rất dài về kế hoạch xây dựng xã hội học tập của một tỉnh năm 2024'));
    expect(JSON.stringify(cardTree({ kicker: 'Sự kiện', title: 'Tuần lễ', footer: 'chân' }))).toContain('Tuần lễ');
  });
});
