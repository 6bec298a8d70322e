import { describe, expect, it } from 'vitest';
import { planMeta } from './meta-lines';

describe('plan lines in lists', () => {
  const plan = { number: '67/KH-UBND', issuer: 'UBND huyện Càng Long', issued: { month: 5, day: 30 }, period: { from: 2023, to: 2030 } };
  it('names number, issuer, the day as given and the period', () => {
    expect(planMeta(plan)).toBe('67/KH-UBND · UBND huyện Càng Long · ngày ban hành 30/5, năm không rõ · thời gian thực hiện 2023–2030');
  });
  it('leaves the number out when the card title already shows it, and names no missing number in a list', () => {
    expect(planMeta(plan, { numberInTitle: true })).toBe('UBND huyện Càng Long · ngày ban hành 30/5, năm không rõ · thời gian thực hiện 2023–2030');
    const { number: _, ...unnumbered } = plan;
    expect(planMeta(unnumbered)).toBe('UBND huyện Càng Long · ngày ban hành 30/5, năm không rõ · thời gian thực hiện 2023–2030');
  });
});
