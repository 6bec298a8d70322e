import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, formatDate } from './ical';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('folding', () => {
  it('keeps every line within 75 octets without splitting a Vietnamese letter', () => {
    const line = `SUMMARY:${'Tuần lễ hưởng ứng học tập suốt đời ở xã Xuân Hiệp, '.repeat(6)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true);
    // Unfolding (drop CRLF + one space) gives the original back, so no byte was cut in two.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(lines.join('')).not.toContain('\uFFFD');
  });
  it('counts two- and four-octet characters too, filling each line to the last octet that fits', () => {
    const line = `DESCRIPTION:${'a é đ ệ 𝄞 '.repeat(20)}`;
    const lines = foldLine(line).split('\r\n');
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    // Each full line stops only because its next character would not fit.
    const rest = line.slice(lines[0]!.length);
    expect(octets(lines[0]!) + octets(String.fromCodePoint(rest.codePointAt(0)!))).toBeGreaterThan(75);
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
  });
  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('text values', () => {
  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });
  it('writes all-day dates as YYYYMMDD', () => {
    expect(formatDate(d('2023-10-02'))).toBe('20231002');
  });
});

describe('a calendar an independent parser reads', () => {
  const text = buildCalendar({
    productId: '-//Học tập suốt đời//Sự kiện//VI',
    name: 'Sự kiện học tập suốt đời',
    events: [
      {
        uid: 'su-kien-2023@example.org',
        start: d('2023-10-02'),
        end: d('2023-10-08'),
        summary: 'Tuần lễ hưởng ứng học tập suốt đời năm 2023',
        description: 'Chủ đề: Xây dựng năng lực tự học trong kỷ nguyên số, dài hơn một dòng để phải gập dòng.',
        location: 'Việt Nam',
        url: 'https://example.org/su-kien/2023/',
        stamp: d('2026-11-23'),
      },
      { uid: 'one-day@example.org', start: d('2024-10-01'), summary: 'Một ngày', stamp: d('2026-11-23') },
    ],
  });
  const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

  it('uses CRLF line ends throughout', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  it('gives a multi-day event all-day dates with an exclusive end', () => {
    const week = vevents[0]!;
    expect(week.startDate.isDate).toBe(true);
    expect(week.startDate.toString()).toBe('2023-10-02');
    expect(week.endDate.toString()).toBe('2023-10-09');
    expect(week.duration.toSeconds()).toBe(7 * 86400);
    expect(week.summary).toBe('Tuần lễ hưởng ứng học tập suốt đời năm 2023');
    expect(week.description).toContain('Xây dựng năng lực tự học trong kỷ nguyên số, dài hơn');
    expect(week.location).toBe('Việt Nam');
    expect(week.uid).toBe('su-kien-2023@example.org');
  });
  it('ends a one-day event on the next day', () => {
    expect(vevents[1]!.endDate.toString()).toBe('2024-10-02');
  });
  it('stamps each event', () => {
    expect(text).toMatch(/\r\nDTSTAMP:20261123T000000Z\r\n/);
  });
});

describe('a timed event', () => {
  const text = buildCalendar({
    productId: '-//x//y//VI',
    name: 'Lịch',
    events: [{ uid: 't@x', start: d('2025-10-01'), startTime: '08:00', endTime: '11:30', summary: 'Lễ khai mạc', stamp: d('2026-11-23') }],
  });
  const cal = new ICAL.Component(ICAL.parse(text));
  it('is set in Asia/Ho_Chi_Minh, which the file defines as UTC+7', () => {
    expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20251001T080000');
    const zone = new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!);
    ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-10-01T01:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2025-10-01T04:30:00.000Z');
  });
});
