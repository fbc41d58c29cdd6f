import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page of a PDF, as a reader's search sees it (pdf.js, no rendering), NFKC
 * normalised: pdf.js reads some CJK glyphs of Chromium's fonts as their Kangxi radical twins
 * (⼤ U+2F24 for 大 U+5927), which NFKC maps back. Compare against NFKC-normalised text too.
 */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').normalize('NFKC'));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
