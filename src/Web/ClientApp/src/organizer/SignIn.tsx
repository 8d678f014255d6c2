import { useState } from 'preact/hooks';
import { language, setLanguage, t } from '../shared/i18n';
import { api } from './consoleApi';
import { useAction } from './Busy';
import { Outcome } from './Outcome';

export function SignIn({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();

  const submit = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api.post('/api/account/sign-in', { userName, password });
      await onSignedIn();
    });
  };

  return (
    <form class="sign-in panel" onSubmit={submit}>
      <div class="toolbar">
        <h1>{t('consoleTitle')}</h1>
        <button type="button" class="link" data-testid="language" onClick={() => setLanguage(language.value === 'zh-CN' ? 'en' : 'zh-CN')}>
          {t('language')}
        </button>
      </div>
      <p class="muted">{t('consoleSignInHint')}</p>
      <label>
        {t('userName')}
        <input name="userName" autocomplete="username" value={userName} onInput={(e) => setUserName(e.currentTarget.value)} required />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} required />
      </label>
      <button class="primary" type="submit" disabled={action.busy} data-testid="sign-in">
        {t('signIn')}
      </button>
      <Outcome message={null} error={action.error} />
    </form>
  );
}
