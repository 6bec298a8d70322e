/**
 * Ways a criteria file written in the law's terms (levels, numbered tiêu chí
 * and chỉ tiêu, shares, unit kinds, changes at mức độ 2) can contradict
 * itself. The schema runs these at build time, so a wrong file fails with
 * the field named instead of giving a wrong verdict in the browser.
 */
import type { LawSet } from './rule';

export interface Problem {
  path: (string | number)[];
  message: string;
}

interface CheckedSet extends LawSet {
  wording?: 'quoted' | 'restated' | undefined;
  status: 'complete' | 'partial';
  repealed?: unknown;
}

export function checkLawSet(set: CheckedSet): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Problem['path'], message: string) => problems.push({ path, message });
  const levelIds = new Set(set.levels.map((l) => l.id));
  const options = set.subjectOptions ?? [];
  const unitIds = new Set(options.filter((o) => o.kind === 'don-vi').map((o) => o.id));
  const hasDifficultArea = options.some((o) => o.kind === 'vung-kho-khan');
  const quoted = set.wording === 'quoted';
  const keys = new Set<string>();

  const checkUnits = (ids: string[] | undefined, path: Problem['path']) => {
    for (const u of ids ?? []) if (!unitIds.has(u)) add(path, `loại đơn vị "${u}" không có trong subjectOptions`);
  };
  const checkShares = (shares: LawSet['criteria'][number]['indicators'][number]['shares'], path: Problem['path']) =>
    (shares ?? []).forEach((s, si) => {
      if (s.difficultArea && !hasDifficultArea) add([...path, si, 'difficultArea'], 'ngưỡng vùng khó khăn cần một lựa chọn vung-kho-khan trong subjectOptions');
      if (s.difficultArea && s.difficultArea.threshold > s.threshold) add([...path, si, 'difficultArea'], 'ngưỡng vùng khó khăn không thể cao hơn ngưỡng chung');
      (s.units ?? []).forEach((u, ui) => checkUnits(u.units, [...path, si, 'units', ui, 'units']));
    });

  if (set.scoring?.evidenceRequired && set.scoring.kind !== 'pass-fail') add(['scoring', 'evidenceRequired'], 'minh chứng chỉ áp dụng với cách chấm đạt/không đạt');

  set.criteria.forEach((c, ci) => {
    const at = ['criteria', ci];
    if (quoted && (c.number === undefined || c.article === undefined || c.clause === undefined)) {
      add(at, `tiêu chí "${c.id}" trích nguyên văn cần number, article và clause`);
    }
    (c.atLevels ?? []).forEach((a, ai) => {
      if (!levelIds.has(a.level)) add([...at, 'atLevels', ai, 'level'], `mức độ "${a.level}" không có trong levels`);
    });
    c.indicators.forEach((ind, ii) => {
      const ip = [...at, 'indicators', ii];
      if (keys.has(ind.id)) add([...ip, 'id'], `mã "${ind.id}" đã dùng cho một chỉ tiêu khác`);
      keys.add(ind.id);
      if (quoted && (ind.number === undefined || ind.point === undefined)) add(ip, `chỉ tiêu "${ind.id}" trích nguyên văn cần number và point`);
      checkUnits(ind.appliesTo, [...ip, 'appliesTo']);
      checkUnits(ind.notFor, [...ip, 'notFor']);
      checkShares(ind.shares, [...ip, 'shares']);
      (ind.changes ?? []).forEach((ch, chi) => {
        const cp = [...ip, 'changes', chi];
        if (!levelIds.has(ch.level)) add([...cp, 'level'], `mức độ "${ch.level}" không có trong levels`);
        else if (ch.level === set.levels[0]?.id) add([...cp, 'level'], 'thay đổi chỉ ghi cho mức độ cao hơn mức độ đầu tiên');
        if (ind.levels && !ind.levels.includes(ch.level)) add([...cp, 'level'], `chỉ tiêu "${ind.id}" không thuộc mức độ "${ch.level}"`);
        if (quoted && !(c.atLevels ?? []).some((a) => a.level === ch.level)) add([...cp, 'level'], `tiêu chí "${c.id}" cần atLevels cho mức độ "${ch.level}" (Điều, khoản)`);
        if (ch.id && ch.sameAnswer) add([...cp, 'sameAnswer'], 'chỉ tiêu dùng chung câu trả lời với mức độ 1 thì không có mã riêng');
        if (ch.id) {
          if (keys.has(ch.id)) add([...cp, 'id'], `mã "${ch.id}" đã dùng cho một chỉ tiêu khác`);
          keys.add(ch.id);
        }
        if (!ch.id && !ch.sameAnswer && !ch.shares && !ind.shares && ch.appliesTo === undefined && ch.notFor === undefined) {
          // A plain requirement reworded at a higher level is a different question: it needs its own answer.
          add([...cp, 'id'], 'chỉ tiêu đổi lời văn ở mức độ cao hơn cần mã riêng (id) để trả lời riêng');
        }
        if (ch.shares && ind.shares && !ch.id) {
          ch.shares.forEach((s, si) => {
            const before = ind.shares!.find((b) => b.id === s.id);
            if (!before || before.numerator !== s.numerator || before.denominator !== s.denominator) {
              add([...cp, 'shares', si], 'tỷ lệ đếm khác mức độ 1 cần mã riêng (id) cho chỉ tiêu ở mức độ này');
            }
          });
        }
        checkUnits(ch.appliesTo, [...cp, 'appliesTo']);
        checkUnits(ch.notFor, [...cp, 'notFor']);
        checkShares(ch.shares, [...cp, 'shares']);
      });
    });
  });
  if (set.status === 'complete' && set.repealed) add(['repealed'], 'bộ tiêu chí đã bị bãi bỏ là lịch sử, không thể là complete');
  return problems;
}
