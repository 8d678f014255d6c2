import { useCallback, useEffect, useState } from 'preact/hooks';
import { describe } from './consoleApi';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
}

/** Loads once per key (and again on reload, or every pollMs while shown); keeps the last data through errors. */
export function useLoad<T>(load: () => Promise<T>, key: string, pollMs?: number): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);

  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && (setData(value), setError(null)),
      (failure) => live && setError(describe(failure)),
    );
    const timer = pollMs ? setInterval(reload, pollMs) : undefined;
    return () => {
      live = false;
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);

  return { data, error, reload };
}
