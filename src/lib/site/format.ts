/**
 * vi-VN number and date formatting. Vietnamese groups thousands with `.` and
 * marks decimals with `,` (253.853; 78,1%). Intl does this, but Node builds
 * without full ICU fall back to English, so the output is checked in tests.
 */
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 78.1 → "78,1%". The value is already a percentage, not a fraction. */
export function formatPercent(value: number): string {
  return `${formatNumber(value)}%`;
}

/** A value with its unit: "%" sticks to the number, other units follow a space. */
export function formatValue(value: number, unit: string): string {
  return unit === '%' ? formatPercent(value) : `${formatNumber(value)} ${unit}`;
}

/**
 * A date that may lack its year: sources sometimes give "30/5" only, and
 * the site must not guess the year.
 */
export interface PartialDate {
  year?: number;
  month: number;
  day?: number;
}

export function toPartialDate(date: Date): PartialDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "2 tháng 5, 2024"; without a year "30 tháng 5"; without a day "tháng 5, 2024". */
export function formatDateLong(input: Date | PartialDate): string {
  const d = input instanceof Date ? toPartialDate(input) : input;
  const dayMonth = d.day ? `${d.day} tháng ${d.month}` : `tháng ${d.month}`;
  return d.year ? `${dayMonth}, ${d.year}` : dayMonth;
}

/** "02/5/2024": two-digit day, month without a leading zero, as Vietnamese documents write it. */
export function formatDateShort(input: Date | PartialDate): string {
  const d = input instanceof Date ? toPartialDate(input) : input;
  const day = d.day ? `${String(d.day).padStart(2, '0')}/` : '';
  return d.year ? `${day}${d.month}/${d.year}` : `${day}${d.month}`;
}

/** ISO form for `<time datetime>`: full date, or `--MM-DD` when the year is unknown. */
export function isoDate(input: Date | PartialDate): string {
  const d = input instanceof Date ? toPartialDate(input) : input;
  const mm = String(d.month).padStart(2, '0');
  const dd = d.day ? `-${String(d.day).padStart(2, '0')}` : '';
  return d.year ? `${d.year}-${mm}${dd}` : `--${mm}${dd}`;
}

/** A span of years: "2023–2030", or one year alone. */
export function formatYearRange(from: number, to?: number): string {
  return to === undefined || to === from ? String(from) : `${from}–${to}`;
}
