/** Long side of a queued photo: sharp at full screen, about half a megabyte as JPEG. */
export const QUEUE_LONG_SIDE = 2048;

/**
 * The size a w×h photo is drawn at so its long side is at most `max` px, keeping its shape
 * (whole pixels, at least 1); a smaller photo keeps its size.
 */
export function fitLongSide(width: number, height: number, max = QUEUE_LONG_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * A photo made small on the phone before it waits in the queue (storage in a webview is scarce, and
 * the upload later may be over a weak signal): redrawn as a JPEG no longer than 2048 px. A JPEG that
 * already fits is kept as it is; a file the browser cannot decode is kept too, for the server to judge.
 */
export async function shrinkForQueue(file: File): Promise<File> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const size = fitLongSide(bitmap.width, bitmap.height);
    if (file.type === 'image/jpeg' && size.width === bitmap.width && size.height === bitmap.height) {
      bitmap.close();
      return file;
    }
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, size.width, size.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob ? new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' }) : file;
  } catch {
    return file;
  }
}
