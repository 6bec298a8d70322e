/**
 * The Hội Khuyến học's tally: per thôn, tổ dân phố or unit, how many
 * households (clans, communities, units) there are, how many registered and
 * how many were recognised, with the shares and their bases, a printable
 * report and the same exports as the summary.
 */
import { useEffect, useState } from 'preact/hooks';
import { toolUi } from '../../lib/dossier/ui';
import { rowShares, tallySchema, tallyTotals, type Tally } from '../../lib/dossier/tally';
import { datasetYaml, tallyDataset } from '../../lib/dossier/stats-export';
import { toCsv } from '../../lib/dossier/summary';
import { issueMessage } from '../../lib/dossier/messages';
import { formatNumber, formatPercent } from '../../lib/site/format';
import { download, todayIso, useTool } from './context';
import { Section, Status, TextField } from './fields';

const t = toolUi.tally;
/** The Hội's titles, whose criteria are partial: tallied, not judged. */
const TALLY_TITLES = [
  ['gia-dinh-hoc-tap', 'hộ'],
  ['dong-ho-hoc-tap', 'dòng họ'],
  ['cong-dong-hoc-tap', 'cộng đồng'],
  ['don-vi-hoc-tap', 'đơn vị'],
] as const;
const share = (x: number | null) => (x === null ? t.noBase : formatPercent(x));

export function TallyScreen() {
  const { store, criteria } = useTool();
  const [tally, setTally] = useState<Tally>({ title: 'gia-dinh-hoc-tap', year: new Date().getFullYear() - 1, area: '', unit: 'hộ', rows: [] });
  const [error, setError] = useState<string | null>(null);
  const [publisher, setPublisher] = useState('');
  const [scope, setScope] = useState('');
  const key = `${tally.title}/${tally.year}`;
  useEffect(() => {
    void store.getTally<Tally>(key).then((saved) => saved && setTally(saved));
  }, [key]);
  const save = (next: Tally): string | null => {
    const r = tallySchema().safeParse(next);
    setTally(next);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const msg = t.invalid(issue.path.join('.'), issueMessage(issue));
      setError(msg);
      return issueMessage(issue);
    }
    setError(null);
    void store.saveTally(`${next.title}/${next.year}`, r.data);
    return null;
  };
  const titleName = criteria.titles.find((x) => x.id === tally.title)?.name ?? tally.title;
  const totals = tallyTotals(tally);
  const num = (v: string) => (/^\d+$/.test(v.trim().replace(/\./g, '')) ? Number(v.trim().replace(/\./g, '')) : Number.NaN);
  const table = [[t.col.place, t.col.total, t.col.registered, t.col.recognised, t.col.share], ...tally.rows.map((r) => [r.place, r.total, r.registered, r.recognised, rowShares(r).recognisedShare ?? '']), [t.total, totals.total, totals.registered, totals.recognised, totals.recognisedShare ?? '']];
  return (
    <div class="tool-tally">
      <Section title={t.heading} id="kiem-dem">
        <p>{t.intro}</p>
        <div class="field">
          <label for="kd-title">{t.title}</label>
          <select
            id="kd-title"
            value={tally.title}
            onChange={(e) => {
              const id = (e.currentTarget as HTMLSelectElement).value;
              setTally((x) => ({ ...x, title: id, unit: TALLY_TITLES.find(([tid]) => tid === id)?.[1] ?? x.unit, rows: [] }));
            }}
          >
            {TALLY_TITLES.map(([id]) => (
              <option value={id}>{criteria.titles.find((x) => x.id === id)?.name ?? id}</option>
            ))}
          </select>
        </div>
        <TextField label={t.year} type="number" inputMode="numeric" value={String(tally.year)} onCommit={(v) => (/^\d{4}$/.test(v) ? (setTally((x) => ({ ...x, year: Number(v), rows: [] })), null) : t.yearError)} />
        <TextField label={t.area} value={tally.area} onCommit={(v) => save({ ...tally, area: v })} />
      </Section>
      <Section title={t.rowsHeading} id="so-lieu-kiem-dem">
        {tally.rows.map((r, i) => (
          <fieldset class="tool-tally-row" data-row={i}>
            <legend>{r.place || t.rowN(i + 1)}</legend>
            <TextField label={t.col.place} value={r.place} onCommit={(v) => save({ ...tally, rows: tally.rows.map((x, j) => (j === i ? { ...x, place: v } : x)) })} />
            {(['total', 'registered', 'recognised'] as const).map((k) => (
              <TextField
                label={`${t.col[k]} (${tally.unit})`}
                inputMode="numeric"
                value={String(r[k])}
                onCommit={(v) => (Number.isNaN(num(v)) ? toolUi.fieldErrors.notCount : save({ ...tally, rows: tally.rows.map((x, j) => (j === i ? { ...x, [k]: num(v) } : x)) }))}
              />
            ))}
            <p class="tool-small">
              {t.rowShares(share(rowShares(r).registeredShare), share(rowShares(r).recognisedShare))}
            </p>
            <button type="button" class="link-like" onClick={() => save({ ...tally, rows: tally.rows.filter((_, j) => j !== i) })}>
              {t.removeRow}
            </button>
          </fieldset>
        ))}
        <button type="button" data-action="add-row" onClick={() => setTally((x) => ({ ...x, rows: [...x.rows, { place: '', total: 0, registered: 0, recognised: 0 }] }))}>
          {t.addRow}
        </button>
        <Status message={error} kind="error" />
      </Section>
      <Section title={t.reportHeading} id="bao-cao-kiem-dem">
        <p data-tally-total>
          {t.report(titleName, tally.year, tally.area, formatNumber(totals.total), formatNumber(totals.registered), share(totals.registeredShare), formatNumber(totals.recognised), share(totals.recognisedShare), tally.unit)}
        </p>
        <div class="tool-actions">
          <button type="button" onClick={() => print()}>
            {t.print}
          </button>
          <button type="button" onClick={() => download([toCsv(table)], `kiem-dem-${tally.title}-${tally.year}.csv`, 'text/csv')}>
            {toolUi.summary.csv}
          </button>
        </div>
        <details class="tool-dataset">
          <summary>{toolUi.summary.datasetHeading}</summary>
          <TextField label={toolUi.summary.publisher} value={publisher} onCommit={(v) => (setPublisher(v), null)} />
          <TextField label={toolUi.summary.scope} hint={toolUi.summary.scopeHint} value={scope} onCommit={(v) => (setScope(v), null)} />
          <button
            type="button"
            onClick={() => {
              if (publisher.trim().length < 3 || scope.trim().length < 3 || totals.total === 0) return setError(t.datasetNeeds);
              download([datasetYaml(tallyDataset(tally, titleName, { publisher: publisher.trim(), scope: scope.trim(), date: todayIso() }))], `kiem-dem-${tally.title}-${tally.year}.yaml`, 'text/yaml');
            }}
          >
            {toolUi.summary.dataset}
          </button>
        </details>
      </Section>
    </div>
  );
}
