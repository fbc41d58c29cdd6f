import { MAX_REPORT_PHOTOS } from '@wangge/geodata';
import type { Message } from './countdown.ts';

/** The API's limits; checked here too so a wrong file fails before it is sent. The server sniffs the bytes anyway. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_PHOTO_MB = 5;
export const MAX_PHOTOS = MAX_REPORT_PHOTOS;

type FileLike = { name: string; type: string; size: number };

/** Why a chosen file will not be accepted, or null when it looks fine. */
export function photoProblem(file: FileLike): Message | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return { key: 'photos.badType', params: { name: file.name } };
  if (file.size > MAX_PHOTO_MB * 1024 * 1024) return { key: 'photos.tooLarge', params: { name: file.name, mb: MAX_PHOTO_MB } };
  return null;
}

/** Which of the chosen files join a report that already has `count` photos, and why the others do not. */
export function pickPhotos<F extends FileLike>(count: number, files: readonly F[]): { added: F[]; refused: Message[] } {
  const added: F[] = [];
  const refused: Message[] = [];
  for (const file of files) {
    const problem = photoProblem(file);
    if (problem) refused.push(problem);
    else if (count + added.length >= MAX_PHOTOS) refused.push({ key: 'photos.tooMany', params: { max: MAX_PHOTOS, name: file.name } });
    else added.push(file);
  }
  return { added, refused };
}
