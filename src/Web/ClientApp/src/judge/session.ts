import { signal } from '../shared/signal';
import type { SessionResponse } from '../shared/types';

const key = 'judge-session';

/** The tablet's session. Kept in localStorage so a reload (even offline) stays signed in. */
export const session = signal<SessionResponse | null>(load());

function load(): SessionResponse | null {
  const stored = localStorage.getItem(key);
  return stored ? (JSON.parse(stored) as SessionResponse) : null;
}

export function saveSession(value: SessionResponse | null): void {
  if (value) {
    localStorage.setItem(key, JSON.stringify(value));
  } else {
    localStorage.removeItem(key);
  }
  session.value = value;
}
