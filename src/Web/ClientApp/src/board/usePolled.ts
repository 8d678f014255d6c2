import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/api';

/** GETs a public URL now and every few seconds; keeps the last good answer when a poll fails. */
export function usePolled<T>(url: string, intervalMs = 5000): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      request<T>('GET', url, null).then(
        (fresh) => alive && setValue(fresh),
        () => undefined,
      );
    void load();
    const timer = window.setInterval(() => void load(), intervalMs);
    return () => {
      alive = false;
      window.clearInterval(timer);
    };
  }, [url, intervalMs]);
  return value;
}
