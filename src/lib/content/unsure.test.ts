import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlabelledUnsure, unsureFacts } from './unsure';

const contentDir = resolve(import.meta.dirname, '../../../content');

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? contentFiles(join(dir, e.name)) : /\.(md|mdx|ya?ml)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('unlabelledUnsure', () => {
  it('finds an UNSURE fact stated without the label', () => {
    const text = 'Dòng đầu.\nTrong 25 nhiệm vụ của cấp huyện, 2 nhiệm vụ chuyển lên tỉnh.';
    expect(unlabelledUnsure(text)).toEqual([
      { fact: 'nd-142-25-nhiem-vu', line: 2, text: 'Trong 25 nhiệm vụ của cấp huyện, 2 nhiệm vụ chuyển lên tỉnh.' },
    ]);
  });
  it('accepts the fact when its line carries the label, whatever the case', () => {
    expect(unlabelledUnsure('**Chưa xác minh:** trong 25 nhiệm vụ của cấp huyện…')).toEqual([]);
    expect(unlabelledUnsure('Hội có 34 triệu thành viên (chưa xác minh).')).toEqual([]);
  });
  it('does not accept a label on another line', () => {
    expect(unlabelledUnsure('**Chưa xác minh:** điều khác.\nHội có 34 triệu thành viên.')).toHaveLength(1);
  });
  it('leaves SOLID wording alone', () => {
    expect(unlabelledUnsure('Chủ tịch Hội cho biết Hội có hơn 27 triệu hội viên.')).toEqual([]);
  });
});

describe('content states UNSURE facts only with their label', () => {
  const files = contentFiles(contentDir);
  it('reads the content folder', () => expect(files.length).toBeGreaterThan(30));
  it('no file states an UNSURE fact of the 2025–2026 notes without "Chưa xác minh"', () => {
    const problems = files.flatMap((f) =>
      unlabelledUnsure(readFileSync(f, 'utf8')).map((u) => `${relative(contentDir, f)}:${u.line} ${u.fact}: ${u.text}`),
    );
    expect(problems).toEqual([]);
  });
  it('the UNSURE facts the site does use are there, each with its label', () => {
    // Two are published on purpose (labelled); if a rewrite drops them, the check above would pass vacuously.
    const all = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const id of ['nd-142-25-nhiem-vu', 'cdht-thu-tuc-noi-bo']) {
      const fact = unsureFacts.find((f) => f.id === id)!;
      expect(all.split('\n').some((l) => fact.pattern.test(l) && /chưa xác minh/i.test(l)), id).toBe(true);
    }
  });
});
