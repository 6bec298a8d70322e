/**
 * Facts the research notes mark UNSURE (criteria-texts.md, learning-titles-facts.md)
 * appear on the built site only with their label next to them: wherever a
 * page's main text names one, "chưa xác minh" (or, for a date that copies
 * disagree on, the word that says which copy) stands close by.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage, urlPathOf } from './support/dist';

interface Rule {
  /** What the notes mark UNSURE, as the site writes it. */
  fact: string;
  why: string;
  /** The label that must stand within `window` characters of the fact. */
  label: RegExp;
  /** Whether the site publishes the fact at all (labelled); false for facts kept off the site. */
  published: boolean;
}
const chuaXacMinh = /chưa xác minh/i;
const rules: Rule[] = [
  { fact: '09/11/2023', why: 'QĐ 1315/QĐ-TTg: the day comes from two secondary sources only', label: chuaXacMinh, published: true },
  { fact: '10/11/2015', why: 'QĐ 448: an outlier copy; CV 6782 gives 01/12/2015', label: /bản sao/, published: true },
  { fact: 'Hội Khuyến học cơ sở', why: 'who reviews Gia đình học tập: one secondary article', label: chuaXacMinh, published: true },
  { fact: 'năm 2021 diễn ra từ ngày 1 đến ngày 7 tháng 10', why: 'the 2021 week: English-language reports only', label: chuaXacMinh, published: true },
  { fact: '72,11', why: 'national Gia đình học tập share at the end of QĐ 281: one magazine article', label: chuaXacMinh, published: false },
  { fact: '16.635.366', why: 'national household count at the end of QĐ 281: one magazine article', label: chuaXacMinh, published: false },
];
const window = 300;

const pages = htmlFiles()
  .map(urlPathOf)
  .map((path) => ({ path, text: (readPage(path).querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ') }));

describe('UNSURE facts carry their label', () => {
  for (const rule of rules) {
    it(`${rule.fact} (${rule.why})`, () => {
      const unlabelled: string[] = [];
      let seen = 0;
      for (const { path, text } of pages) {
        for (let at = text.indexOf(rule.fact); at >= 0; at = text.indexOf(rule.fact, at + 1)) {
          seen++;
          const around = text.slice(Math.max(0, at - window), at + rule.fact.length + window);
          if (!rule.label.test(around)) unlabelled.push(`${path}: …${text.slice(Math.max(0, at - 80), at + 80)}…`);
        }
      }
      expect(unlabelled).toEqual([]);
      if (rule.published) expect(seen, 'the fact is published somewhere, so the check is not empty').toBeGreaterThan(0);
    });
  }
});
