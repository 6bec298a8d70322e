/**
 * The summary of many dossiers: read a folder or many files at once (only
 * each file's data, not its evidence), see per year who reached which level
 * and who has not submitted, and export it as CSV, XLSX or a portal dataset.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { toolUi } from '../../lib/dossier/ui';
import { checkDossier, sizeRefusal, unreadable, type ImportResult } from '../../lib/dossier/exchange';
import { offThread } from './off-thread';
import { summarise, summaryRows, summaryTable, toCsv, type YearSummary } from '../../lib/dossier/summary';
import { parseNameList, readRosterFile } from '../../lib/dossier/roster';
import { datasetYaml, summaryDataset } from '../../lib/dossier/stats-export';
import { summaryKey, type SummaryEntry } from '../../lib/dossier/store';
import { formatNumber, formatPercent } from '../../lib/site/format';
import { download, todayIso, useTool } from './context';
import { Section, Status, TextField } from './fields';

const t = toolUi.summary;
const IN_FLIGHT_BYTES = 64 * 1024 * 1024;
const ROSTER_TYPES = '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pct = (x: number) => formatPercent(Math.round(x * 10) / 10);

function YearBlock({ s, onRoster }: { s: YearSummary; onRoster: (names: string[]) => void }) {
  const { sets, criteria } = useTool();
  const set = sets.get(s.set)!;
  const [publisher, setPublisher] = useState('');
  const [scope, setScope] = useState('');
  const [msg, setMsg] = useState<{ m: string; kind: 'ok' | 'error' } | null>(null);
  const base = `tong-hop-${s.set}-${s.year}`;
  const unit = set.level.includes('xa') ? 'xã' : 'đơn vị';
  const exportXlsx = async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/browser');
    const rows = summaryTable(s).map((r, i) => r.map((value) => ({ value, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })));
    download(await writeXlsxFile(rows).toBlob(), `${base}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  };
  const exportDataset = () => {
    if (publisher.trim().length < 3 || scope.trim().length < 3) return setMsg({ m: t.datasetNeeds, kind: 'error' });
    const title = criteria.titles.find((x) => x.id === set.title);
    const ds = summaryDataset(s, set.name, set.title, unit, { publisher: publisher.trim(), scope: scope.trim(), date: todayIso() });
    download([datasetYaml(ds)], `${base}.yaml`, 'text/yaml');
    setMsg({ m: t.datasetDone(title?.name ?? set.title), kind: 'ok' });
  };
  const [rosterMsg, setRosterMsg] = useState<{ m: string; kind: 'ok' | 'error' } | null>(null);
  const onRosterFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    const list = await readRosterFile(f);
    if (!list.ok) return setRosterMsg({ m: list.message, kind: 'error' });
    onRoster(list.names);
    setRosterMsg({ m: t.rosterSaved(formatNumber(list.names.length)), kind: 'ok' });
  };
  const onRosterText = (v: string) => {
    const list = parseNameList(v);
    if (!list.ok) return list.message;
    onRoster(list.names);
    return null;
  };
  return (
    <section class="tool-section tool-year" data-year={s.year} aria-labelledby={`nam-${s.year}-${s.set}`}>
      <h3 id={`nam-${s.year}-${s.set}`}>{t.yearHeading(s.year, set.name)}</h3>
      <p>{t.count(formatNumber(s.rows.length))}</p>
      <ul class="tool-levels">
        {s.levels.map((l) => (
          <li data-level={l.id}>
            {l.name}: {formatNumber(l.count)} ({pct(l.share)} {t.ofTotal(formatNumber(s.rows.length))})
          </li>
        ))}
        <li data-level="none">
          {t.none}: {formatNumber(s.none.count)} ({pct(s.none.share)} {t.ofTotal(formatNumber(s.rows.length))})
        </li>
      </ul>
      <div class="table-scroll" tabindex={0} role="region" aria-label={t.yearHeading(s.year, set.name)}>
        <table class="tool-table">
          <thead>
            <tr>
              <th scope="col">{t.col.name}</th>
              <th scope="col">{t.col.province}</th>
              <th scope="col">{t.col.result}</th>
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r) => (
              <tr data-row={r.id}>
                <th scope="row">{r.name}</th>
                <td>{r.province}</td>
                <td>{r.levelName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{t.missingHeading}</h4>
      {s.missing.length ? (
        <ul class="tool-missing">
          {s.missing.map((n) => (
            <li>{n}</li>
          ))}
        </ul>
      ) : (
        <p>{t.noMissing}</p>
      )}
      <TextField label={t.rosterLabel} hint={t.rosterHint} multiline value="" onCommit={onRosterText} />
      <div class="field">
        <label for={`roster-${s.year}-${s.set}`}>{t.rosterFile}</label>
        <input id={`roster-${s.year}-${s.set}`} type="file" accept={ROSTER_TYPES} onChange={onRosterFile} />
        <Status message={rosterMsg?.m ?? null} kind={rosterMsg?.kind ?? 'ok'} />
      </div>
      <div class="tool-actions">
        <button type="button" onClick={() => download([toCsv(summaryTable(s))], `${base}.csv`, 'text/csv')}>
          {t.csv}
        </button>
        <button type="button" onClick={exportXlsx}>
          {t.xlsx}
        </button>
      </div>
      <details class="tool-dataset">
        <summary>{t.datasetHeading}</summary>
        <p class="tool-small">{t.datasetIntro}</p>
        <TextField label={t.publisher} value={publisher} onCommit={(v) => (setPublisher(v), null)} />
        <TextField label={t.scope} hint={t.scopeHint} value={scope} onCommit={(v) => (setScope(v), null)} />
        <button type="button" onClick={exportDataset}>
          {t.dataset}
        </button>
        <Status message={msg?.m ?? null} kind={msg?.kind ?? 'ok'} />
      </details>
    </section>
  );
}

export function SummaryScreen() {
  const { store, sets, known } = useTool();
  const [entries, setEntries] = useState<SummaryEntry[]>([]);
  const [rosters, setRosters] = useState<Record<number, string[]>>({});
  const [progress, setProgress] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const load = async () => {
    const [list, all] = await Promise.all([store.listSummary(), store.db.rosters.toArray()]);
    // Both at once: one drawing of the table, not two.
    setEntries(list);
    setRosters(Object.fromEntries(all.map((r) => [r.year, r.names])));
  };
  useEffect(() => void load(), []);
  const onFiles = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])].filter((f) => f.name.endsWith('.zip'));
    input.value = '';
    // Several files in flight keep the worker busy while the page checks the ones before (reading a
    // small file is mostly waiting), yet never more than about 64 MB of files held at once. A file's
    // size is read only when its turn comes: Chromium asks the disk for it, one file at a time.
    const results: ImportResult<Blob>[] = [];
    let next = 0;
    let done = 0;
    let held = 0;
    let wake: (() => void)[] = [];
    const lane = async () => {
      for (let i = next++; i < files.length; i = next++) {
        const f = files[i]!;
        const size = f.size;
        const refused = sizeRefusal(size);
        if (refused) results[i] = refused;
        else {
          while (held > 0 && held + size > IN_FLIGHT_BYTES) await new Promise<void>((r) => wake.push(r));
          held += size;
          try {
            results[i] = await offThread.unpack(f, false).then((u) => checkDossier(u, known), unreadable);
          } finally {
            held -= size;
            const woken = wake;
            wake = [];
            for (const w of woken) w();
          }
        }
        setProgress(t.reading(formatNumber(++done), formatNumber(files.length)));
      }
    };
    await Promise.all(Array.from({ length: 8 }, lane));
    const got: SummaryEntry[] = [];
    const bad: string[] = [];
    results.forEach((r, i) => (r.ok ? got.push({ key: summaryKey(r.dossier), dossier: r.dossier, checksum: r.checksum }) : bad.push(`${files[i]!.name}: ${r.message}`)));
    await store.addToSummary(got);
    setErrors(bad);
    setProgress(t.read(formatNumber(got.length), formatNumber(bad.length)));
    await load();
  };
  // Judging 700 dossiers takes a while: not again on every progress message, nor when only the list of expected names changes.
  const rows = useMemo(() => summaryRows(entries.map((e) => e.dossier), sets), [entries, sets]);
  const summaries = useMemo(() => summarise(rows, sets, rosters), [rows, rosters, sets]);
  return (
    <div class="tool-summary">
      <Section title={t.heading} id="tong-hop">
        <p>{t.intro}</p>
        <div class="field">
          <label for="th-files">{t.files}</label>
          <input id="th-files" type="file" multiple accept=".zip,application/zip" onChange={onFiles} />
        </div>
        <div class="field">
          <label for="th-folder">{t.folder}</label>
          <input id="th-folder" type="file" {...{ webkitdirectory: true }} onChange={onFiles} />
        </div>
        <Status message={progress} />
        {errors.length > 0 && (
          <ul class="tool-errors" role="alert">
            {errors.map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        )}
        {entries.length > 0 && (
          <button type="button" onClick={async () => (await store.clearSummary(), load())}>
            {t.clear}
          </button>
        )}
      </Section>
      {summaries.map((s) => (
        <YearBlock
          s={s}
          onRoster={async (names) => {
            await store.saveRoster({ year: s.year, names });
            setRosters((r) => ({ ...r, [s.year]: names }));
          }}
        />
      ))}
    </div>
  );
}
