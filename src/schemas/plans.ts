import { z } from 'astro/zod';
import { level, partialDate, proseFields, updatedNotBeforeDate, year, type SchemaContext, strictObject } from './fields';

/** A measurable aim of a plan: "80% of families recognised by 2030". */
export const target = (ctx: SchemaContext) =>
  strictObject({
      indicator: z.string().min(5, 'chỉ tiêu cần được mô tả'),
      value: z.number({ error: 'giá trị phải là một số (dùng dấu chấm cho phần thập phân: 96.8)' }),
      unit: z.string().min(1, 'cần đơn vị, ví dụ %'),
      year: year(),
      /** The source says "khoảng" (about): shown as "khoảng 23%". */
      approximate: z.boolean().default(false),
      learningTitle: ctx.ref('titles').optional(),
    });

export const planSchema = (ctx: SchemaContext) =>
  strictObject({
      ...proseFields(ctx),
      /** The document number as issued, e.g. "67/KH-UBND". Left out when the source does not give it. */
      number: z
        .string()
        .regex(/^\d+\/[A-ZĐ0-9-]+$/u, 'số hiệu văn bản phải có dạng 67/KH-UBND')
        .optional(),
      issuer: z.string().min(3, 'cần cơ quan ban hành'),
      level: level(),
      /** The issuing date; `--05-30` when the source gives no year. */
      issued: partialDate().optional(),
      /** Why the year of `issued` is unknown or how it is bounded, shown beside the date. */
      issuedNote: z.string().optional(),
      period: strictObject({ from: year(), to: year() }).refine((p) => p.to >= p.from, {
        message: 'năm kết thúc (to) không được trước năm bắt đầu (from)',
        path: ['to'],
      }),
      /** The national programme, scheme or movement the plan carries out. */
      programme: z.string().optional(),
      targets: z.array(target(ctx)).default([]),
      tasks: z.array(z.string().min(5)).default([]),
      attachment: strictObject({ url: z.string(), title: z.string(), bytes: z.number().int().positive().optional() })
        .optional(),
    })
    .refine(updatedNotBeforeDate.check, { message: updatedNotBeforeDate.message, path: updatedNotBeforeDate.path });
