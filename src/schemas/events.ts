import { z } from 'astro/zod';
import { date, year, proseFields, updatedNotBeforeDate, type SchemaContext, strictObject } from './fields';

/** A time of day, 24-hour, `08:00`. */
const time = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ phải có dạng HH:MM, ví dụ 08:00');

export const eventSchema = (ctx: SchemaContext) =>
  strictObject({
      ...proseFields(ctx),
      start: date()
        .optional()
        .describe('Ngày bắt đầu; bỏ trống khi nguồn nêu sự kiện lặp lại mà không cho ngày của lần nào.'),
      end: date().optional().describe('Ngày kết thúc, tính cả ngày đó.'),
      startTime: time()
        .optional()
        .describe('Giờ bắt đầu của ngày đầu, giờ Việt Nam, nếu nguồn nêu.')
        .meta({ examples: ['08:00'] }),
      endTime: time().optional().describe('Giờ kết thúc của ngày cuối, giờ Việt Nam.').meta({ examples: ['11:30'] }),
      year: year().optional().describe('Năm diễn ra lần này, khi nguồn cho năm mà không cho ngày.'),
      recurrence: z.string().optional().describe('Sự kiện lặp lại thế nào, bằng lời của nguồn ("Hằng năm").'),
      locality: ctx.ref('localities').optional().describe('Địa phương nơi sự kiện diễn ra.'),
      organiser: z.string().optional().describe('Cơ quan, đơn vị tổ chức.'),
      venue: z.string().optional().describe('Địa điểm tổ chức.'),
      theme: z.string().optional().describe('Chủ đề của sự kiện, như nguồn công bố.'),
      registration: z.url().optional().describe('Địa chỉ web để đăng ký tham dự.'),
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
