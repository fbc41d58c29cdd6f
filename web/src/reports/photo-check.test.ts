import { describe, expect, it } from 'vitest';
import { photoProblem, pickPhotos } from './photo-check.ts';

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

describe('pickPhotos', () => {
  const png = (name: string) => ({ name, type: 'image/png', size: 100 });

  it('adds good files up to nine in all, naming each one left out and why', () => {
    const picked = pickPhotos(7, [png('a.png'), { name: 'b.gif', type: 'image/gif', size: 1 }, png('c.png'), png('d.png')]);
    expect(picked.added.map((f) => f.name)).toEqual(['a.png', 'c.png']);
    expect(picked.refused).toEqual([
      { key: 'photos.badType', params: { name: 'b.gif' } },
      { key: 'photos.tooMany', params: { max: 9, name: 'd.png' } },
    ]);
  });

  it('adds nothing to a report that has nine', () => {
    expect(pickPhotos(9, [png('a.png')])).toEqual({ added: [], refused: [{ key: 'photos.tooMany', params: { max: 9, name: 'a.png' } }] });
  });
});
