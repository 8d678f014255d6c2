import { useEffect, useState } from 'preact/hooks';
import { ApiError, request } from '../shared/api';
import { refusal, t } from '../shared/i18n';
import type { SessionResponse } from '../shared/types';
import { go } from '../shared/route';
import { saveSession } from './session';
import { connection } from './sync';
import { refreshWorkload } from './workload';

export function SignIn({ code: linked }: { code?: string }) {
  const [code, setCode] = useState(linked ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(value: string) {
    setBusy(true);
    setError(null);
    try {
      const session = await request<SessionResponse>('POST', '/api/sessions', null, { code: value.trim() });
      saveSession(session);
      connection.value = 'online';
      await refreshWorkload();
      go();
    } catch (e) {
      setError(e instanceof ApiError ? refusal(e.problem) : String(e));
    } finally {
      setBusy(false);
    }
  }

  // A QR code carries the code in the link: sign in at once.
  useEffect(() => {
    if (linked) {
      void submit(linked);
    }
  }, [linked]);

  return (
    <form
      class="sign-in"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(code);
      }}
    >
      <h1>{t('appTitle')}</h1>
      <p>{t('signInHint')}</p>
      <label>
        {t('signInCode')}
        <input name="code" value={code} autocomplete="off" autocapitalize="off" onInput={(e) => setCode(e.currentTarget.value)} />
      </label>
      <button class="primary big" type="submit" disabled={busy || code.trim() === ''}>
        {t('signIn')}
      </button>
      {error && (
        <p class="error" role="alert">
          {t('signInFailed')}: {error}
        </p>
      )}
    </form>
  );
}
