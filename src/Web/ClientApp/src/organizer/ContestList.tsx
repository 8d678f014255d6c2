import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { go } from '../shared/route';
import { AccountsPanel } from './AccountsPanel';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { ContestDefinition, Account } from './consoleTypes';
import { Outcome } from './Outcome';
import { useLoad } from './useLoad';

export function ContestList({ account }: { account: Account }) {
  const contests = useLoad(() => api.get<ContestDefinition[]>('/api/contests'), 'contests');
  return (
    <>
      <section class="panel">
        <h2>{t('contests')}</h2>
        {contests.error && <p class="error">{contests.error}</p>}
        <ul class="contest-list">
          {contests.data?.map((c) => (
            <li key={c.id}>
              <button class="link" onClick={() => go('contest', c.id)}>
                {c.name}
              </button>{' '}
              <span class="muted">
                {c.id} · {c.startsOn} – {c.endsOn} · {c.venues.join(t('listSeparator'))}
              </span>
            </li>
          ))}
          {contests.data?.length === 0 && <li class="muted">{t('noContests')}</li>}
        </ul>
      </section>
      {account.isAdministrator && <NewContest onCreated={(id) => go('contest', id)} />}
      {account.isAdministrator && <AccountsPanel />}
    </>
  );
}

function NewContest({ onCreated }: { onCreated: (id: string) => void }) {
  const [form, setForm] = useState({ id: '', name: '', startsOn: '', endsOn: '', timeZone: 'Asia/Shanghai', venues: '', delegations: '' });
  const action = useAction();
  const set = (field: keyof typeof form) => (e: Event) => setForm({ ...form, [field]: (e.currentTarget as HTMLInputElement).value });
  const submit = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      const list = (text: string) => text.split(/[,，、\n]/).map((v) => v.trim()).filter(Boolean);
      const delegations = list(form.delegations);
      await api.post('/api/contests', { ...form, venues: list(form.venues), delegations: delegations.length ? delegations : null });
      onCreated(form.id);
    });
  };
  return (
    <form class="panel grid-form" onSubmit={submit} data-testid="new-contest">
      <h2>{t('newContest')}</h2>
      <label>
        {t('id')} <input name="id" value={form.id} onInput={set('id')} required pattern="[A-Za-z0-9_\-]{1,64}" />
      </label>
      <label>
        {t('title')} <input name="name" value={form.name} onInput={set('name')} required />
      </label>
      <label>
        {t('startsOn')} <input name="startsOn" type="date" value={form.startsOn} onInput={set('startsOn')} required />
      </label>
      <label>
        {t('endsOn')} <input name="endsOn" type="date" value={form.endsOn} onInput={set('endsOn')} required />
      </label>
      <label>
        {t('timeZone')} <input name="timeZone" value={form.timeZone} onInput={set('timeZone')} required />
      </label>
      <label>
        {t('venues')} <input name="venues" value={form.venues} onInput={set('venues')} placeholder={t('venuesExample')} />
      </label>
      <label>
        {t('delegations')} <input name="delegations" value={form.delegations} onInput={set('delegations')} placeholder={t('delegationsExample')} />
      </label>
      <button class="primary" type="submit" disabled={action.busy}>
        {t('create')}
      </button>
      <Outcome {...action} />
    </form>
  );
}
