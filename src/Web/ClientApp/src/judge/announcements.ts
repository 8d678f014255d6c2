import { ApiError, OfflineError, request } from '../shared/api';
import { signal } from '../shared/signal';
import type { JudgeAnnouncement } from '../shared/types';
import { session } from './session';
import { deviceId } from './sync';

const cacheKey = 'judge-announcements';
const queueKey = 'judge-acknowledgements';

/** The fallback while the push connection is down; messages arrive by push (workPush.ts) within a second. */
const PollMs = 30_000;

/** An acknowledgement that could not be sent is tried again this long after, and at once when the network returns. */
const RetryMs = 5_000;

interface QueuedAcknowledgement {
  id: string;
  contestId: string;
  judgeId: string;
  eventCode: string;
}

/**
 * The messages sent to this judge, as the server last listed them, with his acknowledgements: tapped ones count at
 * once, even offline. Cached so an offline reload still shows what is waiting.
 */
export const announcements = signal<JudgeAnnouncement[]>(withQueued(read<JudgeAnnouncement[]>(cacheKey) ?? []));

/** Acknowledgements tapped but not yet stored by the server, oldest first; kept across reloads. */
export const acknowledgementsWaiting = signal<number>(queue().length);

let retryTimer: number | undefined;
let sending: Promise<void> | null = null;

export async function refreshAnnouncements(): Promise<void> {
  const token = session.value?.token;
  if (!token) {
    return;
  }
  try {
    const fresh = await request<JudgeAnnouncement[]>('GET', '/api/judge/announcements', token);
    localStorage.setItem(cacheKey, JSON.stringify(fresh));
    announcements.value = withQueued(fresh);
  } catch {
    // Offline or signed out: the cached list stays; the workload's refresh tells the connection state.
  }
  void sendAcknowledgements();
}

/** The judge has read it: it counts on the tablet at once and is sent, now or when the network allows. */
export function acknowledge(announcement: JudgeAnnouncement): void {
  const current = session.value;
  if (!current) {
    return;
  }
  if (!queue().some((q) => q.id === announcement.id)) {
    saveQueue([...queue(), { id: announcement.id, contestId: current.contestId, judgeId: current.judgeId, eventCode: announcement.eventCode }]);
  }
  announcements.value = withQueued(announcements.value);
  void sendAcknowledgements();
}

/** Sends queued acknowledgements in order; each is stored once however often it is sent (its id follows from the message). */
function sendAcknowledgements(): Promise<void> {
  sending ??= sendQueued().finally(() => {
    sending = null;
  });
  return sending;
}

async function sendQueued(): Promise<void> {
  const current = session.value;
  // Another judge signed in on this tablet sends only his own; the first judge's wait for his next sign-in.
  for (const entry of queue().filter((q) => q.contestId === current?.contestId && q.judgeId === current?.judgeId)) {
    try {
      await request('POST', `/api/contests/${entry.contestId}/events/${encodeURIComponent(entry.eventCode)}/announcements/${entry.id}/acknowledgement`, current!.token, {
        deviceId: deviceId(),
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        return; // kept until the judge signs in again
      }
      if (error instanceof OfflineError || (error instanceof ApiError && error.status >= 500)) {
        // Nothing was stored: kept in order and tried again.
        window.clearTimeout(retryTimer);
        retryTimer = window.setTimeout(() => void sendAcknowledgements(), error instanceof ApiError && error.retryAfterMs ? error.retryAfterMs : RetryMs);
        return;
      }
      // Refused (the message is gone, or not his): there is nothing to retry.
    }
    saveQueue(queue().filter((q) => q.id !== entry.id));
  }
}

export function startAnnouncements(): void {
  void refreshAnnouncements();
  window.setInterval(() => {
    if (navigator.onLine) {
      void refreshAnnouncements();
    }
  }, PollMs);
  window.addEventListener('online', () => void sendAcknowledgements());
  session.subscribe((current) => {
    if (!current) {
      localStorage.removeItem(cacheKey);
      announcements.value = [];
    } else {
      void refreshAnnouncements();
    }
  });
}

/** The list with every queued acknowledgement counted as made. */
function withQueued(list: JudgeAnnouncement[]): JudgeAnnouncement[] {
  const queued = new Set(queue().map((q) => q.id));
  return list.map((a) => (a.acknowledgedAt || !queued.has(a.id) ? a : { ...a, acknowledgedAt: new Date().toISOString() }));
}

function queue(): QueuedAcknowledgement[] {
  return read<QueuedAcknowledgement[]>(queueKey) ?? [];
}

function saveQueue(entries: QueuedAcknowledgement[]): void {
  localStorage.setItem(queueKey, JSON.stringify(entries));
  acknowledgementsWaiting.value = entries.length;
}

function read<T>(key: string): T | null {
  const stored = localStorage.getItem(key);
  return stored ? (JSON.parse(stored) as T) : null;
}
