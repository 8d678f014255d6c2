import { useState } from 'preact/hooks';
import { describe } from './consoleApi';

/** Runs one action at a time and keeps its outcome for the page to show (message or readable error). */
export function useAction(): {
  busy: boolean;
  message: string | null;
  error: string | null;
  run: (action: () => Promise<string | void>) => Promise<boolean>;
} {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<string | void>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage((await action()) ?? null);
      return true;
    } catch (failure) {
      setError(describe(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, error, run };
}
