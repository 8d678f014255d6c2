import { ApiError, OfflineError, request } from '../shared/api';
import { signal } from '../shared/signal';
import { allEntries, outboxVersion, pruneSynced, update, type OutboxEntry } from './outbox';
import { session } from './session';

export type Connection = 'online' | 'offline' | 'signed-out';

export const connection = signal<Connection>(navigator.onLine ? 'online' : 'offline');

let draining: Promise<void> | null = null;
let retryTimer: number | undefined;
let retryDelay = 1000;

/** What the server asks for when it answers some marks of a batch with 503 (ClusterCallBudget.RetryAfterSeconds). */
const serverRetryMs = 1000;

/** Marks sent in one request at most: a long outage's backlog goes in a few requests, each well under a megabyte. */
const maxBatch = 100;

interface MarkOutcome {
  markId: string;
  status: number;
  code?: string;
  detail?: string;
}

/**
 * Sends pending entries oldest first until the outbox is empty or the network fails. Consecutive marks of one
 * contest go together as one batch (a tablet back from a Wi-Fi outage syncs its backlog in a few requests); a
 * submission goes on its own, after the marks entered before it.
 */
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

  // Re-read after every request: marks entered while draining join the same run, still in order.
  for (;;) {
    const pending = (await allEntries()).filter((e) => e.status === 'pending');
    if (pending.length === 0) {
      break;
    }

    const first = pending[0];
    const run =
      first.kind === 'mark'
        ? takeWhile(pending, (e) => e.kind === 'mark' && e.contestId === first.contestId).slice(0, maxBatch)
        : [first];
    try {
      const retry = first.kind === 'mark' ? await sendMarks(run, token) : await sendSubmission(first, token);
      connection.value = 'online';
      if (retry) {
        // The server could not store some marks just now (it answers so within seconds when it loses a silo): they
        // stay pending, in order, and are resent after the second it asks for rather than a growing back-off.
        scheduleRetry(serverRetryMs);
        return;
      }
      retryDelay = 1000;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        // The entries stay pending: they are sent after the judge signs in again.
        connection.value = 'signed-out';
        return;
      }
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        for (const entry of run) {
          await update({ ...entry, status: 'rejected', error: error.message, errorCode: error.problem.code });
        }
        continue;
      }
      // Offline or a server hiccup (5xx): nothing was acknowledged, so keep the order and try again later.
      connection.value = error instanceof OfflineError ? 'offline' : connection.value;
      scheduleRetry(error instanceof ApiError ? error.retryAfterMs : undefined);
      return;
    }
  }

  await pruneSynced();
}

/** Sends a run of marks; true when some were not acknowledged and must be retried. */
async function sendMarks(marks: OutboxEntry[], token: string): Promise<boolean> {
  const answer = await request<{ outcomes: MarkOutcome[] }>('POST', `/api/contests/${marks[0].contestId}/marks`, token, {
    marks: marks.map((m) => ({
      markId: m.id,
      eventCode: m.eventCode,
      competitorId: m.competitorId,
      aspectId: m.aspectId,
      value: m.value,
      deviceId: deviceId(),
    })),
  });
  let retry = false;
  for (const [index, outcome] of answer.outcomes.entries()) {
    const entry = marks[index];
    if (outcome.status >= 200 && outcome.status < 300) {
      await update({ ...entry, status: 'synced', error: undefined, errorCode: undefined });
    } else if (outcome.status >= 400 && outcome.status < 500) {
      await update({ ...entry, status: 'rejected', error: outcome.detail ?? `HTTP ${outcome.status}`, errorCode: outcome.code });
    } else {
      retry = true;
    }
  }
  return retry;
}

async function sendSubmission(entry: OutboxEntry, token: string): Promise<boolean> {
  const base = `/api/contests/${entry.contestId}/events/${entry.eventCode}/competitors/${entry.competitorId}`;
  await request('POST', `${base}/submissions`, token, { entryId: entry.id, deviceId: deviceId() });
  await update({ ...entry, status: 'synced', error: undefined });
  return false;
}

function takeWhile<T>(items: T[], keep: (item: T) => boolean): T[] {
  const end = items.findIndex((item) => !keep(item));
  return end < 0 ? items : items.slice(0, end);
}

/** The server's own request to resend (Retry-After) wins; otherwise (offline) the wait doubles up to 30 s. */
function scheduleRetry(serverAsked?: number): void {
  window.clearTimeout(retryTimer);
  retryTimer = window.setTimeout(() => void drain(), serverAsked ?? retryDelay);
  if (serverAsked === undefined) {
    retryDelay = Math.min(retryDelay * 2, 30_000);
  }
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
