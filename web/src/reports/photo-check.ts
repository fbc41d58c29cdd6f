import type { Message } from './countdown.ts';

/** The API's limits (api/src/services/photos.ts); checked here too so a wrong file fails before it uploads. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_PHOTO_MB = 5;
export const MAX_PHOTOS = 9;

/** Why a chosen file will not be accepted, or null when it looks fine. The server sniffs the bytes anyway. */
export function photoProblem(file: { name: string; type: string; size: number }): Message | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return { key: 'photos.badType', params: { name: file.name } };
  if (file.size > MAX_PHOTO_MB * 1024 * 1024) return { key: 'photos.tooLarge', params: { name: file.name, mb: MAX_PHOTO_MB } };
  return null;
}
