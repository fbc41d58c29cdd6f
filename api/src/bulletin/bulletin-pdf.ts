import type { Browser } from 'playwright-core';
import type { Block, PrintedDocument } from './sections.ts';

/** A map printed under the blocks, with its caption. */
export interface Figure {
  png: Uint8Array;
  caption: string;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function blockHtml(b: Block): string {
  if (b.kind === 'heading') return `<h2>${escape(b.text)}</h2>`;
  if (b.kind === 'line') return `<p>${escape(b.text)}</p>`;
  const row = (cells: string[], tag: 'th' | 'td') => `<tr>${cells.map((c) => `<${tag}>${escape(c)}</${tag}>`).join('')}</tr>`;
  return `<table><thead>${row(b.header, 'th')}</thead><tbody>${b.rows.map((r) => row(r, 'td')).join('')}</tbody></table>`;
}

const STYLE = `
@page { size: A4; margin: 16mm 16mm 14mm; }
body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 10.5pt; line-height: 1.5; color: #000; margin: 0; }
.issuer { text-align: center; color: #c00; font-size: 26pt; font-weight: bold; letter-spacing: 0.3em; border-bottom: 2px solid #c00; padding-bottom: 4mm; margin-bottom: 4mm; }
h1 { text-align: center; font-size: 16pt; margin: 0 0 1mm; }
.subtitle { text-align: center; margin: 0 0 4mm; }
h2 { font-size: 11.5pt; margin: 3mm 0 1mm; }
p { margin: 0 0 1mm; text-indent: 0; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; font-size: 9.5pt; }
th, td { border: 1px solid #444; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #eee; }
figure { margin: 3mm 0 0; break-inside: avoid; }
figure img { width: 100%; border: 1px solid #999; }
figcaption { text-align: center; font-size: 9.5pt; }
`;

/** The document as one HTML page for Chromium to print: the red 县创文办 head, the blocks, then the map. */
export function bulletinHtml(doc: PrintedDocument, figure: Figure | null): string {
  const map = figure
    ? `<figure><img alt="${escape(figure.caption)}" src="data:image/png;base64,${Buffer.from(figure.png).toString('base64')}"><figcaption>${escape(figure.caption)}</figcaption></figure>`
    : '';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<div class="issuer">${escape(doc.issuer)}</div><h1>${escape(doc.title)}</h1><p class="subtitle">${escape(doc.subtitle)}</p>
${doc.blocks.map(blockHtml).join('\n')}
${map}</body></html>`;
}

/** Prints the document (the 通报, a round's 测评报告) to an A4 PDF (text stays text) in a page of the given browser. */
export async function bulletinPdf(doc: PrintedDocument, figure: Figure | null, browser: Browser): Promise<Uint8Array> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    const page = await context.newPage();
    await page.setContent(bulletinHtml(doc, figure), { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await context.close();
  }
}
