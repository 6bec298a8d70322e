/**
 * The council's review: a dossier received as a file opens read-only; the
 * member records agree or disagree, with a reason, per chỉ tiêu, and
 * concludes. The conclusion exports as a small file and prints as a minute.
 */
import { useEffect, useState } from 'preact/hooks';
import { REVIEW_FORMAT, REVIEW_FORMAT_VERSION, reviewSchema, type Review } from '../../schemas/dossier';
import { toolUi } from '../../lib/dossier/ui';
import { dossierChecksum } from '../../lib/dossier/canonical';
import { dossierItems, dossierVerdict, itemLabel } from '../../lib/dossier/verdict';
import { reviewMinute } from '../../lib/dossier/documents';
import { issueMessage } from '../../lib/dossier/messages';
import { evidenceFor } from '../../lib/dossier/model';
import { slugify } from '../../lib/site/slug';
import type { StoredDossier } from '../../lib/dossier/store';
import { download, nowIso, todayIso, useTool } from './context';
import { Section, Status, TextField } from './fields';
import { ImportFile } from './home';
import { EvidenceList } from './dossier';
import { DocView } from './doc-view';

const t = toolUi.review;
const statusText = toolUi.dossier.status;

export function ReviewList() {
  const { store, go } = useTool();
  const [list, setList] = useState<StoredDossier[]>([]);
  useEffect(() => void store.listDossiers().then((l) => setList(l.filter((r) => r.origin === 'received'))), []);
  return (
    <div>
      <Section title={t.heading} id="tham-dinh">
        <p>{t.intro}</p>
        <ImportFile origin="received" label={t.open} onDone={(id) => go(`#/tham-dinh/${id}`)} />
        {list.length > 0 && (
          <ul class="tool-list">
            {list.map((r) => (
              <li>
                <a href={`#/tham-dinh/${r.id}`}>
                  {r.dossier.subject.name}, {r.dossier.year}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}

export function ReviewScreen({ id }: { id: string }) {
  const { store, sets } = useTool();
  const [rec, setRec] = useState<StoredDossier | null | undefined>(undefined);
  const [review, setReview] = useState<Review | null>(null);
  const [msg, setMsg] = useState<{ m: string; kind: 'ok' | 'error' } | null>(null);
  const [minute, setMinute] = useState(false);
  useEffect(() => {
    void (async () => {
      const r = (await store.getDossier(id)) ?? null;
      setRec(r);
      if (!r) return;
      const saved = await store.getReview(id);
      setReview(
        saved?.review ?? {
          format: REVIEW_FORMAT,
          formatVersion: REVIEW_FORMAT_VERSION,
          dossierId: r.dossier.id,
          dossierChecksum: await dossierChecksum(r.dossier),
          subjectName: r.dossier.subject.name,
          criteriaSet: r.dossier.criteriaSet,
          year: r.dossier.year,
          reviewer: '',
          items: {},
          conclusion: { level: null, text: '', date: todayIso() },
          updated: nowIso(),
        },
      );
    })();
  }, [id]);
  if (rec === undefined || (rec && !review)) return <p>{toolUi.app.loading}</p>;
  const set = rec && sets.get(rec.dossier.criteriaSet);
  if (!rec || !set || !review) return <p>{toolUi.dossier.notFound}</p>;
  const d = rec.dossier;
  const v = dossierVerdict(set, d);
  /** Keeps a change to the review; a reviewer's name is needed only to export. */
  const update = (fn: (r: Review) => Review) =>
    setReview((cur) => {
      // From the newest review, so two quick clicks both count.
      const next = { ...fn(cur ?? review), updated: nowIso() };
      void store.saveReview(next);
      return next;
    });
  const markupErr = (v: string) => (/<\s*[a-z!/?]/i.test(v) ? toolUi.fieldErrors.markup : null);
  const exportReview = () => {
    const parsed = reviewSchema().safeParse(review);
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      return setMsg({ m: t.invalid(issueMessage(i)), kind: 'error' });
    }
    download([JSON.stringify(parsed.data, null, 1)], `ket-luan-${slugify(d.subject.name)}-${d.year}.ketluan.json`, 'application/json');
    setMsg({ m: t.exported, kind: 'ok' });
  };
  return (
    <div class="tool-review" data-review={d.id}>
      <h2 class="tool-title">{t.title(d.subject.name, d.year)}</h2>
      <p class="tool-small">
        {set.name}. {t.readOnly}
      </p>
      <p>
        {/* The verdict's own words start with "Tự đánh giá:"; only the fallbacks need the label. */}
        {v.evaluation ? (
          <strong>{v.evaluation.reached ? toolUi.dossier.reached(v.evaluation.reached.name) : toolUi.dossier.notReached}</strong>
        ) : (
          <>
            {t.selfResult}: <strong>{v.error ?? toolUi.dossier.notJudged(set.missing.length)}</strong>
          </>
        )}
      </p>
      <TextField label={t.reviewer} value={review.reviewer} onCommit={(val) => markupErr(val) ?? (update((r) => ({ ...r, reviewer: val })), null)} />
      {set.criteria.map((c, ci) => (
        <fieldset class="tool-criterion">
          <legend>
            {toolUi.dossier.criterion(ci + 1)}. {c.name}
          </legend>
          {dossierItems(set).filter((x) => x.criterionId === c.id).map((it) => {
            const ind = { id: it.key };
            const a = d.answers[ind.id];
            const item = review.items[ind.id] ?? { verdict: null, reason: '' };
            const setItem = (p: Partial<typeof item>) => update((r) => ({ ...r, items: { ...r.items, [ind.id]: { ...(r.items[ind.id] ?? item), ...p } } }));
            const ii = it.number - 1;
            return (
              <div class="tool-indicator" data-indicator={ind.id}>
                <p class="tool-indicator__text">
                  <strong>{itemLabel(set, it.key)}</strong> {it.text}
                </p>
                <p>
                  {t.selfResult}: <strong>{statusText[a?.status ?? 'chua-danh-gia']}</strong>
                  {a?.note && `. ${a.note}`}
                </p>
                <EvidenceList items={evidenceFor(d, ind.id)} readOnly />
                <div role="radiogroup" class="tool-radios" aria-label={t.opinionOf(`${ci + 1}.${ii + 1}`)} data-item={it.key}>
                  {(['dong-y', 'khong-dong-y'] as const).map((s) => (
                    <label>
                      <input type="radio" name={`td-${ind.id}`} checked={item.verdict === s} onChange={() => setItem({ verdict: s })} /> {t.verdict[s]}
                    </label>
                  ))}
                </div>
                <TextField label={item.verdict === 'khong-dong-y' ? t.reasonRequired : t.reason} multiline value={item.reason} onCommit={(val) => markupErr(val) ?? (setItem({ reason: val }), null)} />
              </div>
            );
          })}
        </fieldset>
      ))}
      <Section title={t.conclusionHeading} id="ket-luan">
        <div class="field">
          <label for="kl-muc">{t.level}</label>
          <select id="kl-muc" value={review.conclusion.level ?? ''} onChange={(e) => update((r) => ({ ...r, conclusion: { ...r.conclusion, level: (e.currentTarget as HTMLSelectElement).value || null } }))}>
            <option value="">{t.noLevel}</option>
            {set.levels.map((l) => (
              <option value={l.id}>{l.name}</option>
            ))}
          </select>
        </div>
        <TextField label={t.conclusionText} multiline value={review.conclusion.text} onCommit={(val) => markupErr(val) ?? (update((r) => ({ ...r, conclusion: { ...r.conclusion, text: val } })), null)} />
        <TextField label={t.date} type="date" value={review.conclusion.date ?? ''} onCommit={(val) => (update((r) => ({ ...r, conclusion: { ...r.conclusion, date: val || null } })), null)} />
      </Section>
      <div class="tool-actions">
        <button type="button" onClick={exportReview} data-action="export-review">
          {t.export}
        </button>
        <button type="button" onClick={() => setMinute((m) => !m)} data-action="minute">
          {minute ? t.hideMinute : t.showMinute}
        </button>
        {minute && (
          <button type="button" onClick={() => print()}>
            {t.print}
          </button>
        )}
      </div>
      <Status message={msg?.m ?? null} kind={msg?.kind ?? 'ok'} />
      {minute && <DocView doc={reviewMinute(set, d, review)} />}
    </div>
  );
}
