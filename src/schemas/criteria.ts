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
    id: id(),
    /** The indicator in plain Vietnamese, restated from the source. */
    text: z.string().min(5, 'nội dung chỉ số quá ngắn'),
    /** Maximum points, only where the source gives them. */
    points: points().optional(),
    /** Recognition levels this indicator counts for (ids from `levels`); absent means every level. */
    levels: z.array(id()).min(1).optional(),
    /** What about this indicator is not yet verified; shown as "Chưa xác minh". */
    unverified: z.string().min(5).optional(),
  });

export const criterion = () =>
  strictObject({
    id: id(),
    name: z.string().min(3, 'cần tên tiêu chí'),
    /** What the criterion covers, where the source describes it but does not list its indicators. */
    summary: z.string().optional(),
    points: points().optional(),
    /** Only the indicators the sources give; an empty list is honest, an invented one is not. */
    indicators: z.array(indicator()).default([]),
  });

export const scoringRule = () =>
  z.discriminatedUnion(
    'kind',
    [
      strictObject({
        kind: z.literal('points'),
        total: points(),
        passMark: points().optional(),
        minPerIndicator: points().optional(),
        /** Grades from the highest down. */
        bands: z.array(strictObject({ name: z.string().min(2), min: points() })).optional(),
      }),
      strictObject({ kind: z.literal('pass-fail') }),
    ],
    { error: 'cách chấm (scoring.kind) phải là points (chấm điểm) hoặc pass-fail (đạt/không đạt từng chỉ số)' },
  );

export const criteriaSchema = (ctx: SchemaContext) =>
  strictObject({
    /** The learning title this set belongs to (a file in content/titles). */
    title: ctx.ref('titles'),
    /** One level or several (`level: xa` or `level: [huyen, tinh]`); always a list once parsed. */
    level: z
      .union([criteriaLevel(), z.array(criteriaLevel()).min(1)], {
        error: `cấp (level) phải là một trong: ${criteriaLevels.join(', ')}, hoặc một danh sách các giá trị đó`,
      })
      .transform((l) => (Array.isArray(l) ? l : [l])),
    /** Heading of the set, e.g. "Cộng đồng học tập cấp xã theo Thông tư 25/2023". */
    name: z.string().min(10, 'tên bộ tiêu chí quá ngắn'),
    /** Position among the title's sets. */
    order: z.number().int().default(0),
    /** The document that issues these criteria. */
    legalSource: legalDocument(),
    /** What the source says of the set as a whole, where it does not list the criteria. */
    summary: z.string().optional(),
    /** Whether the rule is in force, replaced or unclear, in a sentence; shown above the criteria. */
    inForce: z.string().optional(),
    /** `complete` only when every criterion, indicator and the scoring rule are verified. */
    status: z.enum(['complete', 'partial'], { error: 'trạng thái (status) phải là complete hoặc partial' }),
    /** What is not yet verified; required for a partial set. */
    missing: z.array(z.string().min(5)).default([]),
    /** Recognition levels in rising order (Mức độ 1, Mức độ 2), where the rule has them. */
    levels: z.array(strictObject({ id: id(), name: z.string().min(3) })).default([]),
    /** Left out where no source gives the scoring rule. */
    scoring: scoringRule().optional(),
    criteria: z.array(criterion()).default([]),
    sources: sources(),
  }).superRefine((set, ctx) => {
    for (const p of checkCriteriaSet(set)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });

export type CriteriaData = z.output<ReturnType<typeof criteriaSchema>>;
