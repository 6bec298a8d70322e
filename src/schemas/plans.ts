import { z } from 'astro/zod';
import { level, partialDate, proseFields, updatedNotBeforeDate, year, type SchemaContext, strictObject } from './fields';

/** A measurable aim of a plan: "80% of families recognised by 2030". */
export const target = (ctx: SchemaContext) =>
  strictObject({
      indicator: z.string().min(5, 'chỉ tiêu cần được mô tả').describe('Nội dung chỉ tiêu, diễn đạt theo kế hoạch.'),
      value: z
        .number({ error: 'giá trị phải là một số (dùng dấu chấm cho phần thập phân: 96.8)' })
        .describe('Con số cần đạt.'),
      unit: z.string().min(1, 'cần đơn vị, ví dụ %').describe('Đơn vị của con số, ví dụ %.'),
      year: year().describe('Năm phải đạt chỉ tiêu.'),
      approximate: z.boolean().default(false).describe('`true` khi nguồn ghi "khoảng"; trang hiện "khoảng 23%".'),
      learningTitle: ctx.ref('titles').optional().describe('Danh hiệu học tập mà chỉ tiêu nói đến, nếu có.'),
    });

export const planSchema = (ctx: SchemaContext) =>
  strictObject({
      ...proseFields(ctx),
      number: z
        .string()
        .regex(/^\d+\/[A-ZĐ0-9-]+$/u, 'số hiệu văn bản phải có dạng 67/KH-UBND')
        .optional()
        .describe('Số hiệu văn bản như khi ban hành; bỏ trống nếu nguồn không nêu.')
        .meta({ examples: ['67/KH-UBND'] }),
      issuer: z.string().min(3, 'cần cơ quan ban hành').describe('Cơ quan ban hành kế hoạch.'),
      level: level().describe('Cấp của cơ quan ban hành.'),
      issued: partialDate().optional().describe('Ngày ban hành; viết `--05-30` nếu nguồn không nêu năm.'),
      issuedNote: z
        .string()
        .optional()
        .describe('Vì sao không rõ năm ban hành, hoặc năm nằm trong khoảng nào; hiện cạnh ngày.'),
      period: strictObject({
        from: year().describe('Năm bắt đầu.'),
        to: year().describe('Năm kết thúc; không trước năm bắt đầu.'),
      })
        .refine((p) => p.to >= p.from, {
          message: 'năm kết thúc (to) không được trước năm bắt đầu (from)',
          path: ['to'],
        })
        .describe('Thời kỳ của kế hoạch, tính theo năm.'),
      programme: z.string().optional().describe('Chương trình, đề án hay phong trào quốc gia mà kế hoạch triển khai.'),
      targets: z.array(target(ctx)).default([]).describe('Các chỉ tiêu đo được của kế hoạch.'),
      tasks: z.array(z.string().min(5)).default([]).describe('Các nhiệm vụ kế hoạch giao, mỗi mục một câu.'),
      attachment: strictObject({
        url: z.string().describe('Địa chỉ của tệp.'),
        title: z.string().describe('Tên tệp cho người đọc.'),
        bytes: z.number().int().positive().optional().describe('Dung lượng tệp, tính bằng byte.'),
      })
        .optional()
        .describe('Tệp văn bản đính kèm (hiện chưa trang nào hiển thị).'),
    })
    .refine(updatedNotBeforeDate.check, { message: updatedNotBeforeDate.message, path: updatedNotBeforeDate.path });
