import { useState } from 'preact/hooks';
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
      <h1>组委会控制台</h1>
      <p class="muted">Organizer console: sign in with the account an administrator gave you.</p>
      <label>
        用户名 User name
        <input name="userName" autocomplete="username" value={userName} onInput={(e) => setUserName(e.currentTarget.value)} required />
      </label>
      <label>
        密码 Password
        <input name="password" type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} required />
      </label>
      <button class="primary" type="submit" disabled={action.busy}>
        登录 Sign in
      </button>
      <Outcome message={null} error={action.error} />
    </form>
  );
}
