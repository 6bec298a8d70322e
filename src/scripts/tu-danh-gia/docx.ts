/**
 * Documents as .docx through the `docx` library, loaded only when a person
 * asks for one, so the tool's first load stays small. A4, Times New Roman
 * 13 pt as Vietnamese administrative documents are usually set.
 */
import type { DocumentModel } from '../../lib/dossier/documents';

export async function docxBlob(docs: DocumentModel[], heading: string): Promise<Blob> {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel, AlignmentType, PageBreak } = await import('docx');
  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [];
  docs.forEach((doc, i) => {
    if (i > 0) children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.title.toUpperCase(), bold: true })] }));
    for (const b of doc.blocks) {
      if (b.kind === 'heading') children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: b.text, bold: true })] }));
      else if (b.kind === 'para') children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(b.text)] }));
      else {
        const row = (cells: string[], bold = false) =>
          new TableRow({ tableHeader: bold, children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold })] })] })) });
        children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(b.head, true), ...b.rows.map((r) => row(r))] }));
      }
    }
  });
  const doc = new Document({
    creator: 'Hồ sơ tự đánh giá',
    title: heading,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }],
  });
  return Packer.toBlob(doc);
}
