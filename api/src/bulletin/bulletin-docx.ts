import { AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, BulletinDocument } from './sections.ts';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
/** The map sheet is A4 landscape: 297 × 210 mm. */
const MAP_WIDTH_PX = 600;
const MAP_HEIGHT_PX = Math.round((MAP_WIDTH_PX * 210) / 297);

const text = (t: string, opts: { bold?: boolean; size?: number; color?: string } = {}) => new TextRun({ text: t, font: FONT, size: opts.size ?? 21, bold: opts.bold, color: opts.color });

function cell(t: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [text(t, { bold, size: 19 })] })] });
}

function blockOf(b: Block): Paragraph | Table {
  if (b.kind === 'heading') return new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 160, after: 60 }, children: [text(b.text, { bold: true, size: 23 })] });
  if (b.kind === 'line') return new Paragraph({ spacing: { after: 40 }, children: [text(b.text)] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: b.header.map((h) => cell(h, true)) }), ...b.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

/** The 通报 as a Word document (.docx): the red 县创文办 head, the blocks, then the status map. */
export async function bulletinDocx(doc: BulletinDocument, mapPng: Uint8Array | null): Promise<Uint8Array> {
  const head = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'CC0000', space: 4 } },
      children: [text(doc.issuer, { bold: true, size: 52, color: 'CC0000' })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120 }, children: [text(doc.title, { bold: true, size: 32 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [text(doc.subtitle)] }),
  ];
  const map = mapPng
    ? [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 160 }, children: [new ImageRun({ type: 'png', data: mapPng, transformation: { width: MAP_WIDTH_PX, height: MAP_HEIGHT_PX }, altText: { name: 'map', title: '本周网格报送状态图', description: '本周网格报送状态图' } })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [text('本周网格报送状态图', { size: 19 })] }),
      ]
    : [];
  const document = new Document({
    creator: doc.issuer,
    title: doc.title,
    sections: [{ properties: { page: { margin: { top: 900, bottom: 800, left: 900, right: 900 } } }, children: [...head, ...doc.blocks.map(blockOf), ...map] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
