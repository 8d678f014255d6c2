import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../shared/api';
import { language, setLanguage, t } from '../shared/i18n';
import { useSignal } from '../shared/signal';
import { go, useRoute } from '../shared/route';
import { api, setCsrfToken } from './consoleApi';
import type { Account } from './consoleTypes';
import { AppealsDesk } from './AppealsDesk';
import { ContestList } from './ContestList';
import { ContestPage } from './ContestPage';
import { EventPage } from './EventPage';
import { SignIn } from './SignIn';

interface AccountResponse {
  account: Account;
  csrfToken: string;
}

export function App() {
  const current = useSignal(language);
  const route = useRoute();
  const [account, setAccount] = useState<Account | null | undefined>(undefined);

  const refresh = async () => {
    try {
      const me = await api.get<AccountResponse>('/api/account');
      setCsrfToken(me.csrfToken);
      setAccount(me.account);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setAccount(null);
      else throw error;
    }
  };

  useEffect(() => {
    void refresh();
  }, []);

  useEffect(() => {
    document.title = `${t('consoleTitle')} · Competitions`;
  }, [current]);

  if (account === undefined) return <p class="loading">{t('loading')}</p>;
  if (account === null) return <SignIn onSignedIn={refresh} />;

  const signOut = async () => {
    await api.post('/api/account/sign-out');
    setCsrfToken(null);
    setAccount(null);
    go();
  };

  return (
    <div class="console">
      <header class="bar">
        <button class="link title" onClick={() => go()}>
          {t('consoleTitle')}
        </button>
        <span class="who" data-testid="account">
          {account.displayName}
          {account.isAdministrator ? ` · ${t('administrator')}` : ''}
        </span>
        <button class="link" data-testid="language" onClick={() => setLanguage(language.value === 'zh-CN' ? 'en' : 'zh-CN')}>
          {t('language')}
        </button>
        <button class="link" onClick={signOut}>
          {t('signOut')}
        </button>
      </header>
      <main>{page(route, account)}</main>
    </div>
  );
}

function page(route: string[], account: Account) {
  const [area, contestId, sub, eventCode, tab] = route;
  if (area === 'contest' && contestId && sub === 'event' && eventCode) {
    return <EventPage contestId={contestId} eventCode={eventCode} tab={tab ?? 'settings'} />;
  }
  if (area === 'contest' && contestId && account.role !== 'Organizer') {
    return <AppealsDesk contestId={contestId} account={account} />;
  }
  if (area === 'contest' && contestId) {
    return <ContestPage contestId={contestId} tab={sub ?? 'events'} account={account} />;
  }
  return <ContestList account={account} />;
}
