/** The first screen: storage state, the dossiers on this device, a new dossier, opening a dossier file. */
import { useEffect, useState } from 'preact/hooks';
import { toolUi } from '../../lib/dossier/ui';
import { dossierSets } from '../../lib/dossier/criteria-data';
import { newDossier } from '../../lib/dossier/model';
import { dossierVerdict } from '../../lib/dossier/verdict';
import { confirmReplace, receiveChecked, type Received } from '../../lib/dossier/receive';
import { checkDossier, sizeRefusal, unreadable } from '../../lib/dossier/exchange';
import { offThread } from './off-thread';
import type { StoredDossier } from '../../lib/dossier/store';
import { formatDateShort } from '../../lib/site/format';
import { nowIso, useTool } from './context';
import { Section, Status, TextField } from './fields';

const t = toolUi.home;

export function isDirty(r: StoredDossier): boolean {
  return r.exportedUpdated !== r.dossier.updated;
}

function StorageState() {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [usage, setUsage] = useState<string>('');
  const check = async () => {
    if (!navigator.storage?.persisted) return setPersisted(null);
    setPersisted(await navigator.storage.persisted());
    const est = await navigator.storage.estimate?.();
    if (est?.usage !== undefined) setUsage(t.usage(Math.round((est.usage / 1024 / 1024) * 10) / 10));
  };
  useEffect(() => {
    void (async () => {
      // Ask once on arrival; browsers grant it silently to installed or often-used sites.
      if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist().catch(() => false);
      await check();
    })();
  }, []);
  return (
    <div class={`tool-storage ${persisted ? 'is-ok' : 'is-warn'}`} data-storage={persisted === null ? 'unknown' : persisted ? 'persisted' : 'best-effort'}>
      <p>
        <strong>{t.storageHeading}:</strong> {persisted === null ? t.storageUnknown : persisted ? t.storagePersisted : t.storageBestEffort} {usage}
      </p>
      {persisted === false && (
        <button type="button" onClick={async () => (await navigator.storage.persist().catch(() => false), check())}>
          {t.askPersist}
        </button>
      )}
    </div>
  );
}

/** Opening a dossier file: refused files change nothing; a dossier already here is replaced only after a yes. */
export function ImportFile(p: { origin: StoredDossier['origin']; label: string; onDone: (id: string) => void }) {
  const { store, known } = useTool();
  const [status, setStatus] = useState<{ message: string; kind: 'ok' | 'error' } | null>(null);
  const [pending, setPending] = useState<Extract<Received, { status: 'confirm' }> | null>(null);
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus({ message: t.reading, kind: 'ok' });
    // The file goes to the worker as it is (no copy); only its small ho-so.json is checked here.
    const checked = sizeRefusal(file.size) ?? (await offThread.unpack(file, true).then((u) => checkDossier(u, known), unreadable));
    const r = await receiveChecked(store, checked, p.origin);
    if (r.status === 'refused') return setStatus({ message: r.message, kind: 'error' });
    if (r.status === 'confirm') {
      setStatus(null);
      return setPending(r);
    }
    setStatus({ message: t.imported(r.dossier.dossier.subject.name), kind: 'ok' });
    p.onDone(r.dossier.dossier.id);
  };
  return (
    <div class="tool-import">
      <label class="button-like">
        {p.label}
        <input type="file" accept=".zip,application/zip" onChange={onFile} class="visually-hidden" />
      </label>
      {pending && (
        <div class="tool-confirm" role="alertdialog" aria-labelledby="replace-title">
          <p id="replace-title">
            {t.replaceQuestion(pending.existing.dossier.subject.name, formatDateShort(new Date(pending.existing.dossier.updated)), formatDateShort(new Date(pending.incoming.dossier.updated)))}
          </p>
          <button
            type="button"
            onClick={async () => {
              await confirmReplace(store, pending.incoming, p.origin);
              setPending(null);
              setStatus({ message: t.imported(pending.incoming.dossier.subject.name), kind: 'ok' });
              p.onDone(pending.incoming.dossier.id);
            }}
          >
            {t.replaceYes}
          </button>{' '}
          <button type="button" onClick={() => (setPending(null), setStatus({ message: t.replaceKept, kind: 'ok' }))}>
            {t.replaceNo}
          </button>
        </div>
      )}
      <Status message={status?.message ?? null} kind={status?.kind ?? 'ok'} />
    </div>
  );
}

function NewDossier() {
  const { store, criteria, go } = useTool();
  const sets = dossierSets(criteria);
  const [name, setName] = useState('');
  const [province, setProvince] = useState('');
  const [setId, setSetId] = useState(sets[0]?.id ?? '');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const d = newDossier({ id: crypto.randomUUID(), name: name.trim(), province: province.trim(), criteriaSet: setId, year: Number(year), now: nowIso() });
      await store.saveDossier(d, 'own');
      go(`#/ho-so/${d.id}`);
    } catch (err) {
      const issue = (err as { issues?: { message: string }[] }).issues?.[0];
      setError(issue ? t.createError(issue.message) : t.createFailed);
    }
  };
  return (
    <form class="tool-form" onSubmit={submit}>
      <TextField label={t.nameLabel} hint={t.nameHint} value={name} onCommit={(v) => (setName(v), /<\s*[a-z!/?]/i.test(v) ? toolUi.fieldErrors.markup : null)} required />
      <TextField label={t.provinceLabel} value={province} onCommit={(v) => (setProvince(v), /<\s*[a-z!/?]/i.test(v) ? toolUi.fieldErrors.markup : null)} />
      <div class="field">
        <label for="new-set">{t.setLabel}</label>
        <select id="new-set" value={setId} onChange={(e) => setSetId((e.currentTarget as HTMLSelectElement).value)}>
          {sets.map((s) => (
            <option value={s.id}>{s.name}</option>
          ))}
        </select>
      </div>
      <TextField label={t.yearLabel} hint={t.yearHint} type="number" inputMode="numeric" value={year} onCommit={(v) => (setYear(v), /^\d{4}$/.test(v) ? null : t.yearError)} />
      <button type="submit">{t.create}</button>
      <Status message={error} kind="error" />
    </form>
  );
}

export function Home({ tick }: { tick: number }) {
  const { store, sets, go } = useTool();
  const [list, setList] = useState<StoredDossier[] | null>(null);
  const [exported, setExported] = useState(true);
  useEffect(() => {
    void (async () => {
      setList((await store.listDossiers()).filter((r) => r.origin === 'own').sort((a, b) => b.dossier.updated.localeCompare(a.dossier.updated)));
      setExported(await store.everExported());
    })();
  }, [tick]);
  return (
    <div class="tool-home">
      <StorageState />
      {!exported && <p class="tool-notice" data-notice="first-export">{t.firstExportNotice}</p>}
      <Section title={t.listHeading} id="ds-ho-so">
        {list === null ? (
          <p>{toolUi.app.loading}</p>
        ) : list.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <ul class="tool-list">
            {list.map((r) => {
              const set = sets.get(r.dossier.criteriaSet);
              const v = set ? dossierVerdict(set, r.dossier) : null;
              return (
                <li>
                  <a href={`#/ho-so/${r.id}`}>
                    {r.dossier.subject.name}, {r.dossier.year}
                  </a>
                  <span class="tool-list__meta">
                    {set?.name ?? r.dossier.criteriaSet}. {v?.evaluation ? (v.evaluation.reached ? t.reached(v.evaluation.reached.name) : t.notReached) : t.notJudged}
                  </span>
                  {isDirty(r) && <span class="badge badge--warn">{t.unsaved}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section title={t.newHeading} id="ho-so-moi">
        <NewDossier />
      </Section>
      <Section title={t.openHeading} id="mo-tep">
        <p>{t.openIntro}</p>
        <ImportFile origin="own" label={t.openButton} onDone={(id) => go(`#/ho-so/${id}`)} />
      </Section>
    </div>
  );
}
