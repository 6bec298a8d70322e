/**
 * The procedure's calendar for a dossier: the data period, when the file is
 * due and when the decision is, how long recognition lasts, and the days
 * left. The dates are the circulars' (TT 25/2023 Điều 9, 14, 19; TT 24/2023
 * Điều 10, 16), as issued before the district level ended on 01/7/2025.
 */
export interface Procedure {
  /** Month and day, in the year after the assessed year. */
  fileDue: { month: number; day: number };
  decisionDue: { month: number; day: number } | null;
  /** Where the text gives a span instead of a date (cấp tỉnh: 20 working days). */
  decisionNote?: string;
  validityMonths: number;
  /** The articles these dates come from. */
  articles: string;
  /** The text names a district body (Phòng GDĐT, UBND cấp huyện) that no longer exists. */
  namesDistrictBody: boolean;
}

const TT25 = '25/2023/TT-BGDĐT';
const TT24 = '24/2023/TT-BGDĐT';

/** By legal source and level of the set. */
export function procedureFor(set: { legalSource: { number: string }; level: string[]; procedure?: unknown }): Procedure | null {
  const level = set.level[0];
  if (set.legalSource.number === TT25) {
    if (level === 'xa') return { fileDue: { month: 2, day: 28 }, decisionDue: { month: 3, day: 31 }, validityMonths: 36, articles: 'Thông tư 25/2023, Điều 5, Điều 9', namesDistrictBody: true };
    if (level === 'huyen') return { fileDue: { month: 4, day: 30 }, decisionDue: { month: 5, day: 31 }, validityMonths: 36, articles: 'Thông tư 25/2023, Điều 10, Điều 14', namesDistrictBody: true };
    if (level === 'tinh') return { fileDue: { month: 7, day: 31 }, decisionDue: null, decisionNote: 'trong 20 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ', validityMonths: 36, articles: 'Thông tư 25/2023, Điều 15, Điều 19', namesDistrictBody: false };
  }
  if (set.legalSource.number === TT24) {
    if (level === 'huyen') return { fileDue: { month: 1, day: 15 }, decisionDue: { month: 2, day: 15 }, validityMonths: 36, articles: 'Thông tư 24/2023, Điều 5, Điều 10', namesDistrictBody: true };
    if (level === 'tinh') return { fileDue: { month: 1, day: 15 }, decisionDue: { month: 2, day: 15 }, validityMonths: 36, articles: 'Thông tư 24/2023, Điều 11, Điều 16', namesDistrictBody: false };
  }
  return null;
}

export interface CalendarLine {
  id: 'data' | 'file' | 'decision' | 'validity';
  /** ISO dates, inclusive. */
  from?: string;
  date?: string;
  note?: string;
  /** Days from today to `date`; negative once past. */
  daysLeft?: number;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const dayNumber = (isoDay: string) => Math.round(Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000);

export function calendarFor(p: Procedure, year: number, today: string): CalendarLine[] {
  const t = dayNumber(today);
  const dated = (id: CalendarLine['id'], date: string): CalendarLine => ({ id, date, daysLeft: dayNumber(date) - t });
  const lines: CalendarLine[] = [
    { id: 'data', from: iso(year, 1, 1), date: iso(year, 12, 31) },
    dated('file', iso(year + 1, p.fileDue.month, p.fileDue.day)),
  ];
  if (p.decisionDue) lines.push(dated('decision', iso(year + 1, p.decisionDue.month, p.decisionDue.day)));
  else lines.push({ id: 'decision', note: p.decisionNote ?? '' });
  // "bảo lưu trong thời hạn 3 năm (36 tháng) tiếp theo năm được công nhận": recognised in year+1, kept to the end of year+1+3.
  lines.push({ id: 'validity', from: iso(year + 2, 1, 1), date: iso(year + 1 + p.validityMonths / 12, 12, 31) });
  return lines;
}
