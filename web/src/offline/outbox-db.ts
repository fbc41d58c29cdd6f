import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxItem } from './outbox-item.ts';

interface OutboxSchema extends DBSchema {
  outbox: { key: string; value: OutboxItem };
}

/** The queue in IndexedDB: it outlives a reload, a closed tab and an ended session. */
export class OutboxDb {
  private db: Promise<IDBPDatabase<OutboxSchema>> | null = null;

  constructor(private readonly name = 'wangge-offline') {}

  private open() {
    this.db ??= openDB<OutboxSchema>(this.name, 1, {
      upgrade(db) {
        db.createObjectStore('outbox', { keyPath: 'id' });
      },
    });
    return this.db;
  }

  async all(): Promise<OutboxItem[]> {
    return (await this.open()).getAll('outbox');
  }

  async put(item: OutboxItem): Promise<void> {
    await (await this.open()).put('outbox', item);
  }

  async delete(id: string): Promise<void> {
    await (await this.open()).delete('outbox', id);
  }
}
