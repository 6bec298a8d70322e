import { z } from 'astro/zod';
import { level, sources, type SchemaContext, strictObject } from './fields';

export const localitySchema = (ctx: SchemaContext) =>
  strictObject({
      // Units were reorganised in 2025: a source's name is kept as it was on the source's date.
      name: z.string().min(2).describe('Tên địa phương như nguồn gọi vào ngày của nguồn.'),
      level: level().describe('Cấp hành chính của địa phương.'),
      parent: ctx.ref('localities').optional().describe('Địa phương cấp trên.'),
      note: z.string().optional().describe('Điều người đọc cần biết về tên: nguồn gọi thế nào, từ đó đã đổi gì.'),
      sources: sources(),
      change: strictObject({
        note: z.string().min(10, 'ghi chú thay đổi quá ngắn').describe('Thay đổi đó, trong một hai câu.'),
        sources: sources(),
      })
        .optional()
        .describe('Đơn vị đã thay đổi thế nào từ khi nguồn nêu tên; chỉ hiện khi có nguồn riêng.'),
    });
