import { z } from 'astro/zod';
import { date, year, proseFields, updatedNotBeforeDate, type SchemaContext, strictObject } from './fields';

/** A time of day, 24-hour, `08:00`. */
const time = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ phải có dạng HH:MM, ví dụ 08:00');

export const eventSchema = (ctx: SchemaContext) =>
  strictObject({
      ...proseFields(ctx),
      /** First day. Left out when the source names a recurring event without a dated occurrence. */
      start: date().optional(),
      /** Last day, inclusive. */
      end: date().optional(),
      /** Starting time on the first day, Việt Nam time (`08:00`), where the source gives one. */
      startTime: time().optional(),
      /** Ending time on the last day, Việt Nam time. */
      endTime: time().optional(),
      /** The year of this occurrence, where a source gives the year but not the days. */
      year: year().optional(),
      /** How often it happens, in words, where the source says so ("Hằng năm"). */
      recurrence: z.string().optional(),
      locality: ctx.ref('localities').optional(),
      organiser: z.string().optional(),
      venue: z.string().optional(),
      theme: z.string().optional(),
      registration: z.url().optional(),
    })
    .refine(updatedNotBeforeDate.check, { message: updatedNotBeforeDate.message, path: updatedNotBeforeDate.path })
    .refine((e) => !e.end || !e.start || e.end >= e.start, {
      message: 'ngày kết thúc (end) không được trước ngày bắt đầu (start)',
      path: ['end'],
    })
    .refine((e) => !e.end || e.start, { message: 'có ngày kết thúc (end) thì cần ngày bắt đầu (start)', path: ['start'] })
    .refine((e) => e.start || e.year || e.recurrence, {
      message: 'sự kiện cần ngày bắt đầu (start) hoặc, nếu nguồn không cho ngày, năm (year) hay mô tả lịch lặp lại (recurrence)',
      path: ['start'],
    })
    .refine((e) => !e.startTime || e.start, { message: 'có giờ bắt đầu (startTime) thì cần ngày bắt đầu (start)', path: ['startTime'] })
    .refine((e) => !e.endTime || e.startTime, { message: 'có giờ kết thúc (endTime) thì cần giờ bắt đầu (startTime)', path: ['endTime'] })
    .refine((e) => !e.endTime || !e.startTime || (e.end && e.end > (e.start ?? e.end)) || e.endTime > e.startTime, {
      message: 'giờ kết thúc (endTime) phải sau giờ bắt đầu (startTime)',
      path: ['endTime'],
    })
    .refine((e) => !e.year || !e.start || e.start.getUTCFullYear() === e.year, {
      message: 'năm (year) khác năm của ngày bắt đầu (start)',
      path: ['year'],
    });
