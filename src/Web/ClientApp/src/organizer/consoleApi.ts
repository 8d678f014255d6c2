import { ApiError, OfflineError, readAnswer } from '../shared/api';
import { refusal, t } from '../shared/i18n';
import type { Problem } from '../shared/types';

// The console signs in with a cookie; every change also carries the anti-forgery token from /api/account.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function send<T>(method: string, url: string, body?: BodyInit, contentType?: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        ...(contentType ? { 'Content-Type': contentType } : {}),
        ...(method !== 'GET' && csrfToken ? { 'X-CSRF-TOKEN': csrfToken } : {}),
      },
      body,
      cache: 'no-store',
    });
  } catch (error) {
    throw new OfflineError(String(error));
  }
  return readAnswer<T>(response);
}

export const api = {
  get: <T>(url: string) => send<T>('GET', url),
  post: <T>(url: string, body?: unknown) => send<T>('POST', url, body === undefined ? undefined : JSON.stringify(body), 'application/json'),
  put: <T>(url: string, body: unknown) => send<T>('PUT', url, JSON.stringify(body), 'application/json'),
  upload: <T>(url: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return send<T>('POST', url, form);
  },
};

/** The console's calls in the shape shared screens take (shared/AnnouncementDesk.tsx). */
export const consoleCall = <T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> =>
  method === 'GET' ? api.get<T>(url) : api.post<T>(url, body);

/** What to show a person for a failed call: the server's own words, with every listed problem. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) {
    const problem = error.problem as Problem & { errors?: unknown };
    const details = Array.isArray(problem.errors) ? '' : problem.errors ? Object.values(problem.errors as Record<string, string[]>).flat().join(' ') : '';
    return [refusal(problem), details].filter(Boolean).join(' ');
  }
  if (error instanceof OfflineError) return t('serverUnreachable');
  return String(error);
}

export function download(url: string): void {
  window.location.href = url;
}
