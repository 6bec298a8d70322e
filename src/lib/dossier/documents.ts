/**
 * The documents the circulars ask a subject to send (TT 25/2023 Điều 9.2,
 * TT 24/2023 Điều 10.2): the báo cáo tự đánh giá, the bản tổng hợp kết quả
 * and the tờ trình, drafted from the dossier. The circulars give no form for
 * them, so these are drafts to edit, and say so. One model feeds the print
 * view and the .docx, so both carry the same words.
 */
import type { Dossier, Review } from '../../schemas/dossier';
import { formatDate, formatNumber } from '../site/format';
import type { ToolSet } from './criteria-data';
import { dossierItems, type DossierItem, type DossierVerdict } from './verdict';
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

const statusText = { dat: 'Đạt', 'khong-dat': 'Không đạt', 'chua-danh-gia': 'Chưa đánh giá', 'khong-ap-dung': 'Không áp dụng' } as const;
const dateText = (iso: string | null) => (iso ? formatDate(new Date(`${iso}T00:00:00Z`)) : '');

export const draftNote = 'Bản nháp do công cụ Hồ sơ tự đánh giá lập từ hồ sơ; văn bản pháp luật không ban hành mẫu, cơ quan chỉnh sửa, ký và đóng dấu theo thể thức của mình.';

export function verdictLine(v: DossierVerdict): string {
  if (!v.judged) return 'Bộ tiêu chí trên cổng chưa đầy đủ, công cụ chưa kết luận mức độ.';
  if (v.error || !v.evaluation) return `Chưa kết luận được: ${v.error ?? ''}`;
  if (v.evaluation.reached) return `Kết quả tự đánh giá: đạt ${v.evaluation.reached.name}.`;
  return 'Kết quả tự đánh giá: chưa đạt mức độ nào.';
}

/** What the engine said of an answer key: its verdict at the first level it belongs to. */
function itemVerdict(v: DossierVerdict, key: string) {
  for (const l of v.evaluation?.levels ?? []) for (const c of l.criteria) for (const i of c.indicators) if (i.key === key) return i;
  return undefined;
}

function shareText(v: DossierVerdict, key: string): string {
  const results = (v.evaluation?.levels ?? []).flatMap((l) => l.criteria.flatMap((c) => c.indicators.filter((i) => i.key === key).flatMap((i) => i.shares.map((sh) => ({ level: l.name, sh })))));
  const byShare = new Map<string, { label: string; value?: string; thresholds: string[] }>();
  for (const { level, sh } of results) {
    const entry = byShare.get(sh.id) ?? { label: `${sh.numeratorLabel} / ${sh.denominatorLabel}`, thresholds: [] };
    if (sh.share !== undefined) entry.value = `${formatNumber(sh.numerator!)}/${formatNumber(sh.denominator!)} = ${formatNumber(Math.round(sh.share * 10) / 10)}%`;
    entry.thresholds.push(`${level} từ ${formatNumber(sh.threshold)}%`);
    byShare.set(sh.id, entry);
  }
  return [...byShare.values()].map((e) => `${e.label}: ${e.value ?? 'chưa nhập'} (${e.thresholds.join(', ')})`).join('; ');
}

function itemResult(d: Dossier, v: DossierVerdict, item: DossierItem): string {
  const iv = itemVerdict(v, item.key);
  const status = iv ? statusText[iv.verdict] : statusText[d.answers[item.key]?.status ?? 'chua-danh-gia'];
  return iv?.reason === 'thieu-minh-chung' ? `${status} (thiếu minh chứng)` : status;
}

function itemsByCriterion(set: ToolSet) {
  const items = dossierItems(set);
  return set.criteria.map((c, ci) => ({ c, number: (c.number as number | undefined) ?? ci + 1, items: items.filter((i) => i.criterionId === c.id) }));
}

const levelSuffix = (set: ToolSet, item: DossierItem) => (item.level ? ` (${set.levels.find((l) => l.id === item.level)?.name ?? item.level})` : '');

function criterionVerdicts(v: DossierVerdict, id: string): string {
  return (v.evaluation?.levels ?? [])
    .map((l) => {
      const c = l.criteria.find((x) => x.id === id);
      return c ? `${l.name}: ${statusText[c.verdict]}` : '';
    })
    .filter(Boolean)
    .join('; ');
}

/** Bản tổng hợp kết quả: every tiêu chí and chỉ tiêu with its result and evidence references. */
export function resultTable(set: ToolSet, d: Dossier, v: DossierVerdict): DocumentModel {
  const rows: string[][] = [];
  for (const { c, number, items } of itemsByCriterion(set)) {
    rows.push([`Tiêu chí ${number}`, c.name, criterionVerdicts(v, c.id), '']);
    for (const item of items) {
      const refs = evidenceFor(d, item.key).map((e) => [e.id.toUpperCase(), e.number, e.title].filter(Boolean).join(' '));
      const share = shareText(v, item.key);
      rows.push([`${number}.${item.number}${levelSuffix(set, item)}`, item.text + (share ? ` Số liệu: ${share}.` : ''), itemResult(d, v, item), refs.join('; ')]);
    }
  }
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
    { kind: 'para', text: `${set.legalSource.kind ?? ''} ${set.legalSource.number}${set.legalSource.date ? ` ngày ${formatDate(set.legalSource.date)}` : ''}${set.legalSource.issuer ? ` của ${set.legalSource.issuer}` : ''}.`.trim() },
    { kind: 'para', text: `Số liệu tính từ 01/01/${d.year} đến 31/12/${d.year}.` },
    { kind: 'heading', text: 'II. Kết quả tự đánh giá theo từng tiêu chí' },
  ];
  for (const { c, number, items } of itemsByCriterion(set)) {
    const cv = criterionVerdicts(v, c.id);
    blocks.push({ kind: 'heading', text: `Tiêu chí ${number}. ${c.name}${cv ? ` (${cv})` : ''}` });
    for (const item of items) {
      const a = d.answers[item.key];
      const evs = evidenceFor(d, item.key);
      const share = shareText(v, item.key);
      blocks.push({
        kind: 'para',
        text: `Chỉ tiêu ${item.number}${levelSuffix(set, item)}: ${item.text} Kết quả: ${itemResult(d, v, item)}.${share ? ` Số liệu: ${share}.` : ''}${a?.note ? ` ${a.note}` : ''}${evs.length ? ` Minh chứng: ${evs.map((e) => e.id.toUpperCase()).join(', ')}.` : ' Chưa có minh chứng.'}`,
      });
    }
  }
  blocks.push({ kind: 'heading', text: 'III. Kết luận' }, { kind: 'para', text: verdictLine(v) });
  const ev = v.evaluation;
  if (ev?.next && ev.standing.length) {
    blocks.push({ kind: 'para', text: `Để đạt ${ev.next.name} còn ${formatNumber(ev.standing.length)} chỉ tiêu: ${ev.standing.map((i) => `tiêu chí ${i.criterionNumber} chỉ tiêu ${i.number}`).join('; ')}.` });
  }
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
  const level = v.evaluation?.reached?.name ?? set.levels.find((l) => l.id === d.targetLevel)?.name ?? '';
  const procedure = set.procedure as { submit?: { to?: string } } | undefined;
  return {
    id: 'to-trinh',
    title: 'Tờ trình đề nghị công nhận (dự thảo)',
    blocks: [
      ...(procedure?.submit?.to ? [{ kind: 'para' as const, text: `Kính gửi: ${procedure.submit.to}.` }] : []),
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
  for (const { number, items } of itemsByCriterion(set)) {
    for (const item of items) {
      const it = r.items[item.key];
      rows.push([`${number}.${item.number}${levelSuffix(set, item)}`, item.text, statusText[d.answers[item.key]?.status ?? 'chua-danh-gia'], it?.verdict ? reviewVerdictText[it.verdict] : 'Chưa xem', it?.reason ?? '']);
    }
  }
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
