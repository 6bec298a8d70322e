/**
 * Facts the research notes tag UNSURE may appear on the site only with the
 * label "Chưa xác minh" beside them. This module names those facts by the
 * words that give them away and finds any line that uses one without the
 * label, so an editor who pastes a figure from a reprint is told at once.
 *
 * A line is the unit because the site's Markdown keeps each paragraph and
 * list item on one line, and a YAML field's text on one line too: the label
 * must sit in the same sentence group as the fact, not somewhere else in the file.
 */

export const unsureLabel = 'Chưa xác minh';

export interface UnsureFact {
  /** Short name shown in the error. */
  id: string;
  /** Where the notes tag it UNSURE and why. */
  why: string;
  /** Words that show a line states the fact. */
  pattern: RegExp;
}

/** The UNSURE facts of `current-2025-2026.md` most likely to be copied onto the site. */
export const unsureFacts: readonly UnsureFact[] = [
  { id: 'nd-142-25-nhiem-vu', why: '§3: 2 of 25 district tasks to the province, 23 to the commune, read only in a reprint of GD&TĐ', pattern: /\b2[35] nhiệm vụ/i },
  { id: 'cdht-thu-tuc-noi-bo', why: '§3: recognition possibly no longer a public administrative procedure (reading of the Bình Thuận list)', pattern: /thủ tục nội bộ/i },
  { id: 'hoi-34-trieu', why: '§2.1: VTC News "34 triệu thành viên" conflicts with "hơn 27 triệu hội viên"', pattern: /34 triệu/i },
  { id: 'tt-45-2026', why: '§3: Thông tư 45/2026/TT-BGDĐT seen only in a third-party copy', pattern: /45\/2026/ },
  { id: 'nd-88-2026', why: '§4: Nghị định 88/2026/NĐ-CP seen only in a third-party copy', pattern: /88\/2026/ },
  { id: 'tb-351', why: '§4: Thông báo 351-TB/VPTW, number from an aggregator', pattern: /351-TB/i },
  { id: 'qd-1716', why: '§4: QĐ 1716/QĐ-TTg targets read only through a mirror', pattern: /1716\/QĐ/i },
  { id: 'gnlc-10-don-vi-2030', why: '§4: "10 units in the GNLC by 2030" seen only in a Spanish summary', pattern: /10 (?:đơn vị|địa phương|thành phố)[^.]*(?:mạng lưới|thành phố học tập)/i },
  { id: 'ha-noi-2024-dang-ky', why: '§2.2: Hà Nội 2024 shares "of registered", reprint', pattern: /89[,.]06|89[,.]49|91[,.]67|99[,.]68/ },
  { id: 'khanh-hoa-2025', why: '§2.2: Khánh Hòa shares, reprint', pattern: /54[,.]18/ },
  { id: 'ha-tinh-2025', why: '§2.2: Hà Tĩnh membership share, reprint', pattern: /29[,.]2 ?%/ },
  { id: 'lang-son-244', why: '§1: Lạng Sơn plan 244/KH-UBND, province inferred from a reprint', pattern: /244\/KH-UBND/ },
  { id: 'nq-xiv-trich', why: '§5: Đại hội XIV wording quoted only by Ngày Nay', pattern: /phát triển các mô hình, phương thức, phong trào học tập theo hướng đa dạng hóa/i },
];

export interface UnlabelledUse {
  fact: string;
  line: number;
  text: string;
}

/** Every line of `text` that states one of `facts` without the label on the same line. */
export function unlabelledUnsure(text: string, facts: readonly UnsureFact[] = unsureFacts): UnlabelledUse[] {
  const out: UnlabelledUse[] = [];
  const label = unsureLabel.toLocaleLowerCase('vi');
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.toLocaleLowerCase('vi').includes(label)) return;
    for (const f of facts) if (f.pattern.test(line)) out.push({ fact: f.id, line: i + 1, text: line.trim().slice(0, 120) });
  });
  return out;
}
