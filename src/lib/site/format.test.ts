import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateShort, formatNumber, formatPercent, formatValue, formatYearRange, isoDate } from './format';

describe('vi-VN numbers', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(253853)).toBe('253.853');
    expect(formatNumber(2946633)).toBe('2.946.633');
  });
  it('marks decimals with a comma', () => {
    expect(formatNumber(96.8)).toBe('96,8');
    expect(formatPercent(78.1)).toBe('78,1%');
    expect(formatPercent(88)).toBe('88%');
  });
  it('keeps % against the number and spaces other units', () => {
    expect(formatValue(97, '%')).toBe('97%');
    expect(formatValue(671, 'thôn, khu phố')).toBe('671 thôn, khu phố');
  });
});

describe('vi-VN dates', () => {
  const may2 = new Date(Date.UTC(2024, 4, 2));
  it('writes long dates the Vietnamese way', () => {
    expect(formatDateLong(may2)).toBe('02/5/2024');
  });
  it('writes short dates as documents do: day padded, month not', () => {
    expect(formatDateShort(may2)).toBe('02/5/2024');
    expect(formatDateShort({ year: 2022, month: 10, day: 6 })).toBe('06/10/2022');
  });
  it('never invents a missing year', () => {
    expect(formatDateLong({ month: 5, day: 30 })).toBe('30/5, năm không rõ');
    expect(formatDateShort({ month: 5, day: 30 })).toBe('30/5, năm không rõ');
    expect(isoDate({ month: 5, day: 30 })).toBe('--05-30');
  });
  it('gives machine-readable ISO dates', () => {
    expect(isoDate(may2)).toBe('2024-05-02');
    expect(isoDate({ year: 2024, month: 5 })).toBe('2024-05');
    expect(formatDateLong({ year: 2024, month: 5 })).toBe('tháng 5/2024');
  });
  it('writes year ranges with an en dash', () => {
    expect(formatYearRange(2023, 2030)).toBe('2023–2030');
    expect(formatYearRange(2024, 2024)).toBe('2024');
  });
});
