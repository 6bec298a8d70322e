/** The words of the law's verdict and procedure, on the real Cộng đồng học tập cấp xã set. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { criteriaSchema } from '../../schemas/criteria';
import { describeLaw, procedureRows, shareLines } from './law-view';
import { evaluateLaw } from './rule';

const xa = criteriaSchema({ ref: (collection) => z.string().transform((id) => ({ id, collection })), image: () => z.string() }).parse(
  load(readFileSync(resolve(import.meta.dirname, '../../../content/criteria/cong-dong-hoc-tap-cap-xa-tt-25.yaml'), 'utf8')),
);

describe('law-view', () => {
  it('a share names its base and the difficult-area threshold', () => {
    const share = xa.criteria[4]!.indicators[1]!.shares![0]!;
    expect(shareLines(share, xa.subjectOptions)).toEqual([
      'tối thiểu 50% (số công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật trên tổng số công dân trong xã)',
      'xã thuộc vùng khó khăn: tối thiểu 40%',
    ]);
  });

  it('the procedure reads as the law dates it, each row with its article', () => {
    const rows = procedureRows(xa.procedure!);
    const row = (label: string) => rows.find((r) => r.label === label)!;
    expect(row('Gửi hồ sơ')).toMatchObject({ value: 'đến Phòng Giáo dục và Đào tạo trước ngày 28/02 của năm sau liền kề năm đánh giá', places: ['điểm d khoản 1 Điều 9'] });
    expect(row('Số liệu tính').value).toBe('từ ngày 01/01 đến ngày 31/12 của năm đánh giá');
    expect(row('Hội đồng đánh giá').value).toContain('số ủy viên là số lẻ, tối thiểu 05 người');
    expect(row('Quyết định công nhận')).toMatchObject({ places: ['điểm đ khoản 2 Điều 9', 'khoản 3 Điều 9'] });
    expect(row('Quyết định công nhận').value).toContain('trước ngày 31/03');
    expect(row('Thời hạn công nhận')).toMatchObject({ value: 'kết quả được bảo lưu 36 tháng tiếp theo năm được công nhận', places: ['khoản 4 Điều 5'] });
    expect(rows.some((r) => r.label === 'Nâng mức độ')).toBe(false);
  });

  it('the verdict names the level, or what stands before it with the share and its base', () => {
    const none = describeLaw(evaluateLaw(xa, {}, { 'tc5-cong-dan-hoc-tap': { numerator: 59, denominator: 100 } }));
    expect(none.headline).toBe('Kết quả: chưa đạt mức độ nào.');
    expect(none.standing).toContain(
      'Tiêu chí 5, chỉ tiêu 1 — không đạt; tỷ lệ 59% (59 trên 100), ngưỡng 60%: ' + xa.criteria[4]!.indicators[0]!.text,
    );
    expect(describeLaw(evaluateLaw(xa, {}, {})).headline).toBe('Kết quả: chưa đủ thông tin để kết luận.');
  });
});
