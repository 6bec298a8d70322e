/**
 * The one-line facts shown under a title in lists ("Thanhuytphcm.vn · 6 tháng 10, 2022").
 * Only what the data holds; nothing is filled in.
 */
import { formatDateLong, formatDateShort, formatYearRange, type PartialDate } from './format';
import { ui } from './ui';

interface SourceLike {
  name: string;
  date?: PartialDate | undefined;
  updated?: PartialDate | undefined;
}

export function newsMeta(data: { sources: SourceLike[] }): string {
  const s = data.sources[0];
  if (!s) return '';
  const when = s.date ?? s.updated;
  return when ? `${s.name} · ${formatDateLong(when)}` : s.name;
}

export function planMeta(data: {
  number?: string | undefined;
  issuer: string;
  issued?: PartialDate | undefined;
  period: { from: number; to: number };
}, options: { numberInTitle?: boolean } = {}): string {
  // Where the card's title already reads "Kế hoạch 67/KH-UBND", the number is not said twice.
  // A plan without a number is not labelled by what it lacks; its page says the number is unknown.
  const parts = data.number && !options.numberInTitle ? [data.number, data.issuer] : [data.issuer];
  if (data.issued) parts.push(`${ui.labels.issued.toLowerCase()} ${formatDateShort(data.issued)}`);
  parts.push(`${ui.labels.period.toLowerCase()} ${formatYearRange(data.period.from, data.period.to)}`);
  return parts.join(' · ');
}

export function statMeta(data: { kind: 'result' | 'target'; year: number }, place: string): string {
  return `${ui.statKinds[data.kind]} · ${ui.labels.year.toLowerCase()} ${data.year} · ${place}`;
}

export function eventWhen(data: {
  start?: Date | undefined;
  end?: Date | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
  year?: number | undefined;
  recurrence?: string | undefined;
}): string {
  if (!data.start && data.year) return `${ui.labels.year} ${data.year} · ${ui.labels.daysNotGiven}`;
  if (!data.start) return data.recurrence ? `${data.recurrence} · ${ui.labels.noDateYet.toLowerCase()}` : ui.labels.noDateYet;
  const at = (time: string | undefined, day: Date) => (time ? `${time}, ${formatDateLong(day)}` : formatDateLong(day));
  const sameDay = !data.end || data.end.getTime() === data.start.getTime();
  if (sameDay && data.startTime && data.endTime) return `${data.startTime} đến ${data.endTime}, ${formatDateLong(data.start)}`;
  if (sameDay) return at(data.startTime, data.start);
  return `${at(data.startTime, data.start)} đến ${at(data.endTime, data.end!)}`;
}
