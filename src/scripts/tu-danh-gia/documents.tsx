/** The documents of one dossier: on screen, printed on A4, or as a .docx to edit and sign in Word. */
import { useEffect, useState } from 'preact/hooks';
import { toolUi } from '../../lib/dossier/ui';
import { dossierDocuments } from '../../lib/dossier/documents';
import { dossierVerdict } from '../../lib/dossier/verdict';
import { slugify } from '../../lib/site/slug';
import type { StoredDossier } from '../../lib/dossier/store';
import { download, useTool } from './context';
import { DocView } from './doc-view';
import { Status } from './fields';

const t = toolUi.documents;

export function DocumentsScreen({ id }: { id: string }) {
  const { store, sets } = useTool();
  const [rec, setRec] = useState<StoredDossier | null | undefined>(undefined);
  const [msg, setMsg] = useState<string | null>(null);
  useEffect(() => void store.getDossier(id).then((r) => setRec(r ?? null)), [id]);
  if (rec === undefined) return <p>{toolUi.app.loading}</p>;
  const set = rec && sets.get(rec.dossier.criteriaSet);
  if (!rec || !set) return <p>{toolUi.dossier.notFound}</p>;
  const d = rec.dossier;
  const docs = dossierDocuments(set, d, dossierVerdict(set, d));
  const getDocx = async () => {
    setMsg(t.making);
    const { docxBlob } = await import('./docx');
    download(await docxBlob(docs, `${d.subject.name} ${d.year}`), `ho-so-${slugify(d.subject.name)}-${d.year}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    setMsg(t.made);
  };
  return (
    <div class="tool-documents">
      <p class="no-print">
        <a href={`#/ho-so/${d.id}`}>{t.back(d.subject.name)}</a>
      </p>
      <div class="tool-actions no-print">
        <button type="button" onClick={() => print()} data-action="print">
          {t.print}
        </button>
        <button type="button" onClick={getDocx} data-action="docx">
          {t.docx}
        </button>
      </div>
      <Status message={msg} />
      <p class="tool-small no-print">{t.intro}</p>
      {docs.map((doc) => (
        <DocView doc={doc} />
      ))}
    </div>
  );
}
