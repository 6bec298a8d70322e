import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugify } from './slug';

describe('slugify', () => {
  it('turns đ into d, which NFD alone does not', () => {
    expect(slugify('Đơn vị học tập')).toBe('don-vi-hoc-tap');
    expect(slugify('Dòng họ học tập')).toBe('dong-ho-hoc-tap');
  });
  it('drops every tone and vowel mark', () => {
    expect(slugify('Gia đình học tập')).toBe('gia-dinh-hoc-tap');
    expect(slugify('Thừa Thiên Huế')).toBe('thua-thien-hue');
    expect(slugify('Tuần lễ hưởng ứng học tập suốt đời')).toBe('tuan-le-huong-ung-hoc-tap-suot-doi');
  });
  it('keeps document numbers readable', () => {
    expect(slugify('Kế hoạch 182/KH-UBND')).toBe('ke-hoach-182-kh-ubnd');
  });
  it('handles precomposed and decomposed input alike', () => {
    expect(slugify('Cộng đồng'.normalize('NFD'))).toBe(slugify('Cộng đồng'.normalize('NFC')));
  });
  it('folds without lowercasing when asked', () => {
    expect(foldVietnamese('Đường Càng Long')).toBe('Duong Cang Long');
  });
});
