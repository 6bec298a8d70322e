/**
 * A criteria set: the criteria and indicators of one learning title at one
 * level, under one legal source, with its scoring rule where the source
 * gives one. Guides, the criteria lookup and the self-check all render from
 * these files, so a criterion is typed once.
 *
 * A rule that contradicts itself (points that do not add up, a pass mark
 * above the total) fails the build here, naming the file and the field; the
 * checks themselves live in `src/lib/criteria/scoring.ts`, shared with the browser.
 */
import { z } from 'astro/zod';
import { checkCriteriaSet } from '../lib/criteria/scoring';
import { sources, strictObject, type SchemaContext } from './fields';
import { legalDocument } from './titles';

/** Where a set applies. Household, clan and citizen titles are not tied to an administrative level. */
export const criteriaLevels = ['thon', 'xa', 'huyen', 'tinh', 'chung'] as const;
export type CriteriaLevel = (typeof criteriaLevels)[number];

const criteriaLevel = () =>
  z.enum(criteriaLevels, { error: `cấp (level) phải là một trong: ${criteriaLevels.join(', ')}` });

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Ids become anchors (`#tt24-huyen-tc1-1`), so they stay ASCII and stable. */
const id = () =>
  z.string().regex(idPattern, 'mã (id) chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ tc1-2');

const points = () => z.number({ error: 'điểm phải là một số' }).int('điểm phải là số nguyên').positive('điểm phải lớn hơn 0');

export const indicator = () =>
  strictObject({
    id: id().describe('Mã chỉ số, thành neo trên trang; giữ nguyên sau khi đăng.').meta({ examples: ['tc1-2'] }),
    text: z.string().min(5, 'nội dung chỉ số quá ngắn').describe('Nội dung chỉ số, theo văn bản nguồn.'),
    points: points().optional().describe('Điểm tối đa của chỉ số, chỉ khi nguồn cho.'),
    levels: z
      .array(id().meta({ examples: ['muc-1'] }))
      .min(1)
      .optional()
      .describe('Các mức công nhận mà chỉ số tính vào (mã trong `levels` của bộ); bỏ trống là mọi mức.'),
    unverified: z.string().min(5).optional().describe('Điều chưa kiểm chứng về chỉ số; hiện kèm nhãn "Chưa xác minh".'),
  });

export const criterion = () =>
  strictObject({
    id: id().describe('Mã tiêu chí, thành neo trên trang; giữ nguyên sau khi đăng.').meta({ examples: ['tc1'] }),
    name: z.string().min(3, 'cần tên tiêu chí').describe('Tên tiêu chí.'),
    summary: z.string().optional().describe('Tiêu chí bao gồm những gì, khi nguồn mô tả mà không liệt kê chỉ số.'),
    points: points().optional().describe('Điểm tối đa của tiêu chí, chỉ khi nguồn cho.'),
    // An empty list is honest, an invented one is not.
    indicators: z.array(indicator()).default([]).describe('Các chỉ số mà nguồn nêu, đúng như nguồn.'),
  });

export const scoringRule = () =>
  z.discriminatedUnion(
    'kind',
    [
      strictObject({
        kind: z.literal('points').describe('Chấm điểm.'),
        total: points().describe('Tổng điểm tối đa.'),
        passMark: points().optional().describe('Số điểm tối thiểu để đạt.'),
        minPerIndicator: points().optional().describe('Số điểm tối thiểu mỗi chỉ số phải đạt.'),
        bands: z
          .array(
            strictObject({
              name: z.string().min(2).describe('Tên mức xếp loại.'),
              min: points().describe('Điểm tối thiểu của mức.'),
            }),
          )
          .optional()
          .describe('Các mức xếp loại, từ cao xuống thấp.'),
      }),
      strictObject({
        kind: z.literal('pass-fail').describe('Đạt hay không đạt: một mức đạt khi mọi chỉ số của mức đó đều đạt.'),
      }),
    ],
    { error: 'cách chấm (scoring.kind) phải là points (chấm điểm) hoặc pass-fail (đạt/không đạt từng chỉ số)' },
  );

export const criteriaSchema = (ctx: SchemaContext) =>
  strictObject({
    title: ctx.ref('titles').describe('Danh hiệu học tập của bộ tiêu chí.'),
    // Always a list once parsed, so pages never branch on the input form.
    level: z
      .union([criteriaLevel(), z.array(criteriaLevel()).min(1)], {
        error: `cấp (level) phải là một trong: ${criteriaLevels.join(', ')}, hoặc một danh sách các giá trị đó`,
      })
      .transform((l) => (Array.isArray(l) ? l : [l]))
      .describe('Cấp áp dụng: một cấp (`level: xa`) hoặc danh sách (`level: [huyen, tinh]`).'),
    name: z
      .string()
      .min(10, 'tên bộ tiêu chí quá ngắn')
      .describe('Tên bộ tiêu chí, hiện làm tiêu đề, ví dụ "Cộng đồng học tập cấp xã theo Thông tư 25/2023".'),
    order: z.number().int().default(0).describe('Thứ tự giữa các bộ tiêu chí của cùng danh hiệu.'),
    legalSource: legalDocument().describe('Văn bản ban hành bộ tiêu chí.'),
    summary: z.string().optional().describe('Nguồn nói gì về cả bộ, khi nguồn không liệt kê từng tiêu chí.'),
    inForce: z
      .string()
      .optional()
      .describe('Quy định còn hiệu lực, đã bị thay thế hay chưa rõ, trong một câu; hiện trên các tiêu chí.'),
    status: z
      .enum(['complete', 'partial'], { error: 'trạng thái (status) phải là complete hoặc partial' })
      .describe('`complete` khi mọi tiêu chí, chỉ số và cách chấm đã kiểm chứng; còn lại là `partial`.'),
    missing: z.array(z.string().min(5)).default([]).describe('Những gì chưa kiểm chứng; bắt buộc với bộ `partial`.'),
    levels: z
      .array(
        strictObject({
          id: id().describe('Mã mức.').meta({ examples: ['muc-1'] }),
          name: z.string().min(3).describe('Tên mức, như quy định gọi.'),
        }),
      )
      .default([])
      .describe('Các mức công nhận theo thứ tự tăng dần (Mức độ 1, Mức độ 2), nếu quy định có.'),
    scoring: scoringRule().optional().describe('Cách chấm; bỏ trống khi chưa nguồn nào cho cách chấm.'),
    criteria: z.array(criterion()).default([]).describe('Các tiêu chí của bộ.'),
    sources: sources(),
  }).superRefine((set, ctx) => {
    for (const p of checkCriteriaSet(set)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });

export type CriteriaData = z.output<ReturnType<typeof criteriaSchema>>;
