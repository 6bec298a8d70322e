import { describe, expect, it } from 'vitest';
import { CHECKBOX_LIMIT, filterValuesIn, summarize, tallyChoices } from './choices';

const page = (spans: string) => `<main data-pagefind-body><div hidden data-pagefind-ignore>${spans}</div><p>văn bản</p></main>`;

describe('filterValuesIn', () => {
  it('reads the filter spans of an item page, decoding entities and skipping repeats and unknown names', () => {
    const html = page(
      '<span data-pagefind-meta="type">Kế hoạch</span><span data-pagefind-filter="type">Kế hoạch</span>' +
        '<span data-pagefind-filter="locality">Càng Long</span><span data-pagefind-filter="locality">Càng Long</span>' +
        '<span data-pagefind-filter="locality">Xã A &amp; B</span><span data-pagefind-filter="year">2025</span>' +
        '<span data-pagefind-filter="colour">đỏ</span><span data-pagefind-filter="title">Gia đình học tập</span>',
    );
    expect(filterValuesIn(html)).toEqual([
      ['type', 'Kế hoạch'],
      ['locality', 'Càng Long'],
      ['locality', 'Xã A & B'],
      ['year', '2025'],
      ['title', 'Gia đình học tập'],
    ]);
  });

  it('finds nothing on a page without filter spans', () => {
    expect(filterValuesIn('<main><p>Không có gì</p></main>')).toEqual([]);
  });
});

describe('tallyChoices', () => {
  it('counts pages per value, years newest first and names in Vietnamese order', () => {
    const choices = tallyChoices([
      [['type', 'Tin tức'], ['year', '2023'], ['locality', 'Đồng Tháp']],
      [['type', 'Kế hoạch'], ['year', '2025'], ['locality', 'Cần Thơ']],
      [['type', 'Tin tức'], ['year', '2024'], ['locality', 'Đồng Tháp']],
      [['type', 'Tin tức'], ['year', '2025']],
    ]);
    expect(choices.type).toEqual([{ value: 'Kế hoạch', count: 1 }, { value: 'Tin tức', count: 3 }]);
    expect(choices.year.map((c) => c.value)).toEqual(['2025', '2024', '2023']);
    // "Đ" sorts after "D" and before "E" in Vietnamese, so after "Cần Thơ".
    expect(choices.locality).toEqual([{ value: 'Cần Thơ', count: 1 }, { value: 'Đồng Tháp', count: 2 }]);
    expect(choices.title).toEqual([]);
  });
});

describe('summarize', () => {
  it('keeps short lists whole and gives long ones by their size only', () => {
    const places = Array.from({ length: CHECKBOX_LIMIT + 1 }, (_, i) => [['locality', `Xã ${i}`]] as [['locality', string]]);
    const summary = summarize(tallyChoices([[['type', 'Tin tức']], ...places]));
    expect(summary.type).toEqual({ total: 1, values: [{ value: 'Tin tức', count: 1 }] });
    expect(summary.locality).toEqual({ total: CHECKBOX_LIMIT + 1 });
    expect(summary.year).toEqual({ total: 0, values: [] });
  });
});
