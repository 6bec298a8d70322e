/** A document model drawn as HTML for the screen and for printing on A4. */
import type { DocumentModel } from '../../lib/dossier/documents';

export function DocView({ doc }: { doc: DocumentModel }) {
  return (
    <article class="tool-doc" data-doc={doc.id}>
      <h2>{doc.title}</h2>
      {doc.blocks.map((b) =>
        b.kind === 'heading' ? (
          <h3>{b.text}</h3>
        ) : b.kind === 'para' ? (
          <p>{b.text}</p>
        ) : (
          <div class="table-scroll" tabindex={0} role="region" aria-label={doc.title}>
            <table>
              <thead>
                <tr>
                  {b.head.map((h) => (
                    <th scope="col">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {b.rows.map((r) => (
                  <tr>
                    {r.map((c) => (
                      <td>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ),
      )}
    </article>
  );
}
