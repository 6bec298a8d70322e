import { z } from 'astro/zod';
import { date, source, strictObject, summary, title, updatedNotBeforeDate } from './fields';

/**
 * A standing page of the portal (the about page, a page that explains a
 * change), served at `/<file name>/`. Unlike news it names no places or
 * titles: it is prose about the portal or the movement as a whole.
 */
export const pageSchema = () =>
  strictObject({
    title: title(),
    summary: summary(),
    date: date().describe('Ngày đăng trang này lên cổng thông tin.'),
    updated: date().optional().describe('Ngày sửa nội dung đáng kể gần nhất; không trước ngày đăng (date).'),
    // The about page speaks for the portal itself and cites nothing; a page
    // that states facts lists their sources like any item.
    sources: z
      .array(source())
      .default([])
      .describe('Các nguồn của thông tin trên trang; để trống chỉ khi trang không nêu sự kiện nào cần dẫn nguồn.'),
    draft: z.boolean().default(false).describe('`true`: bản nháp, chỉ hiện khi chạy `npm run dev`, không được đăng.'),
  }).refine(updatedNotBeforeDate.check, { message: updatedNotBeforeDate.message, path: updatedNotBeforeDate.path });
