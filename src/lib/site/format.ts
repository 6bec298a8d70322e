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

/**
 * The portal's one date style, as Vietnamese portals and documents write dates:
 * "02/5/2024" (two-digit day, month without a leading zero); a date its source
 * gives without a year says so, "30/5, năm không rõ", rather than guessing one;
 * a month alone is "tháng 5/2024".
 */
export function formatDate(input: Date | PartialDate): string {
  const d = input instanceof Date ? toPartialDate(input) : input;
  if (!d.day) return d.year ? `tháng ${d.month}/${d.year}` : `tháng ${d.month}, ${YEAR_UNKNOWN}`;
  const dayMonth = `${String(d.day).padStart(2, '0')}/${d.month}`;
  return d.year ? `${dayMonth}/${d.year}` : `${dayMonth}, ${YEAR_UNKNOWN}`;
}

const YEAR_UNKNOWN = 'năm không rõ';

/** Older names of `formatDate`, kept so every caller writes dates the one way. */
export const formatDateLong = formatDate;
export const formatDateShort = formatDate;

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
