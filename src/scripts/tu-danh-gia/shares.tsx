/** The counts of a share indicator (part / whole); the engine computes the share, the threshold and the verdict at each level. */
import type { Dossier } from '../../schemas/dossier';
import { setCounts, answerOf } from '../../lib/dossier/model';
import type { Apply } from './dossier';
import type { DossierItem, DossierVerdict } from '../../lib/dossier/verdict';
import { toolUi } from '../../lib/dossier/ui';
import { formatNumber } from '../../lib/site/format';
import { nowIso } from './context';
import { TextField } from './fields';

const t = toolUi.dossier;

export function ShareInputs({ item, d, v, apply }: { item: DossierItem; d: Dossier; v: DossierVerdict; apply: Apply }) {
  const a = answerOf(d, item.key);
  const results = (v.evaluation?.levels ?? []).flatMap((l) => l.criteria.flatMap((c) => c.indicators.filter((i) => i.key === item.key).map((i) => ({ level: l.name, i }))));
  return (
    <div class="tool-shares">
      {item.shares.map((s) => {
        const c = a.counts[s.id] ?? { part: null, whole: null };
        const commit = (k: 'part' | 'whole') => (val: string) => {
          const trimmed = val.trim().replace(/\./g, '');
          if (trimmed !== '' && !/^\d+$/.test(trimmed)) return toolUi.fieldErrors.notCount;
          let problem: string | null = null;
          const err = apply((cur) => {
            const now = answerOf(cur, item.key).counts[s.id] ?? { part: null, whole: null };
            const next = { ...now, [k]: trimmed === '' ? null : Number(trimmed) };
            if (next.part !== null && next.whole !== null && next.part > next.whole) {
              problem = toolUi.fieldErrors.partOverWhole(formatNumber(next.part), formatNumber(next.whole));
              return { ok: false, path: '', message: problem };
            }
            return setCounts(cur, item.key, s.id, next, nowIso());
          });
          return problem ?? err;
        };
        const perLevel = results.map(({ level, i }) => ({ level, r: i.shares.find((x) => x.id === s.id) })).filter((x) => x.r);
        const first = perLevel[0]?.r;
        return (
          <fieldset class="tool-share" data-share={s.id}>
            <legend>{first ? `${first.numeratorLabel} / ${first.denominatorLabel}` : `${s.numerator} / ${s.denominator}`}</legend>
            <TextField label={t.part(first?.numeratorLabel ?? s.numerator)} inputMode="numeric" value={c.part === null ? '' : String(c.part)} onCommit={commit('part')} />
            <TextField label={t.whole(first?.denominatorLabel ?? s.denominator)} inputMode="numeric" value={c.whole === null ? '' : String(c.whole)} onCommit={commit('whole')} />
            <p class="tool-small" aria-live="polite" data-share-result>
              {first?.share === undefined ? t.shareMissing : t.shareIs(formatNumber(Math.round(first.share * 10) / 10))}{' '}
              {perLevel.map(({ level, r }) => t.shareAt(level, formatNumber(r!.threshold), r!.met === undefined ? '' : r!.met ? t.met : t.notMet)).join(' ')}
            </p>
          </fieldset>
        );
      })}
    </div>
  );
}
