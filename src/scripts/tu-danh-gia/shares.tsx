/** The two counts of a share indicator (part / whole), from which the engine computes the share and the verdict. */
import type { Dossier } from '../../schemas/dossier';
import type { ToolIndicator, ToolSet } from '../../lib/dossier/criteria-data';
import { setCounts, answerOf, type Change } from '../../lib/dossier/model';
import { shareDefinitions } from '../../lib/dossier/verdict';
import { toolUi } from '../../lib/dossier/ui';
import { formatNumber } from '../../lib/format';
import { nowIso } from './context';
import { TextField } from './fields';

const t = toolUi.dossier;

export function ShareInputs({ set, indicator, d, apply }: { set: ToolSet; indicator: ToolIndicator; d: Dossier; apply: (c: Change) => string | null }) {
  const defs = shareDefinitions(set, indicator, d);
  if (defs.length === 0) return null;
  const a = answerOf(d, indicator.id);
  return (
    <div class="tool-shares">
      {defs.map((s) => {
        const c = a.counts[s.id] ?? { part: null, whole: null };
        const commit = (k: 'part' | 'whole') => (v: string) => {
          const trimmed = v.trim().replace(/\./g, '');
          if (trimmed === '') return apply(setCounts(d, indicator.id, s.id, { ...c, [k]: null }, nowIso()));
          if (!/^\d+$/.test(trimmed)) return toolUi.fieldErrors.notCount;
          const next = { ...c, [k]: Number(trimmed) };
          if (next.part !== null && next.whole !== null && next.part > next.whole) return toolUi.fieldErrors.partOverWhole(formatNumber(next.part), formatNumber(next.whole));
          return apply(setCounts(d, indicator.id, s.id, next, nowIso()));
        };
        const share = c.part !== null && c.whole ? Math.round((c.part / c.whole) * 1000) / 10 : null;
        return (
          <fieldset class="tool-share" data-share={s.id}>
            <legend>{s.label}</legend>
            <TextField label={s.partLabel} inputMode="numeric" value={c.part === null ? '' : String(c.part)} onCommit={commit('part')} />
            <TextField label={s.wholeLabel} inputMode="numeric" value={c.whole === null ? '' : String(c.whole)} onCommit={commit('whole')} />
            <p class="tool-small" aria-live="polite">
              {share === null ? t.shareMissing : t.shareIs(formatNumber(share), formatNumber(s.threshold))}
            </p>
          </fieldset>
        );
      })}
    </div>
  );
}
