import { z } from 'astro/zod';
import { date, sources, summary, title, year, type SchemaContext, strictObject } from './fields';

export const statKinds = ['result', 'target'] as const;
export type StatKind = (typeof statKinds)[number];

/** One published figure: a share, a count, or both. */
export const observation = (ctx: SchemaContext) =>
  strictObject({
      indicator: z.string().min(5, 'cần mô tả chỉ số'),
      /**
       * The same measure in every dataset that carries it (`ty-le-gia-dinh-hoc-tap`):
       * a result is set against a target only when both name the same key.
       */
      key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'khóa chỉ số (key) chỉ gồm chữ thường không dấu, số và gạch nối').optional(),
      learningTitle: ctx.ref('titles').optional(),
      value: z.number({ error: 'giá trị phải là một số (dùng dấu chấm cho phần thập phân: 78.1)' }),
      unit: z.string().min(1, 'cần đơn vị, ví dụ %'),
      /** The source says "khoảng" (about). */
      approximate: z.boolean().default(false),
      /** The number of households, clans, units… behind a share. */
      count: z.number().int().nonnegative().optional(),
      countUnit: z.string().optional(),
      /** The whole that `value` or `count` is a part of, where the source gives it (10 of 10 districts). */
      denominator: z.number().positive().optional(),
    })
    .refine((o) => o.count === undefined || o.countUnit, {
      message: 'có số lượng (count) thì cần đơn vị đếm (countUnit), ví dụ "hộ"',
      path: ['countUnit'],
    });

export const statSchema = (ctx: SchemaContext) =>
  strictObject({
      title: title(),
      summary: summary(),
      date: date(),
      updated: date().optional(),
      sources: sources(),
      /** Left out when the source does not name the place. */
      locality: ctx.ref('localities').optional(),
      /** Shown where `locality` is absent: what the source says of the place. */
      scope: z.string().optional(),
      /** The plan whose targets these are, where the dataset restates one published on the portal. */
      plan: ctx.ref('plans').optional(),
      year: year(),
      kind: z.enum(statKinds, { error: 'loại (kind) phải là result (kết quả) hoặc target (mục tiêu)' }),
      series: z.array(observation(ctx)).min(1, 'bộ số liệu cần ít nhất một chỉ số'),
      draft: z.boolean().default(false),
    })
    .refine((s) => s.locality || s.scope, {
      message: 'cần địa phương (locality) hoặc, nếu nguồn không nêu, mô tả phạm vi (scope)',
      path: ['locality'],
    });
