/**
 * A dossier's life in the tool: made, changed field by field as the person
 * types, each change checked against the schema before it is kept, so the
 * store never holds what an export would refuse.
 */
import { dossierSchema, type Answer, type Dossier, type Evidence, type ShareCounts } from '../../schemas/dossier';
import { issueMessage } from './messages';

export function newDossier(init: { id: string; name: string; province?: string; criteriaSet: string; year: number; now: string }): Dossier {
  return dossierSchema().parse({
    id: init.id,
    subject: { name: init.name, province: init.province ?? '' },
    criteriaSet: init.criteriaSet,
    year: init.year,
    created: init.now,
    updated: init.now,
  });
}

export const emptyAnswer = (): Answer => ({ status: 'chua-danh-gia', counts: {}, note: '' });

export type Change = { ok: true; dossier: Dossier } | { ok: false; path: string; message: string };

/** Applies a change and checks the result; a change the schema refuses is not applied. */
export function change(d: Dossier, edit: (draft: Dossier) => void, now: string): Change {
  const draft = structuredClone(d);
  edit(draft);
  draft.updated = now;
  const parsed = dossierSchema().safeParse(draft);
  if (parsed.success) return { ok: true, dossier: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, path: issue.path.join('.'), message: issueMessage(issue) };
}

export function answerOf(d: Dossier, indicatorId: string): Answer {
  return d.answers[indicatorId] ?? emptyAnswer();
}

export function setAnswer(d: Dossier, indicatorId: string, patch: Partial<Answer>, now: string): Change {
  return change(d, (x) => {
    x.answers[indicatorId] = { ...answerOf(x, indicatorId), ...patch };
  }, now);
}

export function setCounts(d: Dossier, indicatorId: string, shareId: string, counts: ShareCounts, now: string): Change {
  return change(d, (x) => {
    const a = answerOf(x, indicatorId);
    x.answers[indicatorId] = { ...a, counts: { ...a.counts, [shareId]: counts } };
  }, now);
}

export function evidenceFor(d: Dossier, indicatorId: string): Evidence[] {
  return d.evidence.filter((e) => e.indicators.includes(indicatorId));
}

/** Chỉ tiêu marked đạt with no evidence: TT 24 counts them không đạt, and a council asks for it under TT 25 too. */
export function metWithoutEvidence(d: Dossier): string[] {
  return Object.entries(d.answers)
    .filter(([id, a]) => a.status === 'dat' && evidenceFor(d, id).length === 0)
    .map(([id]) => id);
}

/** The next free evidence id (`mc-1`, `mc-2`, …), stable once given. */
export function nextEvidenceId(d: Dossier): string {
  const used = new Set(d.evidence.map((e) => e.id));
  let n = d.evidence.length + 1;
  while (used.has(`mc-${n}`)) n++;
  return `mc-${n}`;
}

/** Every file hash a set of dossiers refers to; files outside it can be deleted. */
export function referencedFiles(dossiers: Iterable<Dossier>): Set<string> {
  const out = new Set<string>();
  for (const d of dossiers) for (const e of d.evidence) if (e.file) out.add(e.file.sha256);
  return out;
}
