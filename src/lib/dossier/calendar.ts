/**
 * The procedure's calendar for a dossier: the data period, when the file is
 * due and when the decision is, how long recognition lasts, and the days
 * left. The dates are the set's `procedure` (from the circular, as issued in
 * 2023), the same data the title guides show.
 */
export interface Procedure {
  article?: number;
  dataPeriod?: { from: MonthDay; to: MonthDay };
  submit?: { to?: string; by?: MonthDay };
  decision?: { by?: string; deadline?: MonthDay; withinWorkingDays?: number };
  validity?: { months: number };
  /** The text names a district body (Phòng GDĐT, UBND cấp huyện) that no longer exists. */
  districtBodies?: boolean;
}

export interface CalendarLine {
  id: 'data' | 'file' | 'decision' | 'validity';
  /** ISO dates, inclusive. */
  from?: string;
  date?: string;
  /** Who receives or decides, as the text names them. */
  who?: string;
  workingDays?: number;
  /** Days from today to `date`; negative once past. */
  daysLeft?: number;
}

const dayNumber = (isoDay: string) => Math.round(Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000);
/** A day of the year as the YAML writes it (`--02-28`) or as the schema parses it (`{ month: 2, day: 28 }`). */
export type MonthDay = string | { month: number; day?: number | undefined };
const inYear = (md: MonthDay, year: number) =>
  typeof md === 'string' ? `${year}-${md.replace(/^--/, '')}` : `${year}-${String(md.month).padStart(2, '0')}-${String(md.day ?? 1).padStart(2, '0')}`;

export function procedureOf(set: { procedure?: unknown }): Procedure | null {
  return set.procedure && typeof set.procedure === 'object' ? (set.procedure as Procedure) : null;
}

/** The dates for a dossier of `year`: the file and the decision fall in the year after. */
export function calendarFor(p: Procedure, year: number, today: string): CalendarLine[] {
  const t = dayNumber(today);
  const lines: CalendarLine[] = [];
  if (p.dataPeriod) lines.push({ id: 'data', from: inYear(p.dataPeriod.from, year), date: inYear(p.dataPeriod.to, year) });
  if (p.submit?.by) {
    const date = inYear(p.submit.by, year + 1);
    lines.push({ id: 'file', date, daysLeft: dayNumber(date) - t, ...(p.submit.to ? { who: p.submit.to } : {}) });
  }
  if (p.decision?.deadline) {
    const date = inYear(p.decision.deadline, year + 1);
    lines.push({ id: 'decision', date, daysLeft: dayNumber(date) - t, ...(p.decision.by ? { who: p.decision.by } : {}) });
  } else if (p.decision?.withinWorkingDays) {
    lines.push({ id: 'decision', workingDays: p.decision.withinWorkingDays, ...(p.decision.by ? { who: p.decision.by } : {}) });
  }
  // "bảo lưu trong thời hạn 3 năm (36 tháng) tiếp theo năm được công nhận": recognised in year + 1, kept for the months after that year.
  if (p.validity) {
    const endYear = year + 1 + Math.floor(p.validity.months / 12);
    lines.push({ id: 'validity', from: `${year + 2}-01-01`, date: `${endYear}-12-31` });
  }
  return lines;
}
