import { describe, expect, it } from 'vitest';
import { cardTree } from './card-layout';

describe('the share card’s layout', () => {
  it('lays out kicker, title and footer, with smaller type for longer titles', () => {
    const size = (title: string) => {
      const inner = cardTree({ kicker: 'k', title, footer: 'f' }).props.children as unknown as { props: { children: { props: { style: { fontSize: number } } }[] } }[];
      return inner[0]!.props.children[1]!.props.style.fontSize;
    };
    expect(size('Ngắn')).toBeGreaterThan(size('Một tiêu đề rất dài về kế hoạch xây dựng xã hội học tập của một tỉnh năm 2024'));
    expect(JSON.stringify(cardTree({ kicker: 'Sự kiện', title: 'Tuần lễ', footer: 'chân' }))).toContain('Tuần lễ');
  });
});
