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
import { checkLawSet } from '../lib/criteria/law-checks';
import { partialDate, sources, strictObject, type SchemaContext } from './fields';
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

const percent = () =>
  z.number({ error: 'ngưỡng phải là một số phần trăm' }).positive('ngưỡng phải lớn hơn 0').max(100, 'ngưỡng không thể quá 100 %');

/** Where in the legal text: Điều (article), khoản (clause), điểm (point). */
const article = () => z.number().int().positive().describe('Số Điều của văn bản quy phạm pháp luật');
const clause = () => z.number().int().positive().describe('Số khoản trong Điều');
const point = () =>
  z
    .string()
    .regex(/^[a-zđ]$/, 'điểm (point) là một chữ cái: a, b, c, d, đ, e…')
    .describe('Điểm trong khoản (a, b, c, d, đ, e…), như văn bản ghi')
    .meta({ examples: ['a', 'đ'] });

/** Where the chỉ tiêu are written, when the article refers to another one ("theo quy định tại khoản 1 Điều 6"). */
const quotedFrom = () =>
  strictObject({ article: article(), clause: clause() })
    .optional()
    .describe('Điều, khoản nơi lời văn các chỉ tiêu được trích, khi tiêu chí dẫn chiếu sang đó');

/** Kinds of unit an indicator is limited to, ids from the set's `subjectOptions`. */
const unitIds = () => z.array(id().meta({ examples: ['to-chuc-kinh-te'] })).min(1);

/** A share indicator as data: the least share, what is counted over what, and its variants. */
export const share = () =>
  strictObject({
    id: id().describe('Mã của tỷ lệ trong chỉ tiêu (một chỉ tiêu có thể có hai tỷ lệ)').meta({ examples: ['dao-tao'] }),
    threshold: percent().describe('Tỷ lệ tối thiểu để đạt, tính bằng phần trăm'),
    numerator: z.string().min(3).describe('Tử số: đếm cái gì, ví dụ “công dân đạt danh hiệu Công dân học tập”'),
    denominator: z.string().min(3).describe('Mẫu số: trên tổng số nào, ví dụ “công dân trong xã”'),
    difficultArea: strictObject({ threshold: percent().describe('Tỷ lệ tối thiểu đối với xã thuộc vùng khó khăn') })
      .optional()
      .describe('Ngưỡng riêng cho xã thuộc vùng khó khăn, nếu văn bản quy định'),
    units: z
      .array(
        strictObject({
          units: unitIds().describe('Loại đơn vị áp dụng cách tính riêng (mã trong subjectOptions)'),
          threshold: percent().describe('Tỷ lệ tối thiểu đối với loại đơn vị này'),
          numerator: z.string().min(3).describe('Tử số đối với loại đơn vị này'),
          denominator: z.string().min(3).describe('Mẫu số đối với loại đơn vị này'),
        }),
      )
      .optional()
      .describe('Cách tính riêng cho một số loại đơn vị, ví dụ cơ sở giáo dục tính trên Người học'),
  });

/** How an indicator reads at a higher level, where the law changes it. */
export const indicatorChange = () =>
  strictObject({
    level: id().describe('Mức độ mà nội dung này áp dụng (mã trong levels), ví dụ muc-2').meta({ examples: ['muc-2'] }),
    id: id().meta({ examples: ['tc4-tieu-hoc-muc-2'] }).optional().describe('Mã riêng khi ở mức độ này chỉ tiêu là một yêu cầu khác cần trả lời riêng'),
    sameAnswer: z
      .boolean()
      .optional()
      .describe('Cùng một yêu cầu với mức độ 1, chỉ khác cách dẫn chiếu: dùng chung câu trả lời'),
    point: point().optional(),
    text: z.string().min(5).describe('Nội dung chỉ tiêu ở mức độ này, trích nguyên văn'),
    shares: z.array(share()).min(1).optional().describe('Tỷ lệ của chỉ tiêu ở mức độ này'),
    appliesTo: unitIds().optional().describe('Ở mức độ này, chỉ áp dụng cho các loại đơn vị này'),
    notFor: unitIds().optional().describe('Ở mức độ này, không áp dụng cho các loại đơn vị này'),
  });

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
    number: z.number().int().positive().optional().describe('Số thứ tự chỉ tiêu như văn bản đánh số (Chỉ tiêu 1, 2…)'),
    point: point().optional(),
    shares: z.array(share()).min(1).optional().describe('Chỉ tiêu tính bằng tỷ lệ: ngưỡng, tử số, mẫu số và các biến thể'),
    appliesTo: unitIds().optional().describe('Chỉ áp dụng cho các loại đơn vị này (mã trong subjectOptions)'),
    notFor: unitIds().optional().describe('Không áp dụng cho các loại đơn vị này (mã trong subjectOptions)'),
    changes: z.array(indicatorChange()).optional().describe('Những gì thay đổi ở mức độ cao hơn (mức độ 2) so với mức độ 1'),
  });

export const criterion = () =>
  strictObject({
    id: id().describe('Mã tiêu chí, thành neo trên trang; giữ nguyên sau khi đăng.').meta({ examples: ['tc1'] }),
    name: z.string().min(3, 'cần tên tiêu chí').describe('Tên tiêu chí.'),
    number: z.number().int().positive().optional().describe('Số thứ tự tiêu chí như văn bản đánh số (Tiêu chí 1, 2…)'),
    article: article().optional(),
    clause: clause().optional(),
    sameAs: z.string().min(5).optional().describe('Câu dẫn chiếu sang Điều khác, khi văn bản không viết lại các chỉ tiêu, trích nguyên văn'),
    quotedFrom: quotedFrom(),
    atLevels: z
      .array(
        strictObject({
          level: id().describe('Mức độ (mã trong levels)').meta({ examples: ['muc-2'] }),
          article: article().optional(),
          clause: clause().optional(),
          name: z.string().min(3).optional().describe('Tên tiêu chí ở mức độ này, khi văn bản ghi khác mức độ 1'),
          sameAs: z.string().min(5).optional().describe('Câu văn bản dẫn chiếu lại mức độ 1, trích nguyên văn'),
          quotedFrom: quotedFrom(),
        }),
      )
      .optional()
      .describe('Tiêu chí ở các mức độ cao hơn: Điều, khoản và lời văn riêng'),
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
        article: z.string().min(4).optional().describe('Điều quy định điều kiện công nhận và cách đánh giá, ví dụ “Điều 8”'),
        evidenceRequired: z
          .boolean()
          .optional()
          .describe('Chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt (Thông tư 24/2023)'),
      }),
    ],
    { error: 'cách chấm (scoring.kind) phải là points (chấm điểm) hoặc pass-fail (đạt/không đạt từng chỉ số)' },
  );

/** A place in the legal text. */
const ref = () =>
  strictObject({ article: article(), clause: clause().optional(), point: point().optional() }).describe('Nơi quy định trong văn bản: Điều, khoản, điểm');

/** A day of the year without a year: the law's deadlines recur every year. */
const dayOfYear = () =>
  partialDate().refine((d) => d.year === undefined && d.day !== undefined, 'hạn là ngày và tháng không kèm năm, ví dụ --02-28');

/** The procedure as data: who assesses, what the file holds, where it goes and by when. */
export const procedure = () =>
  strictObject({
    article: article().describe('Điều quy định quy trình'),
    selfAssessment: strictObject({ text: z.string().min(10).describe('Ai tự đánh giá, trích nguyên văn'), at: ref() }).describe(
      'Ai tổ chức tự đánh giá',
    ),
    dataPeriod: strictObject({
      from: dayOfYear().describe('Ngày đầu của kỳ số liệu trong năm đánh giá'),
      to: dayOfYear().describe('Ngày cuối của kỳ số liệu trong năm đánh giá'),
      at: ref(),
    }).describe('Thông tin, số liệu được tính từ ngày… đến ngày… của năm đánh giá'),
    dossier: strictObject({ items: z.array(z.string().min(5)).min(1).describe('Các giấy tờ trong hồ sơ, theo lời văn bản'), at: ref() }).describe(
      'Hồ sơ đề nghị công nhận',
    ),
    submit: strictObject({
      to: z.string().min(3).describe('Nơi nhận hồ sơ'),
      by: dayOfYear().describe('Hạn gửi hồ sơ (năm sau liền kề năm đánh giá)'),
      at: ref(),
    }).describe('Gửi hồ sơ đến đâu, trước ngày nào'),
    council: strictObject({
      name: z.string().min(5).describe('Tên Hội đồng đánh giá'),
      formedBy: z.string().min(3).describe('Ai thành lập Hội đồng'),
      minMembers: z.number().int().positive().optional().describe('Số ủy viên tối thiểu, nếu văn bản quy định'),
      odd: z.boolean().optional().describe('Số ủy viên là số lẻ'),
      at: ref(),
    }).describe('Hội đồng thẩm định hồ sơ'),
    decision: strictObject({
      by: z.string().min(3).describe('Ai quyết định công nhận'),
      deadline: dayOfYear().optional().describe('Hạn hoàn thành việc đánh giá, công nhận (năm sau liền kề năm đánh giá)'),
      withinWorkingDays: z.number().int().positive().optional().describe('Số ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ'),
      at: ref(),
      deadlineAt: ref().optional().describe('Nơi văn bản quy định hạn hoàn thành, khi khác nơi quy định người quyết định'),
    }).describe('Quyết định công nhận: ai, hạn nào'),
    validity: strictObject({ months: z.number().int().positive().describe('Số tháng bảo lưu kết quả công nhận'), at: ref() }).describe(
      'Thời hạn bảo lưu kết quả công nhận',
    ),
    upgrade: strictObject({ afterMonths: z.number().int().positive().describe('Số tháng tối thiểu sau quyết định công nhận mức độ 1'), at: ref() })
      .optional()
      .describe('Đề nghị công nhận nâng mức độ 2, nơi văn bản quy định'),
    reRecognition: strictObject({ text: z.string().min(10).describe('Câu về công nhận lại, nâng mức độ, trích nguyên văn'), at: ref() })
      .optional()
      .describe('Công nhận lại, công nhận nâng mức độ'),
    districtBodies: z.boolean().describe('Quy trình có nêu cơ quan cấp huyện (Phòng GDĐT, Trưởng phòng, UBND cấp huyện)'),
  });

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
          article: article().optional().describe('Điều quy định tiêu chí của mức độ này'),
        }),
      )
      .default([])
      .describe('Các mức công nhận theo thứ tự tăng dần (Mức độ 1, Mức độ 2), nếu quy định có.'),
    wording: z
      .enum(['quoted', 'restated'])
      .default('restated')
      .describe('quoted: tiêu chí, chỉ tiêu trích nguyên văn văn bản; restated: diễn đạt lại theo nguồn'),
    officialText: strictObject({
      name: z.string().min(5).describe('Tên nơi đăng văn bản gốc, ví dụ Cơ sở dữ liệu quốc gia về văn bản pháp luật'),
      url: z.url().describe('Địa chỉ văn bản gốc trên cơ sở dữ liệu chính thức'),
    })
      .optional()
      .describe('Văn bản chính thức (toàn văn) để người đọc đối chiếu'),
    subjectOptions: z
      .array(
        strictObject({
          id: id().describe('Mã lựa chọn, dùng trong appliesTo, notFor và units').meta({ examples: ['vung-kho-khan'] }),
          kind: z.enum(['vung-kho-khan', 'don-vi']).describe('vung-kho-khan: xã thuộc vùng khó khăn; don-vi: một loại đơn vị'),
          label: z.string().min(3).describe('Tên lựa chọn trên phiếu tự kiểm tra, theo lời văn bản'),
        }),
      )
      .default([])
      .describe('Những điều về đối tượng làm thay đổi chỉ tiêu: vùng khó khăn, loại đơn vị'),
    definitions: z
      .array(
        strictObject({
          term: z.string().min(3).describe('Từ ngữ được giải thích'),
          text: z.string().min(10).describe('Lời giải thích, trích nguyên văn'),
          article: article(),
          clause: clause(),
        }),
      )
      .default([])
      .describe('Giải thích từ ngữ của văn bản (ví dụ ai là Thành viên trong đơn vị, Người học)'),
    procedure: procedure().optional().describe('Quy trình, hồ sơ và thời hạn đánh giá, công nhận, mỗi mục kèm Điều'),
    repealed: strictObject({
      by: z.string().min(5).describe('Văn bản bãi bỏ, ví dụ Thông tư 24/2023/TT-BGDĐT'),
      article: z.string().min(4).describe('Điều của văn bản bãi bỏ, ví dụ “Điều 22”'),
      from: partialDate().describe('Ngày văn bản bãi bỏ có hiệu lực'),
      text: z.string().min(10).describe('Câu bãi bỏ, trích nguyên văn'),
    })
      .optional()
      .describe('Văn bản đã bị bãi bỏ: bộ tiêu chí chỉ còn là lịch sử'),
    /** Left out where no source gives the scoring rule. */
    scoring: scoringRule().optional().describe('Cách chấm; bỏ trống khi chưa nguồn nào cho cách chấm.'),
    criteria: z.array(criterion()).default([]).describe('Các tiêu chí của bộ.'),
    sources: sources(),
  }).superRefine((set, ctx) => {
    for (const p of [...checkCriteriaSet(set), ...checkLawSet(set)]) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });

export type CriteriaData = z.output<ReturnType<typeof criteriaSchema>>;
