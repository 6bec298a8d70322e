/**
 * One dossier: its subject, the procedure's calendar, the verdict as it is
 * filled in, every chỉ tiêu with its result, counts and evidence, and the
 * file export. Each keystroke is checked and saved; the store never holds a
 * value the format would refuse.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Dossier, Evidence } from '../../schemas/dossier';
import { toolUi } from '../../lib/dossier/ui';
import { answerOf, change, evidenceFor, nextEvidenceId, setAnswer, type Change } from '../../lib/dossier/model';
import { dossierItems, dossierVerdict, itemLabel, type DossierVerdict } from '../../lib/dossier/verdict';
import { calendarFor, procedureOf } from '../../lib/dossier/calendar';
import { MAX_EVIDENCE_BYTES, dossierFileName, dossierManifest, evidenceEntries } from '../../lib/dossier/exchange';
import { formatBytes } from '../../lib/dossier/messages';
import type { ToolSet } from '../../lib/dossier/criteria-data';
import type { StoredDossier } from '../../lib/dossier/store';
import { formatDateShort, formatNumber } from '../../lib/site/format';
import { download, nowIso, todayIso, useTool } from './context';
import { offThread } from './off-thread';

export type Apply = (edit: Change | ((d: Dossier) => Change)) => string | null;
import { Section, Status, TextField } from './fields';
import { isDirty } from './home';
import { ShareInputs } from './shares';

const t = toolUi.dossier;
const markup = /<\s*[a-z!/?]/i;
const dateText = (iso: string) => formatDateShort(new Date(`${iso}T00:00:00Z`));

/** The stored dossier, and a way to change it that checks, shows and saves. */
export function useStoredDossier(id: string) {
  const { store } = useTool();
  const [rec, setRec] = useState<StoredDossier | null | undefined>(undefined);
  const [saved, setSaved] = useState<string | null>(null);
  const [savedUpdated, setSavedUpdated] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef<Dossier | null>(null);
  useEffect(() => {
    void store.getDossier(id).then((r) => {
      latest.current = r?.dossier ?? null;
      setRec(r ?? null);
    });
    const flush = () => {
      if (latest.current && timer.current !== undefined) {
        clearTimeout(timer.current);
        timer.current = undefined;
        void store.saveDossier(latest.current);
      }
    };
    addEventListener('pagehide', flush);
    return () => (flush(), removeEventListener('pagehide', flush));
  }, [id]);
  /**
   * Applies a change to the newest dossier, not to the one this render saw:
   * two quick clicks before a re-render must both count.
   */
  const apply = (edit: Change | ((d: Dossier) => Change)): string | null => {
    if (!latest.current) return null;
    const result = typeof edit === 'function' ? edit(latest.current) : edit;
    if (!result.ok) return result.message;
    latest.current = result.dossier;
    setRec((r) => (r ? { ...r, dossier: result.dossier } : r));
    clearTimeout(timer.current);
    // A short pause lets a word finish; pagehide and leaving the screen save at once.
    timer.current = window.setTimeout(async () => {
      timer.current = undefined;
      await store.saveDossier(result.dossier);
      setSaved(t.savedAt(new Date().toLocaleTimeString('vi-VN')));
      setSavedUpdated(result.dossier.updated);
    }, 250);
    return null;
  };
  const reload = async () => {
    const r = (await store.getDossier(id)) ?? null;
    latest.current = r?.dossier ?? null;
    setRec(r);
  };
  return { rec, apply, saved, savedUpdated, reload };
}

function CalendarBlock({ set, d }: { set: ToolSet; d: Dossier }) {
  const p = procedureOf(set);
  if (!p) return null;
  const lines = calendarFor(p, d.year, todayIso());
  const days = (n: number) => (n > 0 ? t.daysLeft(formatNumber(n)) : n === 0 ? t.today : t.daysPast(formatNumber(-n)));
  return (
    <Section title={t.calendarHeading} id="lich">
      <dl class="tool-calendar">
        {lines.map((l) => (
          <div data-line={l.id}>
            <dt>{t.calendar[l.id]}</dt>
            <dd>
              {l.from && l.date ? `${dateText(l.from)}–${dateText(l.date)}` : l.date ? dateText(l.date) : l.workingDays ? t.workingDays(formatNumber(l.workingDays)) : ''}
              {l.who && `, ${l.who}`}
              {l.daysLeft !== undefined && <strong class="tool-calendar__days"> ({days(l.daysLeft)})</strong>}
            </dd>
          </div>
        ))}
      </dl>
      <p class="tool-small">{t.calendarSource(set.legalSource.number, p.article ?? 0)}</p>
      {p.districtBodies && (
        <p class="tool-notice" data-notice="district">
          {t.districtNote} <a href="/sau-ngay-01-7-2025/">{t.districtLink}</a>.
        </p>
      )}
    </Section>
  );
}

const verdictWord = (v: string) => toolUi.dossier.verdictWord[v as keyof typeof toolUi.dossier.verdictWord] ?? v;

function VerdictBlock({ set, v, d }: { set: ToolSet; v: DossierVerdict; d: Dossier }) {
  const ev = v.evaluation;
  const evidenceRequired = (set.scoring as { evidenceRequired?: boolean } | undefined)?.evidenceRequired === true;
  return (
    <Section title={t.verdictHeading} id="ket-qua">
      <div class="tool-verdict" aria-live="polite" data-verdict={ev ? (ev.reached?.id ?? 'none') : 'not-judged'}>
        {!v.judged ? <p>{t.notJudged(set.missing.length)}</p> : v.error ? <p class="tool-flag">{v.error}</p> : null}
        {ev && <p class="tool-verdict__main">{ev.reached ? t.reached(ev.reached.name) : t.notReached}</p>}
        {ev?.levels.map((l) => (
          <details data-level={l.id} open={l.id === ev.next?.id}>
            <summary>
              {l.name}: {verdictWord(l.verdict)}
            </summary>
            <ul class="tool-verdict__criteria">
              {l.criteria.map((c) => (
                <li data-criterion={c.id}>
                  {t.criterion(c.number)}: {verdictWord(c.verdict)}
                </li>
              ))}
            </ul>
          </details>
        ))}
        {ev?.next && ev.standing.length > 0 && (
          <div data-standing>
            <p>{t.toNext(ev.next.name)}</p>
            <ul>
              {ev.standing.map((i) => (
                <li>
                  <a href={`#ct-${i.key}`}>
                    {t.criterion(i.criterionNumber)}, {t.indicator(i.number)}
                  </a>
                  : {verdictWord(i.verdict)}
                  {i.reason === 'thieu-minh-chung' && ` (${t.noEvidenceShort})`}
                </li>
              ))}
            </ul>
          </div>
        )}
        {v.withoutEvidence.length > 0 && (
          <p class="tool-flag" data-flag="no-evidence">
            {(evidenceRequired ? t.withoutEvidence : t.withoutEvidenceAdvice)(v.withoutEvidence.map((k) => itemLabel(set, k)).join(', '))}
          </p>
        )}
        {d.difficultArea && <p class="tool-small">{t.difficultOn}</p>}
      </div>
    </Section>
  );
}

function EvidenceForm({ d, apply, onDone, editing }: { d: Dossier; apply: Apply; onDone: () => void; editing?: Evidence | undefined }) {
  const { store, sets } = useTool();
  const set = sets.get(d.criteriaSet)!;
  const [draft, setDraft] = useState<Evidence>(
    editing ?? { id: nextEvidenceId(d), title: '', number: '', date: null, issuer: '', indicators: [], file: null, url: '', note: '' },
  );
  const [fileBlob, setFileBlob] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = (k: 'title' | 'number' | 'issuer' | 'note') => (v: string) => (setDraft((x) => ({ ...x, [k]: v })), markup.test(v) ? toolUi.fieldErrors.markup : null);
  const onFile = (e: Event) => {
    const f = (e.currentTarget as HTMLInputElement).files?.[0] ?? null;
    setError(null);
    if (f && f.size > MAX_EVIDENCE_BYTES) {
      (e.currentTarget as HTMLInputElement).value = '';
      return setError(toolUi.fieldErrors.tooLargeFile(formatBytes(f.size), formatBytes(MAX_EVIDENCE_BYTES)));
    }
    if (f && markup.test(f.name)) {
      (e.currentTarget as HTMLInputElement).value = '';
      return setError(t.fileNameMarkup);
    }
    setFileBlob(f);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    let ev = draft;
    if (fileBlob) {
      const sha = await offThread.hash(fileBlob).catch(() => null);
      if (!sha) return (setBusy(false), setError(toolUi.fieldErrors.unreadableFile));
      await store.putFile(sha, fileBlob.type, fileBlob);
      ev = { ...ev, file: { name: fileBlob.name, type: fileBlob.type, size: fileBlob.size, sha256: sha } };
    }
    const err = apply((cur) =>
      change(cur, (x) => {
        const i = x.evidence.findIndex((y) => y.id === ev.id);
        if (i >= 0) x.evidence[i] = ev;
        else x.evidence.push(ev);
      }, nowIso()),
    );
    setBusy(false);
    if (err) return setError(t.evidenceInvalid(err));
    onDone();
  };
  return (
    <form class="tool-form tool-evidence-form" onSubmit={save}>
      <TextField label={t.ev.title} value={draft.title} onCommit={text('title')} required />
      <TextField label={t.ev.number} hint={t.ev.numberHint} value={draft.number} onCommit={text('number')} />
      <TextField label={t.ev.date} type="date" value={draft.date ?? ''} onCommit={(v) => (setDraft((x) => ({ ...x, date: v || null })), null)} />
      <TextField label={t.ev.issuer} value={draft.issuer} onCommit={text('issuer')} />
      <div class="field">
        <label for="ev-file">{t.ev.file}</label>
        <p class="field__hint" id="ev-file-hint">{t.ev.fileHint(formatBytes(MAX_EVIDENCE_BYTES))}</p>
        <input id="ev-file" type="file" aria-describedby="ev-file-hint" onChange={onFile} />
        {draft.file && !fileBlob && <p class="tool-small">{t.ev.current(draft.file.name)}</p>}
      </div>
      <TextField label={t.ev.url} type="url" hint={t.ev.urlHint} value={draft.url} onCommit={(v) => (setDraft((x) => ({ ...x, url: v.trim() })), v && !/^https?:\/\/\S+$/i.test(v.trim()) ? t.ev.urlError : null)} />
      <fieldset class="tool-checks">
        <legend>{t.ev.indicators}</legend>
        {dossierItems(set).map((item) => (
          <label>
            <input
              type="checkbox"
              checked={draft.indicators.includes(item.key)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                setDraft((x) => ({ ...x, indicators: on ? [...x.indicators, item.key] : x.indicators.filter((y) => y !== item.key) }));
              }}
            />{' '}
            {itemLabel(set, item.key)} {item.text}
          </label>
        ))}
      </fieldset>
      <TextField label={t.ev.note} multiline value={draft.note} onCommit={text('note')} />
      <button type="submit" disabled={busy}>
        {editing ? t.ev.saveEdit : t.ev.add}
      </button>{' '}
      <button type="button" onClick={onDone}>
        {t.ev.cancel}
      </button>
      <Status message={error} kind="error" />
    </form>
  );
}

export function EvidenceList({ items, readOnly, onEdit, onDelete }: { items: Evidence[]; readOnly?: boolean; onEdit?: (e: Evidence) => void; onDelete?: (e: Evidence) => void }) {
  const { store } = useTool();
  const open = async (e: Evidence) => {
    const f = e.file && (await store.getFile(e.file.sha256));
    if (f && e.file) download(f.data, e.file.name, e.file.type);
  };
  return (
    <ul class="tool-evidence">
      {items.map((e) => (
        <li data-evidence={e.id}>
          <strong>{e.id.toUpperCase()}</strong> {e.title}
          {e.number && `, ${e.number}`}
          {e.date && `, ${dateText(e.date)}`}
          {e.issuer && `, ${e.issuer}`}
          {e.file && (
            <>
              {' '}
              <button type="button" class="link-like" onClick={() => open(e)}>
                {t.ev.download(e.file.name, formatBytes(e.file.size))}
              </button>
            </>
          )}
          {e.url && <span class="tool-small"> {t.ev.link}: {e.url}</span>}
          {!readOnly && (
            <>
              {' '}
              <button type="button" class="link-like" onClick={() => onEdit?.(e)}>
                {t.ev.edit}
              </button>{' '}
              <button type="button" class="link-like" onClick={() => onDelete?.(e)}>
                {t.ev.remove}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function DossierScreen({ id }: { id: string }) {
  const { store, sets, go, refresh } = useTool();
  const { rec, apply, saved, savedUpdated, reload } = useStoredDossier(id);
  const [evForm, setEvForm] = useState<Evidence | 'new' | null>(null);
  const [exportMsg, setExportMsg] = useState<string | null>(null);
  if (rec === undefined) return <p>{toolUi.app.loading}</p>;
  if (rec === null) return <p>{t.notFound}</p>;
  const d = rec.dossier;
  const set = sets.get(d.criteriaSet);
  if (!set) return <p>{t.unknownSet}</p>;
  const v = dossierVerdict(set, d);
  const ev = v.evaluation;
  const items = dossierItems(set);
  const options = ((set.subjectOptions as { id: string; kind: string; label: string }[] | undefined) ?? []);
  const edit = (fn: (x: Dossier) => void) => apply((cur) => change(cur, fn, nowIso()));
  const text = (fn: (x: Dossier, v: string) => void) => (value: string) => (markup.test(value) ? toolUi.fieldErrors.markup : edit((x) => fn(x, value)));
  const doExport = async () => {
    setExportMsg(t.exporting);
    await store.saveDossier(d);
    // The stored Blobs go to the worker, which hands back the file built around them: 50 MB is neither copied nor checked here.
    const files = await Promise.all(evidenceEntries(d).map(async (e) => ({ name: e.name, data: (await store.getFile(e.sha256))!.data })));
    download(await offThread.zip(await dossierManifest(d), files), dossierFileName(d), 'application/zip');
    await store.markExported(d.id, nowIso());
    await reload();
    refresh();
    setExportMsg(t.exported(dossierFileName(d)));
  };
  const dirty = isDirty(rec);
  return (
    <div class="tool-dossier" data-dossier={d.id} data-pending={savedUpdated !== null && savedUpdated !== d.updated ? '' : undefined}>
      <h2 class="tool-title">
        {d.subject.name}, {d.year}
      </h2>
      <p class="tool-small">{set.name}</p>
      {dirty && (
        <p class="tool-notice" data-notice="unsaved">
          {rec.exportedAt ? t.unsavedSince(formatDateShort(new Date(rec.exportedAt))) : t.neverExported}
        </p>
      )}
      <div class="tool-actions">
        <button type="button" onClick={doExport} data-action="export">
          {t.export}
        </button>
        <a class="button-like" href={`#/ho-so/${d.id}/van-ban`}>
          {t.documents}
        </a>
      </div>
      <Status message={exportMsg ?? saved} />
      <Section title={t.subjectHeading} id="doi-tuong">
        <TextField label={t.name} value={d.subject.name} onCommit={text((x, v) => (x.subject.name = v))} />
        <TextField label={t.province} value={d.subject.province} onCommit={text((x, v) => (x.subject.province = v))} />
        <TextField label={t.code} hint={t.codeHint} value={d.subject.code} onCommit={text((x, v) => (x.subject.code = v))} />
        <TextField label={t.year} type="number" inputMode="numeric" value={String(d.year)} onCommit={(v) => (/^\d{4}$/.test(v) ? edit((x) => (x.year = Number(v))) : t.yearError)} />
        <TextField label={t.preparedBy} value={d.preparedBy} onCommit={text((x, v) => (x.preparedBy = v))} />
        {options.some((o) => o.kind === 'vung-kho-khan') && (
          <label class="tool-check">
            <input type="checkbox" checked={d.difficultArea} onChange={(e) => edit((x) => (x.difficultArea = (e.currentTarget as HTMLInputElement).checked))} /> {t.difficult}
          </label>
        )}
        {options.some((o) => o.kind === 'don-vi') && (
          <fieldset class="tool-checks">
            <legend>{t.unitKinds}</legend>
            <p class="tool-small">{t.unitKindsHint}</p>
            {options
              .filter((o) => o.kind === 'don-vi')
              .map((o) => (
                <label>
                  <input
                    type="checkbox"
                    checked={d.unitKinds.includes(o.id)}
                    onChange={(e) => {
                      const on = (e.currentTarget as HTMLInputElement).checked;
                      edit((x) => (x.unitKinds = on ? [...x.unitKinds, o.id] : x.unitKinds.filter((u) => u !== o.id)));
                    }}
                  />{' '}
                  {o.label}
                </label>
              ))}
          </fieldset>
        )}
        {set.levels.length > 0 && (
          <div class="field">
            <label for="muc-de-nghi">{t.target}</label>
            <select id="muc-de-nghi" value={d.targetLevel ?? ''} onChange={(e) => edit((x) => (x.targetLevel = (e.currentTarget as HTMLSelectElement).value || null))}>
              <option value="">{t.targetNone}</option>
              {set.levels.map((l) => (
                <option value={l.id}>{l.name}</option>
              ))}
            </select>
          </div>
        )}
      </Section>
      <CalendarBlock set={set} d={d} />
      <VerdictBlock set={set} v={v} d={d} />
      <Section title={t.criteriaHeading} id="chi-tieu">
        {set.criteria.map((c, ci) => (
          <fieldset class="tool-criterion" id={`tc-${c.id}`}>
            <legend>
              {t.criterion((c.number as number | undefined) ?? ci + 1)}. {c.name}
            </legend>
            {items.filter((it) => it.criterionId === c.id).map((it) => {
              const a = answerOf(d, it.key);
              const evs = evidenceFor(d, it.key);
              const engine = ev?.levels.flatMap((l) => l.criteria.flatMap((x) => x.indicators)).find((x) => x.key === it.key);
              return (
                <div class="tool-indicator" data-indicator={it.key} id={`ct-${it.key}`}>
                  <p class="tool-indicator__text">
                    <strong>{itemLabel(set, it.key)}</strong> {it.text}
                  </p>
                  {engine?.verdict === 'khong-ap-dung' ? (
                    <p class="tool-small">{t.notApplicable}</p>
                  ) : it.shares.length > 0 ? (
                    <ShareInputs item={it} d={d} v={v} apply={apply} />
                  ) : (
                    <div role="radiogroup" aria-label={t.resultOf(itemLabel(set, it.key))} class="tool-radios">
                      {(['dat', 'khong-dat', 'chua-danh-gia'] as const).map((st) => (
                        <label>
                          <input type="radio" name={`kq-${it.key}`} value={st} checked={a.status === st} onChange={() => apply((cur) => setAnswer(cur, it.key, { status: st }, nowIso()))} /> {t.status[st]}
                        </label>
                      ))}
                    </div>
                  )}
                  {a.status === 'dat' && evs.length === 0 && <p class="tool-flag">{t.needsEvidence}</p>}
                  <TextField label={t.note} multiline value={a.note} onCommit={(val) => (markup.test(val) ? toolUi.fieldErrors.markup : apply((cur) => setAnswer(cur, it.key, { note: val }, nowIso())))} />
                  {evs.length > 0 && <EvidenceList items={evs} readOnly />}
                </div>
              );
            })}
          </fieldset>
        ))}
      </Section>
      <Section title={t.evidenceHeading} id="minh-chung">
        <EvidenceList items={d.evidence} onEdit={(e) => setEvForm(e)} onDelete={(e) => edit((x) => (x.evidence = x.evidence.filter((y) => y.id !== e.id)))} />
        {evForm ? (
          <EvidenceForm d={d} apply={apply} editing={evForm === 'new' ? undefined : evForm} onDone={() => setEvForm(null)} />
        ) : (
          <button type="button" onClick={() => setEvForm('new')} data-action="add-evidence">
            {t.ev.new}
          </button>
        )}
      </Section>
      <Section title={t.notesHeading} id="ghi-chu">
        <TextField label={t.notes} multiline value={d.notes} onCommit={text((x, v) => (x.notes = v))} />
      </Section>
      <p>
        <button
          type="button"
          class="danger"
          onClick={async () => {
            if (!confirm(t.deleteConfirm(d.subject.name))) return;
            await store.deleteDossier(d.id);
            go('#/');
          }}
        >
          {t.delete}
        </button>
      </p>
    </div>
  );
}
