import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../db/sqlite-store.ts';

describe('the SQLite file', () => {
  it('syncs every commit to disk (synchronous = FULL, in WAL mode), so an acknowledged write survives a power cut', async () => {
    const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'wangge-db-')), 'wangge.db'));
    expect(store.client.pragma('journal_mode', { simple: true })).toBe('wal');
    // SQLite's codes: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
    expect(store.client.pragma('synchronous', { simple: true })).toBe(2);
    await store.close();
  });
});
