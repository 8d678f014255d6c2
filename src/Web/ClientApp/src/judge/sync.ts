import { ApiError, OfflineError, request } from '../shared/api';
import { signal } from '../shared/signal';
import { allEntries, outboxVersion, pruneSynced, update, type OutboxEntry } from './outbox';
import { session } from './session';

export type Connection = 'online' | 'offline' | 'signed-out';

export const connection = signal<Connection>(navigator.onLine ? 'online' : 'offline');

let draining: Promise<void> | null = null;
let retryTimer: number | undefined;
let retryDelay = 1000;

/** Sends pending entries one at a time, oldest first, until the outbox is empty or the network fails. */
export function drain(): Promise<void> {
  draining ??= drainOnce().finally(() => {
    draining = null;
  });
  return draining;
}

async function drainOnce(): Promise<void> {
  const token = session.value?.token ?? null;
  if (!token) {
    return;
  }

  // Re-read after every entry: marks entered while draining join the same run, still in order.
  for (;;) {
    const entry = (await allEntries()).find((e) => e.status === 'pending');
    if (!entry) {
      break;
    }

    try {
      await send(entry, token);
      await update({ ...entry, status: 'synced', error: undefined });
      connection.value = 'online';
      retryDelay = 1000;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        // The entry stays pending: it is sent after the judge signs in again.
        connection.value = 'signed-out';
        return;
      }
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        await update({ ...entry, status: 'rejected', error: error.message });
        continue;
      }
      // Offline or a server hiccup (5xx): nothing was acknowledged, so keep the order and try again later.
      connection.value = error instanceof OfflineError ? 'offline' : connection.value;
      scheduleRetry();
      return;
    }
  }

  await pruneSynced();
}

function send(entry: OutboxEntry, token: string): Promise<unknown> {
  const base = `/api/contests/${entry.contestId}/events/${entry.eventCode}/competitors/${entry.competitorId}`;
  return entry.kind === 'mark'
    ? request('POST', `${base}/marks`, token, { markId: entry.id, aspectId: entry.aspectId, value: entry.value, deviceId: deviceId() })
    : request('POST', `${base}/submissions`, token, { entryId: entry.id, deviceId: deviceId() });
}

function scheduleRetry(): void {
  window.clearTimeout(retryTimer);
  retryTimer = window.setTimeout(() => void drain(), retryDelay);
  retryDelay = Math.min(retryDelay * 2, 30_000);
}

/** A stable id for this tablet, recorded with every mark in the ledger. */
export function deviceId(): string {
  let id = localStorage.getItem('device-id');
  if (!id) {
    id = `tablet-${crypto.randomUUID().slice(0, 8)}`;
    localStorage.setItem('device-id', id);
  }
  return id;
}

export function startSync(): void {
  window.addEventListener('online', () => {
    connection.value = 'online';
    retryDelay = 1000;
    void drain();
  });
  window.addEventListener('offline', () => {
    connection.value = 'offline';
  });
  outboxVersion.subscribe(() => {
    if (connection.value !== 'signed-out') {
      void drain();
    }
  });
  session.subscribe((value) => {
    if (value) {
      connection.value = navigator.onLine ? 'online' : 'offline';
      void drain();
    }
  });
  void drain();
}
