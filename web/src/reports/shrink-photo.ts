import { MAX_PHOTO_MB, PHOTO_TYPES } from './photo-check.ts';

/** Long side of a photo re-encoded to fit: still sharp enough to see a littered kerb at full screen. */
const LONG_SIDE = 2560;

/**
 * A phone camera's photo can pass the 5 MB limit: such a file is redrawn as a JPEG no longer than
 * 2560 px on its long side (about 1 MB), so the reporter need not find a smaller one. Other files,
 * and any the browser cannot decode, come back as they were (the checks then name them).
 */
export async function shrinkPhoto(file: File): Promise<File> {
  if (file.size <= MAX_PHOTO_MB * 1024 * 1024 || !(PHOTO_TYPES as readonly string[]).includes(file.type)) return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob ? new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' }) : file;
  } catch {
    return file;
  }
}
