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
      /** How the source is cited on the page, e.g. "Trang thông tin điện tử huyện Càng Long". */
      name: z.string().min(3, 'tên nguồn quá ngắn'),
      /** The publisher or issuing body, where the source names one. */
      publisher: z.string().optional(),
      /** The original's address; only official or reputable sites. */
      url: z.url({ error: 'phải là một địa chỉ web đầy đủ, bắt đầu bằng https://' }).optional(),
      author: z.string().optional(),
      /** When the original was published, as far as it says. */
      date: partialDate().optional(),
      /** When the original was last updated, as it says ("Ngày cập nhật"). */
      updated: partialDate().optional(),
      /** A document the source is or restates, e.g. "Kế hoạch số 182/KH-UBND". */
      document: z.string().optional(),
      /** Anything a reader must know about the source (why no outlet is named, say). */
      note: z.string().optional(),
    });

export const sources = () => z.array(source()).min(1, 'cần ít nhất một nguồn: mọi thông tin phải có nguồn dẫn');

export const summary = () =>
  z
    .string({ error: 'cần một câu tóm tắt' })
    .min(30, 'tóm tắt quá ngắn (ít nhất 30 ký tự): một hai câu nói bài viết về điều gì')
    .max(300, 'tóm tắt quá dài (tối đa 300 ký tự): nó hiện trong danh sách và kết quả tìm kiếm');

export const title = () =>
  z
    .string({ error: 'cần tiêu đề' })
    .min(5, 'tiêu đề quá ngắn')
    .max(160, 'tiêu đề quá dài (tối đa 160 ký tự)');

/** An image with the text a screen reader reads in its place. */
export const cover = (ctx: SchemaContext) =>
  strictObject({
      src: ctx.image(),
      alt: z.string({ error: 'ảnh cần mô tả (alt) cho người không nhìn thấy ảnh' }).min(5, 'mô tả ảnh (alt) quá ngắn'),
    });

export const levels = ['quoc-gia', 'tinh', 'thanh-pho', 'huyen', 'xa'] as const;
export type Level = (typeof levels)[number];
export const level = () =>
  z.enum(levels, { error: `cấp phải là một trong: ${levels.join(', ')}` });

/** Fields every prose item has: news, plans, events, title guides. */
export const proseFields = (ctx: SchemaContext) => ({
  title: title(),
  summary: summary(),
  /** When the item was published on this portal. */
  date: date(),
  /** When it was last changed in substance; not before `date`. */
  updated: date().optional(),
  sources: sources(),
  localities: z.array(ctx.ref('localities')).default([]),
  learningTitles: z.array(ctx.ref('titles')).default([]),
  tags: z.array(z.string()).default([]),
  cover: cover(ctx).optional(),
  /** Drafts are built only in `npm run dev`, never published. */
  draft: z.boolean().default(false),
});

export const updatedNotBeforeDate = {
  check: (d: { date: Date; updated?: Date | undefined }) => !d.updated || d.updated >= d.date,
  message: 'ngày cập nhật (updated) không được trước ngày đăng (date)',
  path: ['updated'],
};
