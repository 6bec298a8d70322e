/**
 * The Hội Khuyến học's tally for its titles (Gia đình, Dòng họ, Cộng đồng
 * thôn/tổ dân phố, Đơn vị), whose criteria sets are partial: the tool does
 * not judge each household, it adds up what each thôn or unit reports, how
 * many there are, how many registered and how many were recognised, and
 * computes the shares with their bases.
 */
import { z } from 'astro/zod';

const count = () => z.number({ error: 'số đếm phải là một số' }).int('số đếm phải là số nguyên').nonnegative('số đếm không được âm');
const markupFree = (s: string) => !/<\s*[a-z!/?]/i.test(s);

export const tallyRow = () =>
  z
    .strictObject({
      place: z.string().min(1, 'cần tên thôn, tổ dân phố hoặc đơn vị').max(300).refine(markupFree, 'có mã HTML: không nhận').describe('Thôn, tổ dân phố hoặc đơn vị'),
      total: count().describe('Tổng số hộ, dòng họ, cộng đồng hoặc đơn vị'),
      registered: count().describe('Số đăng ký phấn đấu danh hiệu'),
      recognised: count().describe('Số được công nhận'),
    })
    .refine((r) => r.registered <= r.total, { message: 'số đăng ký lớn hơn tổng số', path: ['registered'] })
    .refine((r) => r.recognised <= r.total, { message: 'số được công nhận lớn hơn tổng số', path: ['recognised'] });

let tally: ReturnType<typeof buildTally> | undefined;
/** Built once: zod schemas are slow to build and the tally is checked on every keystroke. */
export const tallySchema = () => (tally ??= buildTally());
const buildTally = () =>
  z.strictObject({
    title: z.string().regex(/^[a-z0-9-]+$/).describe('Danh hiệu (mã trong content/titles), ví dụ gia-dinh-hoc-tap'),
    year: z.number().int().min(2000).max(2100).describe('Năm'),
    area: z.string().max(300).refine(markupFree, 'có mã HTML: không nhận').describe('Địa bàn tổng hợp, ví dụ "Xã Tân Hòa"'),
    unit: z.string().min(1).max(50).refine(markupFree, 'có mã HTML: không nhận').describe('Đơn vị đếm: hộ, dòng họ, cộng đồng, đơn vị'),
    rows: z.array(tallyRow()).describe('Số liệu từng thôn, tổ dân phố hoặc đơn vị'),
  });

export type Tally = z.output<ReturnType<typeof tallySchema>>;
export type TallyRow = z.output<ReturnType<typeof tallyRow>>;

export interface TallyTotals {
  total: number;
  registered: number;
  recognised: number;
  /** Percent of the total, null when the total is 0 (no share without a base). */
  registeredShare: number | null;
  recognisedShare: number | null;
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

export function rowShares(r: TallyRow): TallyTotals {
  return { ...r, registeredShare: share(r.registered, r.total), recognisedShare: share(r.recognised, r.total) };
}

export function tallyTotals(t: Tally): TallyTotals {
  const sum = (k: 'total' | 'registered' | 'recognised') => t.rows.reduce((n, r) => n + r[k], 0);
  const total = sum('total');
  return { total, registered: sum('registered'), recognised: sum('recognised'), registeredShare: share(sum('registered'), total), recognisedShare: share(sum('recognised'), total) };
}
