/**
 * iCalendar (RFC 5545) for the events: one file per event and one feed of
 * all of them. Written by hand rather than with a library because the common
 * generator folds long lines by characters, not octets, which breaks
 * Vietnamese text (most letters with diacritics take 2–3 octets in UTF-8).
 *
 * An event without a time is an all-day event: DTSTART and DTEND are
 * `VALUE=DATE` and DTEND is the day after the last day (exclusive end). An
 * event with a time is set in Asia/Ho_Chi_Minh, defined in the file by a
 * VTIMEZONE (UTC+7 all year, no daylight saving since 1975).
 */

export interface CalendarEvent {
  /** Stable across builds, so a subscribed calendar updates an event instead of duplicating it. */
  uid: string;
  /** First day (a UTC-midnight Date, as the content schema gives it). */
  start: Date;
  /** Last day, inclusive; the first day when left out. */
  end?: Date | undefined;
  /** `08:00` on the first day, Việt Nam time; without it the event is all-day. */
  startTime?: string | undefined;
  /** `11:30` on the last day, Việt Nam time. */
  endTime?: string | undefined;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  /** When this information last changed (DTSTAMP, LAST-MODIFIED); fixed, so builds are reproducible. */
  stamp: Date;
}

export interface Calendar {
  /** PRODID: who made the file. */
  productId: string;
  name: string;
  description?: string | undefined;
  events: readonly CalendarEvent[];
}

const crlf = '\r\n';
export const timeZone = 'Asia/Ho_Chi_Minh';

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A code point's length in UTF-8, counted rather than encoded: encoding each character was most of a calendar's cost. */
const utf8Length = (char: string) => {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * Splits a content line into lines of at most 75 octets, each continuation
 * starting with a space (RFC 5545 §3.1), never inside a UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // A continuation line's leading space counts towards its 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${crlf} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20231002` for an all-day date held as UTC midnight. */
export function formatDate(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** `20231002T000000Z`: a moment in UTC. */
export function formatDateTime(d: Date): string {
  return `${formatDate(d)}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function dayAfter(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1));
}

const localTime = (day: Date, time: string) => `${formatDate(day)}T${time.replace(':', '')}00`;

/** Việt Nam has kept UTC+7 all year since 1975: one STANDARD rule covers every date the site shows. */
const vtimezone = [
  'BEGIN:VTIMEZONE',
  `TZID:${timeZone}`,
  'BEGIN:STANDARD',
  'DTSTART:19750613T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:ICT',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function whenLines(e: CalendarEvent): string[] {
  if (!e.startTime) {
    return [`DTSTART;VALUE=DATE:${formatDate(e.start)}`, `DTEND;VALUE=DATE:${formatDate(dayAfter(e.end ?? e.start))}`];
  }
  const lines = [`DTSTART;TZID=${timeZone}:${localTime(e.start, e.startTime)}`];
  if (e.endTime) lines.push(`DTEND;TZID=${timeZone}:${localTime(e.end ?? e.start, e.endTime)}`);
  return lines;
}

function eventLines(e: CalendarEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${formatDateTime(e.stamp)}`,
    `LAST-MODIFIED:${formatDateTime(e.stamp)}`,
    ...whenLines(e),
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.url) lines.push(`URL;VALUE=URI:${e.url}`);
  // All-day events should not block time in a reader's agenda.
  lines.push(`TRANSP:${e.startTime ? 'OPAQUE' : 'TRANSPARENT'}`, 'END:VEVENT');
  return lines;
}

export function buildCalendar(cal: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cal.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(cal.name)}`,
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...(cal.description ? [`X-WR-CALDESC:${escapeText(cal.description)}`] : []),
    // Subscribed calendars look for changes once a day.
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...(cal.events.some((e) => e.startTime) ? vtimezone : []),
    ...cal.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(crlf) + crlf;
}
