import type { Problem } from './types';

/** Thrown for any non-2xx answer; carries the RFC 7807 problem the server sent. */
export class ApiError extends Error {
  constructor(
    public readonly problem: Problem,
    /** A 503's Retry-After in milliseconds: the cluster is recovering (e.g. a server was lost) and asks for a resend. */
    public readonly retryAfterMs?: number,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }

  get status(): number {
    return this.problem.status;
  }
}

/** The network is down or the server unreachable: nothing was acknowledged. */
export class OfflineError extends Error {}

export async function request<T>(method: string, url: string, token: string | null, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch (error) {
    throw new OfflineError(String(error));
  }

  return readAnswer<T>(response);
}

/** The body of a 2xx answer (nothing for 204); otherwise throws the RFC 7807 problem the server sent. */
export async function readAnswer<T>(response: Response): Promise<T> {
  if (!response.ok) {
    let problem: Problem = { status: response.status, title: response.statusText };
    try {
      problem = { ...problem, ...(await response.json()) };
    } catch {
      // Not every failure carries a body (a proxy's 502, say).
    }
    const retryAfter = Number(response.headers.get('Retry-After'));
    throw new ApiError(problem, retryAfter > 0 ? retryAfter * 1000 : undefined);
  }

  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

export function newId(): string {
  return crypto.randomUUID();
}
