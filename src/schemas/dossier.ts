/**
 * The self-assessment dossier (hồ sơ tự đánh giá) of the tool at
 * `/tu-danh-gia/`: what the browser stores, what a dossier file carries
 * between devices, and what `/tu-danh-gia/ho-so.schema.json` publishes.
 * Described once here; the JSON Schema and the field page are drawn from it.
 *
 * Every text field refuses markup: a dossier travels between offices as a
 * file anyone could have edited, and it is printed into documents.
 */
import { z } from 'astro/zod';

/** The format version this code writes. Older files are migrated on import (src/lib/dossier/migrate.ts). */
export const DOSSIER_FORMAT_VERSION = 2;
export const DOSSIER_FORMAT = 'hoc-tap-suot-doi/ho-so';
export const REVIEW_FORMAT = 'hoc-tap-suot-doi/ket-luan';
export const REVIEW_FORMAT_VERSION = 1;

const markup = /<\s*[a-z!/?]/i;
/** Text that carries an HTML tag; every place a person's text comes in refuses it. */
export const hasMarkup = (s: string): boolean => markup.test(s);
/** A line of text a person typed: no markup, no control characters. */
const text = (max: number) =>
  z
    .string({ error: 'phải là một đoạn chữ' })
    .max(max, `dài quá ${max} ký tự`)
    .refine((s) => !markup.test(s), 'có mã HTML (dấu < và thẻ): không nhận')
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), 'có ký tự điều khiển: không nhận');

const isoDay = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải viết dạng NĂM-THÁNG-NGÀY, ví dụ 2025-12-31')
    .refine((s) => !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'không phải là một ngày có thật');

const isoTime = () => z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'thời điểm phải viết dạng ISO 8601 theo giờ UTC');

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slugId = () => z.string().regex(idPattern, 'mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang');
const uuid = () => z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'mã hồ sơ phải là một UUID');
const sha256 = () => z.string().regex(/^[0-9a-f]{64}$/, 'mã băm SHA-256 phải gồm 64 chữ số hệ 16 viết thường');

/** A count a person enters: a whole number from 0 up, or nothing yet. */
export const count = () =>
  z
    .number({ error: 'số đếm phải là một số' })
    .int('số đếm phải là số nguyên')
    .nonnegative('số đếm không được âm')
    .max(1e9, 'số đếm quá lớn')
    .nullable();

export const shareCounts = () =>
  z
    .strictObject({
      part: count().describe('Tử số: số đếm được đạt yêu cầu (ví dụ số công dân đạt "Công dân học tập"); null khi chưa nhập'),
      whole: count().describe('Mẫu số: tổng số được tính (ví dụ tổng số công dân trong xã); null khi chưa nhập'),
    })
    .refine((c) => c.part === null || c.whole === null || c.part <= c.whole, {
      message: 'tử số lớn hơn mẫu số',
      path: ['part'],
    });

export const answerStatuses = ['dat', 'khong-dat', 'chua-danh-gia'] as const;
export type AnswerStatus = (typeof answerStatuses)[number];

export const answer = () =>
  z.strictObject({
    status: z
      .enum(answerStatuses, { error: 'kết quả phải là dat, khong-dat hoặc chua-danh-gia' })
      .describe('Kết quả tự đánh giá của chỉ tiêu: dat (đạt), khong-dat (không đạt), chua-danh-gia (chưa đánh giá); với chỉ tiêu tỷ lệ, kết quả được tính từ số đếm'),
    counts: z
      .record(slugId(), shareCounts())
      .default({})
      .describe('Số đếm của chỉ tiêu tỷ lệ, theo mã của từng tỷ lệ trong bộ tiêu chí (tử số và mẫu số)'),
    note: text(4000).default('').describe('Ghi chú của người đánh giá cho chỉ tiêu này'),
  });

export const evidenceFile = () =>
  z.strictObject({
    name: text(255)
      .min(1, 'tên tệp trống')
      .refine((s) => !/[\\/]/.test(s), 'tên tệp không được có dấu / hoặc \\')
      .describe('Tên tệp như người dùng đã chọn'),
    type: z.string().max(255).regex(/^[\w.+-]*(\/[\w.+-]+)?$/, 'kiểu tệp (MIME) không hợp lệ').describe('Kiểu tệp (MIME), ví dụ application/pdf'),
    size: z.number().int().nonnegative().describe('Cỡ tệp, tính bằng byte'),
    sha256: sha256().describe('Mã băm SHA-256 của nội dung tệp; tệp nằm trong tệp hồ sơ ở minh-chung/<mã băm>'),
  });

export const evidence = () =>
  z
    .strictObject({
      id: slugId().describe('Mã minh chứng, duy nhất trong hồ sơ'),
      title: text(500).min(1, 'cần tên minh chứng').describe('Tên minh chứng, ví dụ "Kế hoạch xây dựng xã hội học tập năm 2025"'),
      number: text(100).default('').describe('Số, ký hiệu văn bản (nếu có), ví dụ 12/KH-UBND'),
      date: isoDay().nullable().default(null).describe('Ngày ban hành văn bản (NĂM-THÁNG-NGÀY), null nếu không có'),
      issuer: text(300).default('').describe('Cơ quan, đơn vị ban hành'),
      indicators: z.array(slugId()).default([]).describe('Mã các chỉ tiêu mà minh chứng này chứng minh'),
      file: evidenceFile().nullable().default(null).describe('Tệp hoặc ảnh lưu trên máy, gửi kèm trong tệp hồ sơ; null nếu minh chứng là đường dẫn'),
      url: z
        .string()
        .max(2000)
        .refine((s) => s === '' || /^https?:\/\/[^\s<>"]+$/i.test(s), 'đường dẫn phải bắt đầu bằng http:// hoặc https:// và không có khoảng trắng')
        .default('')
        .describe('Đường dẫn tới minh chứng trên mạng (nếu có); công cụ không tự mở đường dẫn'),
      note: text(4000).default('').describe('Ghi chú về minh chứng'),
    })
    .describe('Một minh chứng: văn bản, ảnh hoặc đường dẫn chứng minh cho một hay nhiều chỉ tiêu');

export const subjectKinds = ['xa', 'don-vi'] as const;

/**
 * Builds a schema once and hands the same one out after: zod takes tens of
 * milliseconds to build this one, and the tool checks a dossier on every
 * keystroke and 700 of them for a summary.
 */
function once<T>(build: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= build());
}

/** The dossier as the current version writes it. */
export const dossierSchema = once(() =>
  z
    .strictObject({
      id: uuid().describe('Mã hồ sơ (UUID), giữ nguyên khi hồ sơ được chuyển sang máy khác; nhập hồ sơ cùng mã sẽ hỏi trước khi thay'),
      subject: z
        .strictObject({
          name: text(300).min(2, 'cần tên xã hoặc đơn vị').describe('Tên xã hoặc đơn vị được đánh giá, ví dụ "Xã Tân Hòa"'),
          province: text(200).default('').describe('Tỉnh, thành phố trực thuộc trung ương của xã hoặc đơn vị'),
          code: text(50).default('').describe('Mã đơn vị hành chính hoặc mã đơn vị (nếu có), để bản tổng hợp khớp với danh sách'),
        })
        .describe('Xã hoặc đơn vị được đánh giá'),
      criteriaSet: slugId().describe('Mã bộ tiêu chí (tên tệp trong content/criteria), ví dụ cong-dong-hoc-tap-cap-xa-tt-25'),
      year: z.number({ error: 'năm đánh giá phải là một số' }).int('năm phải là số nguyên').min(2000, 'năm đánh giá quá sớm').max(2100, 'năm đánh giá quá muộn').describe('Năm đánh giá: số liệu tính từ 01/01 đến 31/12 của năm này'),
      difficultArea: z.boolean().default(false).describe('Xã thuộc vùng khó khăn (áp dụng ngưỡng tỷ lệ thấp hơn nơi văn bản quy định)'),
      unitKinds: z
        .array(slugId())
        .default([])
        .describe('Loại đơn vị (mã trong subjectOptions của bộ tiêu chí, Thông tư 24/2023), vì có chỉ tiêu chỉ áp dụng hoặc không áp dụng cho một số loại đơn vị'),
      targetLevel: slugId().nullable().default(null).describe('Mức độ đề nghị công nhận (mã mức trong bộ tiêu chí), null khi chưa chọn'),
      answers: z.record(slugId(), answer()).default({}).describe('Kết quả từng chỉ tiêu, theo mã chỉ tiêu'),
      evidence: z.array(evidence()).default([]).describe('Các minh chứng'),
      notes: text(20000).default('').describe('Ghi chú chung của hồ sơ'),
      preparedBy: text(300).default('').describe('Người lập hồ sơ hoặc tổ đánh giá'),
      created: isoTime().describe('Thời điểm tạo hồ sơ (UTC)'),
      updated: isoTime().describe('Thời điểm sửa hồ sơ lần cuối (UTC)'),
    })
    .superRefine((d, ctx) => {
      const ids = new Set<string>();
      d.evidence.forEach((e, i) => {
        if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['evidence', i, 'id'], message: 'hai minh chứng trùng mã' });
        ids.add(e.id);
      });
    }),
);

export type Dossier = z.output<ReturnType<typeof dossierSchema>>;
export type DossierInput = z.input<ReturnType<typeof dossierSchema>>;
export type Evidence = z.output<ReturnType<typeof evidence>>;
export type EvidenceFile = z.output<ReturnType<typeof evidenceFile>>;
export type Answer = z.output<ReturnType<typeof answer>>;
export type ShareCounts = z.output<ReturnType<typeof shareCounts>>;

/** `ho-so.json`, the first entry of a dossier file. */
export const dossierManifest = once(() =>
  z
    .strictObject({
      format: z.literal(DOSSIER_FORMAT).describe(`Luôn là "${DOSSIER_FORMAT}": cho biết đây là tệp hồ sơ tự đánh giá`),
      formatVersion: z.number().int().positive().describe(`Phiên bản định dạng; bản hiện hành là ${DOSSIER_FORMAT_VERSION}`),
      checksum: sha256().describe('SHA-256 của trường dossier viết dưới dạng JSON chuẩn (khóa xếp theo thứ tự chữ cái, không khoảng trắng); mỗi tệp minh chứng có mã băm riêng trong dossier'),
      dossier: dossierSchema().describe('Nội dung hồ sơ'),
    })
    .describe('Tệp ho-so.json trong tệp hồ sơ (.hoso.zip)'),
);

export const reviewVerdicts = ['dong-y', 'khong-dong-y'] as const;

/** The council's conclusion on one dossier, exported as its own small file. */
export const reviewSchema = once(() =>
  z
    .strictObject({
      format: z.literal(REVIEW_FORMAT).describe(`Luôn là "${REVIEW_FORMAT}"`),
      formatVersion: z.number().int().positive().describe(`Phiên bản định dạng; bản hiện hành là ${REVIEW_FORMAT_VERSION}`),
      dossierId: uuid().describe('Mã của hồ sơ được thẩm định'),
      dossierChecksum: sha256().describe('Mã kiểm tra của hồ sơ lúc thẩm định, để biết kết luận dành cho đúng bản hồ sơ nào'),
      subjectName: text(300).describe('Tên xã hoặc đơn vị, chép từ hồ sơ'),
      criteriaSet: slugId().describe('Mã bộ tiêu chí của hồ sơ'),
      year: z.number().int().describe('Năm đánh giá của hồ sơ'),
      reviewer: text(300).min(2, 'cần tên người thẩm định').describe('Thành viên hội đồng đánh giá'),
      items: z
        .record(
          slugId(),
          z.strictObject({
            verdict: z.enum(reviewVerdicts).nullable().describe('dong-y (đồng ý với kết quả tự đánh giá), khong-dong-y, hoặc null khi chưa xem'),
            reason: text(4000).default('').describe('Lý do, bắt buộc khi không đồng ý'),
          }),
        )
        .default({})
        .describe('Ý kiến theo từng chỉ tiêu'),
      conclusion: z
        .strictObject({
          level: slugId().nullable().describe('Mức độ hội đồng kết luận đạt, null nếu chưa đạt mức nào'),
          text: text(20000).default('').describe('Kết luận của hội đồng'),
          date: isoDay().nullable().default(null).describe('Ngày kết luận'),
        })
        .describe('Kết luận'),
      updated: isoTime().describe('Thời điểm sửa lần cuối (UTC)'),
    })
    .superRefine((r, ctx) => {
      for (const [id, item] of Object.entries(r.items)) {
        if (item.verdict === 'khong-dong-y' && !item.reason.trim()) ctx.addIssue({ code: 'custom', path: ['items', id, 'reason'], message: 'không đồng ý thì cần nêu lý do' });
      }
    }),
);

export type Review = z.output<ReturnType<typeof reviewSchema>>;
