import { describe, expect, it } from 'vitest';
import { photoProblem } from './photo-check.ts';

describe('photoProblem', () => {
  it('accepts JPEG, PNG and WebP up to 5 MB', () => {
    expect(photoProblem({ name: 'a.jpg', type: 'image/jpeg', size: 5 * 1024 * 1024 })).toBeNull();
    expect(photoProblem({ name: 'a.webp', type: 'image/webp', size: 10 })).toBeNull();
  });

  it('names the file that is too large or not an image', () => {
    expect(photoProblem({ name: 'big.png', type: 'image/png', size: 5 * 1024 * 1024 + 1 })).toEqual({ key: 'photos.tooLarge', params: { name: 'big.png', mb: 5 } });
    expect(photoProblem({ name: 'scan.pdf', type: 'application/pdf', size: 10 })).toEqual({ key: 'photos.badType', params: { name: 'scan.pdf' } });
    expect(photoProblem({ name: 'x.heic', type: 'image/heic', size: 10 })?.key).toBe('photos.badType');
  });
});
