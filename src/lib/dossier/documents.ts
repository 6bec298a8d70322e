/**
 * The documents the circulars ask a subject to send (TT 25/2023 Điều 9.2,
 * TT 24/2023 Điều 10.2): the báo cáo tự đánh giá, the bản tổng hợp kết quả
 * and the tờ trình, drafted from the dossier. The circulars give no form for
 * them, so these are drafts to edit, and say so. One model feeds the print
 * view and the .docx, so both carry the same words.
 */
import type { Dossier, Review } from '../../schemas/dossier';
import { formatDateShort, formatNumber } from '../format';
import type { ToolSet } from './criteria-data';
import type { DossierVerdict } from './verdict';
import { evidenceFor } from './model';

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'table'; head: string[]; rows: string[][] };

export interface DocumentModel {
  id: 'bao-cao' | 'tong-hop' | 'to-trinh' | 'bien-ban';
  title: string;
  blocks: Block[];
}

const statusText = { dat: 'Đạt', 'khong-dat': 'Không đạt', 'chua-danh-gia': 'Chưa đánh giá' } as const;
const dateText = (iso: string | null) => (iso ? formatDateShort(new Date(`${iso}T00:00:00Z`)) : '');

export const draftNote = 'Bản nháp do công cụ Hồ sơ tự đánh giá lập từ hồ sơ; văn bản pháp luật không ban hành mẫu, cơ quan chỉnh sửa, ký và đóng dấu theo thể thức của mình.';

function verdictLine(v: DossierVerdict): string {
  if (!v.judged) return 'Bộ tiêu chí trên cổng chưa đầy đủ, công cụ chưa kết luận mức độ.';
  if (v.reached) return `Kết quả tự đánh giá: đạt ${v.reached.name}.`;
  return 'Kết quả tự đánh giá: chưa đạt mức độ nào.';
}

function shareText(d: Dossier, indicatorId: string): string {
  const counts = d.answers[indicatorId]?.counts ?? {};
  return Object.values(counts)
    .filter((c) => c.part !== null && c.whole !== null && c.whole > 0)
    .map((c) => `${formatNumber(c.part!)}/${formatNumber(c.whole!)} (${formatNumber(Math.round((c.part! / c.whole!) * 1000) / 10)}%)`)
    .join('; ');
}

/** Bản tổng hợp kết quả: every tiêu chí and chỉ tiêu with its result and evidence references. */
export function resultTable(set: ToolSet, d: Dossier, v: DossierVerdict): DocumentModel {
  const rows: string[][] = [];
  set.criteria.forEach((c, ci) => {
    const cv = v.criteria.find((x) => x.id === c.id);
    rows.push([`Tiêu chí ${ci + 1}`, c.name, v.judged ? (cv?.met ? 'Đạt' : 'Không đạt') : '', '']);
    c.indicators.forEach((ind, ii) => {
      const a = d.answers[ind.id];
      const refs = evidenceFor(d, ind.id).map((e) => [e.id.toUpperCase(), e.number, e.title].filter(Boolean).join(' '));
      const share = shareText(d, ind.id);
      rows.push([`${ci + 1}.${ii + 1}`, ind.text + (share ? ` Số liệu: ${share}.` : ''), statusText[a?.status ?? 'chua-danh-gia'], refs.join('; ')]);
    });
  });
  return {
    id: 'tong-hop',
    title: 'Bản tổng hợp kết quả tự đánh giá',
    blocks: [
      { kind: 'para', text: `${d.subject.name}${d.subject.province ? `, ${d.subject.province}` : ''}. ${set.name}. Năm đánh giá ${d.year} (số liệu từ 01/01/${d.year} đến 31/12/${d.year}).` },
      { kind: 'table', head: ['Số', 'Tiêu chí, chỉ tiêu', 'Kết quả', 'Minh chứng'], rows },
      { kind: 'para', text: verdictLine(v) },
      { kind: 'para', text: draftNote },
    ],
  };
}

export function selfAssessmentReport(set: ToolSet, d: Dossier, v: DossierVerdict): DocumentModel {
  const blocks: Block[] = [
    { kind: 'para', text: `${d.subject.name}${d.subject.province ? `, ${d.subject.province}` : ''}` },
    { kind: 'heading', text: 'I. Căn cứ' },
    { kind: 'para', text: `${set.legalSource.kind ?? ''} ${set.legalSource.number}${set.legalSource.date ? ` ngày ${dateText(set.legalSource.date)}` : ''}${set.legalSource.issuer ? ` của ${set.legalSource.issuer}` : ''}.`.trim() },
    { kind: 'para', text: `Số liệu tính từ 01/01/${d.year} đến 31/12/${d.year}.` },
    { kind: 'heading', text: 'II. Kết quả tự đánh giá theo từng tiêu chí' },
  ];
  set.criteria.forEach((c, ci) => {
    const cv = v.criteria.find((x) => x.id === c.id);
    blocks.push({ kind: 'heading', text: `Tiêu chí ${ci + 1}. ${c.name}${v.judged ? `: ${cv?.met ? 'Đạt' : 'Không đạt'}` : ''}` });
    c.indicators.forEach((ind, ii) => {
      const a = d.answers[ind.id];
      const evs = evidenceFor(d, ind.id);
      const share = shareText(d, ind.id);
      blocks.push({
        kind: 'para',
        text: `Chỉ tiêu ${ii + 1}: ${ind.text} Kết quả: ${statusText[a?.status ?? 'chua-danh-gia']}.${share ? ` Số liệu: ${share}.` : ''}${a?.note ? ` ${a.note}` : ''}${evs.length ? ` Minh chứng: ${evs.map((e) => e.id.toUpperCase()).join(', ')}.` : ' Chưa có minh chứng.'}`,
      });
    });
  });
  blocks.push({ kind: 'heading', text: 'III. Kết luận' }, { kind: 'para', text: verdictLine(v) });
  if (v.next && v.judged) blocks.push({ kind: 'para', text: `Để đạt ${v.next.name} còn ${formatNumber(v.next.remaining.length)} chỉ tiêu chưa đạt.` });
  if (d.notes) blocks.push({ kind: 'para', text: d.notes });
  blocks.push({ kind: 'heading', text: 'IV. Danh mục minh chứng' });
  blocks.push({
    kind: 'table',
    head: ['Mã', 'Tên minh chứng', 'Số, ký hiệu', 'Ngày', 'Nơi ban hành', 'Tệp hoặc đường dẫn'],
    rows: d.evidence.map((e) => [e.id.toUpperCase(), e.title, e.number, dateText(e.date), e.issuer, e.file?.name ?? e.url]),
  });
  blocks.push({ kind: 'para', text: draftNote });
  return { id: 'bao-cao', title: 'Báo cáo tự đánh giá', blocks };
}

export function submission(set: ToolSet, d: Dossier, v: DossierVerdict): DocumentModel {
  const level = v.reached?.name ?? set.levels.find((l) => l.id === d.targetLevel)?.name ?? '';
  return {
    id: 'to-trinh',
    title: 'Tờ trình đề nghị công nhận (dự thảo)',
    blocks: [
      { kind: 'para', text: `${d.subject.name} đề nghị xem xét, công nhận ${set.name.replace(/^Tiêu chí /, '')}${level ? `, ${level}` : ''}, năm ${d.year}.` },
      { kind: 'para', text: `Căn cứ ${set.legalSource.kind ?? ''} ${set.legalSource.number}; căn cứ kết quả tự đánh giá năm ${d.year}: ${verdictLine(v).replace(/^Kết quả tự đánh giá: /, '')}` },
      { kind: 'para', text: 'Hồ sơ kèm theo: Báo cáo tự đánh giá; Bản tổng hợp kết quả tự đánh giá.' },
      { kind: 'para', text: draftNote },
    ],
  };
}

export function dossierDocuments(set: ToolSet, d: Dossier, v: DossierVerdict): DocumentModel[] {
  return [selfAssessmentReport(set, d, v), resultTable(set, d, v), submission(set, d, v)];
}

const reviewVerdictText = { 'dong-y': 'Đồng ý', 'khong-dong-y': 'Không đồng ý' } as const;

/** The council's minute: each chỉ tiêu with the self-assessed result, the member's view and reason. */
export function reviewMinute(set: ToolSet, d: Dossier, r: Review): DocumentModel {
  const rows: string[][] = [];
  set.criteria.forEach((c, ci) =>
    c.indicators.forEach((ind, ii) => {
      const item = r.items[ind.id];
      rows.push([`${ci + 1}.${ii + 1}`, ind.text, statusText[d.answers[ind.id]?.status ?? 'chua-danh-gia'], item?.verdict ? reviewVerdictText[item.verdict] : 'Chưa xem', item?.reason ?? '']);
    }),
  );
  const level = set.levels.find((l) => l.id === r.conclusion.level)?.name;
  return {
    id: 'bien-ban',
    title: 'Biên bản thẩm định hồ sơ tự đánh giá',
    blocks: [
      { kind: 'para', text: `Hồ sơ: ${d.subject.name}${d.subject.province ? `, ${d.subject.province}` : ''}. ${set.name}. Năm đánh giá ${d.year}.` },
      { kind: 'para', text: `Người thẩm định: ${r.reviewer}${r.conclusion.date ? `. Ngày ${dateText(r.conclusion.date)}` : ''}.` },
      { kind: 'table', head: ['Số', 'Chỉ tiêu', 'Tự đánh giá', 'Ý kiến', 'Lý do'], rows },
      { kind: 'heading', text: 'Kết luận' },
      { kind: 'para', text: level ? `Đạt ${level}.` : 'Chưa đạt mức độ nào.' },
      ...(r.conclusion.text ? [{ kind: 'para' as const, text: r.conclusion.text }] : []),
      { kind: 'para', text: draftNote },
    ],
  };
}
