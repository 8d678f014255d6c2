import { signal } from '../shared/signal';

/**
 * Every mark and submission is first written here, in IndexedDB, with the id the server will deduplicate on, and
 * stays until the server acknowledges it: a tablet that loses Wi-Fi, is reloaded or runs out of battery loses
 * nothing, and a resend can never be counted twice.
 */
export type OutboxStatus = 'pending' | 'synced' | 'rejected';

export interface OutboxEntry {
  id: string;
  /** Order of entry on this tablet; the outbox drains in this order. */
  seq: number;
  kind: 'mark' | 'submission';
  judgeId: string;
  contestId: string;
  eventCode: string;
  competitorId: string;
  aspectId?: string;
  value?: number;
  createdAt: string;
  status: OutboxStatus;
  error?: string;
  /** The problem code of a refusal (absent in entries stored before codes were kept). */
  errorCode?: string;
}

const databaseName = 'competitions-judge';
const storeName = 'outbox';

/** Changes whenever the outbox does, so screens re-read it. */
export const outboxVersion = signal(0);

let database: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  database ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(storeName, { keyPath: 'id' });
      store.createIndex('seq', 'seq', { unique: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return database;
}

function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(storeName, mode);
        const request = action(transaction.objectStore(storeName));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      }),
  );
}

export async function allEntries(): Promise<OutboxEntry[]> {
  const entries = await run<OutboxEntry[]>('readonly', (store) => store.index('seq').getAll());
  return entries;
}

/** Numbers and stores an entry in one transaction, so taps faster than IndexedDB never share a number or get lost. */
export async function add(entry: Omit<OutboxEntry, 'seq' | 'status' | 'createdAt'>): Promise<void> {
  const db = await open();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction(storeName, 'readwrite');
    const store = transaction.objectStore(storeName);
    const last = store.index('seq').openCursor(null, 'prev');
    last.onsuccess = () => {
      const seq = last.result ? (last.result.value as OutboxEntry).seq + 1 : 1;
      store.add({ ...entry, seq, status: 'pending', createdAt: new Date().toISOString() });
    };
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
  outboxVersion.value++;
}

export async function update(entry: OutboxEntry): Promise<void> {
  await run('readwrite', (store) => store.put(entry));
  outboxVersion.value++;
}

/** Synced entries are only kept for display; the oldest go once there are many. */
export async function pruneSynced(keep = 500): Promise<void> {
  const synced = (await allEntries()).filter((e) => e.status === 'synced');
  const excess = synced.slice(0, Math.max(0, synced.length - keep));
  for (const entry of excess) {
    await run('readwrite', (store) => store.delete(entry.id));
  }
}
