import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A .docx read back: each paragraph's text (word/document.xml, runs joined) and the names of its media files. */
export function readDocx(bytes: Uint8Array): { paragraphs: string[]; media: string[] } {
  const files = unzipSync(bytes);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('not a Word document: word/document.xml is missing');
  const paragraphs = strFromU8(xml)
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((p) => p.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]))
    .filter((p) => p !== '');
  return { paragraphs, media: Object.keys(files).filter((f) => f.startsWith('word/media/')) };
}
