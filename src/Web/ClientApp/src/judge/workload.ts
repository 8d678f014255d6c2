import { ApiError, OfflineError, request } from '../shared/api';
import { signal } from '../shared/signal';
import type { JudgeWorkload } from '../shared/types';
import { session } from './session';
import { connection } from './sync';

const cacheKey = 'judge-workload';

/** The judge's assignments and own marks as the server last sent them; cached so the app works after an offline reload. */
export const workload = signal<JudgeWorkload | null>(loadCached());

function loadCached(): JudgeWorkload | null {
  const cached = localStorage.getItem(cacheKey);
  return cached ? (JSON.parse(cached) as JudgeWorkload) : null;
}

export async function refreshWorkload(): Promise<void> {
  const token = session.value?.token;
  if (!token) {
    return;
  }
  try {
    const fresh = await request<JudgeWorkload>('GET', '/api/judge/workload', token);
    localStorage.setItem(cacheKey, JSON.stringify(fresh));
    workload.value = fresh;
    if (connection.value === 'offline') {
      connection.value = 'online';
    }
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      connection.value = 'signed-out';
    } else if (error instanceof OfflineError) {
      connection.value = 'offline';
    }
  }
}

export function clearWorkload(): void {
  localStorage.removeItem(cacheKey);
  workload.value = null;
}

/** Status changes reach the tablet by this poll (and at once after every sync); re-mark requests also by push (workPush.ts). */
export function startWorkloadPolling(intervalMs = 5000): void {
  void refreshWorkload();
  window.setInterval(() => {
    if (navigator.onLine) {
      void refreshWorkload();
    }
  }, intervalMs);
}
