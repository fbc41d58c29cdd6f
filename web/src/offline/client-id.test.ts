import { afterEach, describe, expect, it, vi } from 'vitest';
import { newClientId } from './client-id.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newClientId', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete (crypto as { randomUUID?: unknown }).randomUUID;
  });

  it('is a UUID v4, a new one each time', () => {
    const a = newClientId();
    expect(a).toMatch(UUID_V4);
    expect(newClientId()).not.toBe(a);
  });

  it('builds a v4 UUID from getRandomValues where randomUUID is missing (plain http)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((a: ArrayBufferView) => {
      new Uint8Array(a.buffer, a.byteOffset, a.byteLength).fill(0xff);
      return a;
    });
    expect(newClientId()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
