import { z } from 'astro/zod';
import { date, sources, summary, title, year, type SchemaContext, strictObject } from './fields';

export const statKinds = ['result', 'target'] as const;
export type StatKind = (typeof statKinds)[number];

/** One published figure: a share, a count, or both. */
export const observation = (ctx: SchemaContext) =>
  strictObject({
      indicator: z.string().min(5, 'cần mô tả chỉ số').describe('Tên chỉ số như nguồn công bố.'),
      // A result is set against a target only when both name the same key.
      key: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'khóa chỉ số (key) chỉ gồm chữ thường không dấu, số và gạch nối')
        .optional()
        .describe('Mã chung của cùng một chỉ số trong mọi bộ số liệu có nó, để so kết quả với mục tiêu.')
        .meta({ examples: ['ty-le-gia-dinh-hoc-tap'] }),
      learningTitle: ctx.ref('titles').optional().describe('Danh hiệu học tập mà chỉ số nói đến, nếu có.'),
      value: z
        .number({ error: 'giá trị phải là một số (dùng dấu chấm cho phần thập phân: 78.1)' })
        .describe('Con số nguồn công bố.'),
      unit: z.string().min(1, 'cần đơn vị, ví dụ %').describe('Đơn vị của con số, ví dụ %.'),
      approximate: z.boolean().default(false).describe('`true` khi nguồn ghi "khoảng".'),
      count: z.number().int().nonnegative().optional().describe('Số hộ, dòng họ, đơn vị… đứng sau một tỷ lệ.'),
      countUnit: z.string().optional().describe('Đơn vị đếm của `count`, ví dụ "hộ".'),
      denominator: z
        .number()
        .positive()
        .optional()
        .describe('Tổng thể mà `value` hoặc `count` là một phần, nếu nguồn nêu (10 trên 10 huyện).'),
      // Provinces compute shares over different wholes (all households, those registered, the assessable population).
      base: z
        .string()
        .min(3, 'mẫu số (base) quá ngắn')
        .optional()
        .describe('Mẫu số của tỷ lệ, bằng lời như nguồn nêu, ví dụ "tổng số hộ gia đình của tỉnh" hoặc "số đã đăng ký".'),
      baseNotStated: z
        .boolean()
        .default(false)
        .describe('`true` khi nguồn nêu tỷ lệ mà không nói tính trên tổng số nào: trang ghi "tỷ lệ theo báo cáo (không nêu mẫu số)".'),
      year: year()
        .optional()
        .describe('Năm của riêng chỉ số này, khi khác năm của bộ số liệu (ví dụ năm gia nhập một mạng lưới).'),
      note: z
        .string()
        .min(5, 'ghi chú quá ngắn')
        .optional()
        .describe('Điều người đọc cần biết về riêng chỉ số này, ví dụ nguồn ghi "hơn", "gần" trước con số, hoặc nơi đã sáp nhập.'),
    })
    .refine((o) => o.count === undefined || o.countUnit, {
      message: 'có số lượng (count) thì cần đơn vị đếm (countUnit), ví dụ "hộ"',
      path: ['countUnit'],
    })
    .refine((o) => !(o.base && o.baseNotStated), {
      message: 'đã ghi mẫu số (base) thì không ghi baseNotStated: true; bỏ một trong hai',
      path: ['baseNotStated'],
    })
    .refine((o) => !o.baseNotStated || o.unit === '%', {
      message: 'baseNotStated chỉ dùng cho tỷ lệ phần trăm (unit: "%")',
      path: ['baseNotStated'],
    });

/**
 * Every published share (a result in %) says what it is a share of: a number
 * (`denominator`), words (`base`), or that the source does not say. Targets
 * are shares of the group their indicator names and are not checked here.
 */
export function shareWithoutBase(o: { unit: string; denominator?: number | undefined; base?: string | undefined; baseNotStated?: boolean }): boolean {
  return o.unit === '%' && o.denominator === undefined && !o.base && !o.baseNotStated;
}

export const statSchema = (ctx: SchemaContext) =>
  strictObject({
      title: title(),
      summary: summary(),
      date: date().describe('Ngày đăng bộ số liệu lên cổng thông tin.'),
      updated: date().optional().describe('Ngày sửa bộ số liệu gần nhất.'),
      sources: sources(),
      locality: ctx.ref('localities').optional().describe('Địa phương của số liệu; bỏ trống khi nguồn không nêu nơi.'),
      scope: z.string().optional().describe('Phạm vi theo lời nguồn, khi không có `locality`.'),
      note: z
        .string()
        .min(10, 'ghi chú quá ngắn')
        .optional()
        .describe('Điều người đọc cần biết về cả bộ số liệu, ví dụ nguồn không nêu năm của số liệu, hay vì sao chỉ đăng số lượng.'),
      plan: ctx
        .ref('plans')
        .optional()
        .describe('Kế hoạch có các chỉ tiêu này, khi bộ số liệu thuật lại một kế hoạch đã đăng trên cổng.'),
      year: year().describe('Năm của số liệu.'),
      kind: z
        .enum(statKinds, { error: 'loại (kind) phải là result (kết quả) hoặc target (mục tiêu)' })
        .describe('`result`: kết quả đã đạt; `target`: mục tiêu đặt ra.'),
      series: z
        .array(observation(ctx))
        .min(1, 'bộ số liệu cần ít nhất một chỉ số')
        .describe('Các con số của bộ số liệu, mỗi mục một chỉ số.'),
      draft: z.boolean().default(false).describe('`true`: bản nháp, chỉ hiện khi chạy `npm run dev`, không được đăng.'),
    })
    .refine((s) => s.locality || s.scope, {
      message: 'cần địa phương (locality) hoặc, nếu nguồn không nêu, mô tả phạm vi (scope)',
      path: ['locality'],
    });
