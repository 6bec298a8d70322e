/**
 * Field types shared by every collection. Each collection's schema is built
 * from these, so a rule (what a source is, how a date is written) is stated once.
 *
 * The schemas are factories that receive `reference` and `image` from Astro:
 * `src/content.config.ts` passes the real ones, unit tests pass plain strings,
 * so this folder never imports `astro:content` and runs under plain Vitest.
 */
import { z } from 'astro/zod';
import type { PartialDate } from '../lib/site/format';

export type CollectionName = 'news' | 'plans' | 'titles' | 'events' | 'stats' | 'localities' | 'criteria';

/** What a reference becomes once parsed: Astro's `{ id, collection }`. */
export type RefSchema = z.ZodType<{ id: string; collection: string }>;

export interface SchemaContext {
  /** A reference to an entry of another collection; an unknown id fails the build. */
  ref: (collection: CollectionName) => RefSchema;
  /** A local image, processed by astro:assets. */
  image: () => z.ZodType;
}

/**
 * An object that rejects fields it does not know, so a misspelt field name
 * (`sumary`) fails instead of being silently ignored.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `trường không có trong mẫu (viết sai tên?): ${issue.keys.join(', ')}`
        : undefined,
  });
}

const fullDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const noYearPattern = /^--(\d{2})-(\d{2})$/;
const yearMonthPattern = /^(\d{4})-(\d{2})$/;

function validDayMonth(month: number, day?: number, year = 2000): boolean {
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/**
 * A published date, written `2024-05-02`. YAML hands it over as a Date; a
 * quoted string is accepted only in that same form, because `02/5/2024`
 * would be read month-first by JavaScript and silently become 5 February.
 */
export const date = () =>
  z.union([z.date(), z.string().regex(fullDatePattern)], {
    error: 'phải là một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2024-05-02',
  }).transform((value, ctx) => {
    const d = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'không phải là một ngày có thật' });
      return z.NEVER;
    }
    return d;
  });

/**
 * A date whose year or day a source may leave out. `2024-05-02` is a full
 * date, `--05-30` a day and month without a year (ISO 8601), `2024-05` a month.
 * The page then shows only what is known: the site never guesses a year.
 */
export const partialDate = () =>
  z
    .union([z.date(), z.string()], { error: 'phải là ngày dạng 2024-05-02, --05-30 (không rõ năm) hoặc 2024-05' })
    .transform((value, ctx): PartialDate => {
      if (value instanceof Date) {
        return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
      }
      let m = fullDatePattern.exec(value);
      if (m) {
        const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
        if (validDayMonth(month, day, year)) return { year, month, day };
      }
      m = noYearPattern.exec(value);
      if (m) {
        const [month, day] = [Number(m[1]), Number(m[2])];
        if (validDayMonth(month, day)) return { month, day };
      }
      m = yearMonthPattern.exec(value);
      if (m) {
        const [year, month] = [Number(m[1]), Number(m[2])];
        if (validDayMonth(month)) return { year, month };
      }
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" không phải là ngày hợp lệ: viết 2024-05-02, --05-30 (không rõ năm) hoặc 2024-05`,
      });
      return z.NEVER;
    });

export const year = () =>
  z.number({ error: 'phải là một năm, ví dụ 2024' }).int('phải là số nguyên').min(1945).max(2100);

/**
 * Where a fact comes from. Every item names at least one source; a field the
 * source does not give (author, url, date) stays out rather than being guessed.
 */
export const source = () =>
  strictObject({
      name: z.string().min(3, 'tên nguồn quá ngắn').describe('Tên nguồn như trích trên trang, ví dụ "Trang thông tin điện tử huyện Càng Long".'),
      publisher: z.string().optional().describe('Cơ quan, đơn vị đăng hoặc ban hành nguồn, nếu nguồn nêu.'),
      url: z
        .url({ error: 'phải là một địa chỉ web đầy đủ, bắt đầu bằng https://' })
        .optional()
        .describe('Địa chỉ web của bản gốc; chỉ trang chính thức hoặc có uy tín.'),
      author: z.string().optional().describe('Tác giả bản gốc, nếu nguồn ghi tên.'),
      date: partialDate().optional().describe('Ngày bản gốc được đăng, theo những gì nguồn ghi.'),
      updated: partialDate().optional().describe('Ngày bản gốc ghi là đã cập nhật ("Ngày cập nhật").'),
      document: z.string().optional().describe('Văn bản mà nguồn là hoặc thuật lại, ví dụ "Kế hoạch số 182/KH-UBND".'),
      note: z.string().optional().describe('Điều người đọc cần biết về nguồn, ví dụ vì sao không nêu tên cơ quan đăng.'),
    });

export const sources = () =>
  z
    .array(source())
    .min(1, 'cần ít nhất một nguồn: mọi thông tin phải có nguồn dẫn')
    .describe('Các nguồn của thông tin; cần ít nhất một.');

export const summary = () =>
  z
    .string({ error: 'cần một câu tóm tắt' })
    .min(30, 'tóm tắt quá ngắn (ít nhất 30 ký tự): một hai câu nói bài viết về điều gì')
    .max(300, 'tóm tắt quá dài (tối đa 300 ký tự): nó hiện trong danh sách và kết quả tìm kiếm')
    .describe('Một hai câu nói mục này về điều gì; hiện trong danh sách và kết quả tìm kiếm.');

export const title = () =>
  z
    .string({ error: 'cần tiêu đề' })
    .min(5, 'tiêu đề quá ngắn')
    .max(160, 'tiêu đề quá dài (tối đa 160 ký tự)')
    .describe('Tiêu đề ở đầu trang, trong danh sách và kết quả tìm kiếm.');

/**
 * The fields whose schema uses Astro's `image()`, the only part of a schema
 * that depends on which file is being parsed (src/loaders/shared-schema.ts).
 */
export const imageFields = ['cover'] as const;

/** An image with the text a screen reader reads in its place. */
export const cover = (ctx: SchemaContext) =>
  strictObject({
      src: ctx.image().describe('Tệp ảnh, đường dẫn tính từ tệp bài.'),
      alt: z
        .string({ error: 'ảnh cần mô tả (alt) cho người không nhìn thấy ảnh' })
        .min(5, 'mô tả ảnh (alt) quá ngắn')
        .describe('Mô tả ảnh, để trình đọc màn hình đọc thay cho người không nhìn thấy ảnh.'),
    });

export const levels = ['quoc-gia', 'tinh', 'thanh-pho', 'huyen', 'xa'] as const;
export type Level = (typeof levels)[number];
export const level = () =>
  z.enum(levels, { error: `cấp phải là một trong: ${levels.join(', ')}` });

/** Fields every prose item has: news, plans, events, title guides. */
export const proseFields = (ctx: SchemaContext) => ({
  title: title(),
  summary: summary(),
  date: date().describe('Ngày đăng mục này lên cổng thông tin.'),
  updated: date().optional().describe('Ngày sửa nội dung đáng kể gần nhất; không trước ngày đăng (date).'),
  sources: sources(),
  localities: z.array(ctx.ref('localities')).default([]).describe('Các địa phương mục này nói đến.'),
  learningTitles: z.array(ctx.ref('titles')).default([]).describe('Các danh hiệu học tập mục này nói đến.'),
  tags: z.array(z.string()).default([]).describe('Từ khóa tự do; nguồn RSS của tin tức dùng làm chuyên mục.'),
  cover: cover(ctx).optional().describe('Ảnh minh họa của mục, kèm mô tả.'),
  // Drafts are built only in `npm run dev`, so an editor can preview before publishing.
  draft: z.boolean().default(false).describe('`true`: bản nháp, chỉ hiện khi chạy `npm run dev`, không được đăng.'),
});

export const updatedNotBeforeDate = {
  check: (d: { date: Date; updated?: Date | undefined }) => !d.updated || d.updated >= d.date,
  message: 'ngày cập nhật (updated) không được trước ngày đăng (date)',
  path: ['updated'],
};
