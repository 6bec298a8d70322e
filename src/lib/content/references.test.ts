import { describe, expect, it } from 'vitest';
import { describeBrokenReferences, findBrokenReferences } from './references';
import { findImpossibleDates } from './raw-dates';

describe('broken references', () => {
  const entries = [
    { id: 'cang-long', collection: 'localities', filePath: 'content/localities/cang-long.yaml', data: { name: 'Càng Long' } },
    {
      id: 'tin',
      collection: 'news',
      filePath: 'content/news/tin.md',
      data: {
        date: new Date(),
        localities: [{ collection: 'localities', id: 'cang-long' }, { collection: 'localities', id: 'cang-longg' }],
        series: [{ learningTitle: { collection: 'titles', id: 'khong-co' } }],
      },
    },
  ];
  it('reports each reference to a missing entry with its file and field', () => {
    const broken = findBrokenReferences(entries);
    expect(broken).toEqual([
      { file: 'content/news/tin.md', field: 'localities[1]', collection: 'localities', id: 'cang-longg' },
      { file: 'content/news/tin.md', field: 'series[0].learningTitle', collection: 'titles', id: 'khong-co' },
    ]);
    expect(describeBrokenReferences(broken)).toContain('content/news/tin.md: trường "localities[1]" trỏ tới "cang-longg"');
  });
  it('finds nothing when every reference resolves', () => {
    expect(findBrokenReferences(entries.slice(0, 1))).toEqual([]);
  });
});

describe('impossible dates as written', () => {
  it('catches days and months that YAML would roll over', () => {
    const text = ['---', 'date: 2026-13-45', 'updated: 2024-02-30', 'start: 2024-02-29', 'issued: --05-30', '---'].join('\n');
    expect(findImpossibleDates(text)).toEqual([
      { field: 'date', line: 2, value: '2026-13-45' },
      { field: 'updated', line: 3, value: '2024-02-30' },
    ]);
  });
  it('accepts real dates, quoted or not', () => {
    expect(findImpossibleDates('date: "2024-05-02"\nend: 2023-02-28')).toEqual([]);
  });
});
