import { useState } from 'preact/hooks';
import { fill, t, type MessageKey } from '../shared/i18n';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { Account } from './consoleTypes';
import { Outcome } from './Outcome';
import { useLoad } from './useLoad';

const roleLabel: Record<Account['role'], MessageKey> = { Organizer: 'roleOrganizer', Arbitrator: 'roleArbitrator', TeamLeader: 'roleTeamLeader' };

/** Administrators create accounts (organizers, arbitrators, team leaders) and give each the contests he works on. */
export function AccountsPanel() {
  const accounts = useLoad(() => api.get<Account[]>('/api/accounts'), 'accounts');
  const [form, setForm] = useState({ userName: '', displayName: '', password: '', contestIds: '', isAdministrator: false, role: 'Organizer' as Account['role'], delegation: '' });
  const action = useAction();
  const submit = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api.put(`/api/accounts/${encodeURIComponent(form.userName)}`, {
        displayName: form.displayName,
        isAdministrator: form.isAdministrator,
        contestIds: form.contestIds.split(/[,，\s]+/).filter(Boolean),
        password: form.password || null,
        disabled: false,
        role: form.isAdministrator ? 'Organizer' : form.role,
        delegation: form.role === 'TeamLeader' ? form.delegation : null,
      });
      accounts.reload();
      return fill('savedItem', { item: form.userName });
    });
  };
  const disable = (a: Account) =>
    void action.run(async () => {
      await api.put(`/api/accounts/${encodeURIComponent(a.userName)}`, { ...a, password: null, disabled: !a.disabled });
      accounts.reload();
    });
  return (
    <section class="panel">
      <h2>{t('accounts')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('userName')}</th>
            <th>{t('displayName')}</th>
            <th>{t('role')}</th>
            <th>{t('contests')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {accounts.data?.map((a) => (
            <tr key={a.userName} class={a.disabled ? 'muted' : ''}>
              <td>{a.userName}</td>
              <td>{a.displayName}</td>
              <td>{t(a.isAdministrator ? 'administrator' : roleLabel[a.role])}{a.delegation ? ` · ${a.delegation}` : ''}</td>
              <td>{a.contestIds.join(', ')}</td>
              <td>
                <button class="small" onClick={() => disable(a)}>
                  {t(a.disabled ? 'enable' : 'disable')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="grid-form" onSubmit={submit}>
        <label>
          {t('userName')} <input value={form.userName} onInput={(e) => setForm({ ...form, userName: e.currentTarget.value })} required />
        </label>
        <label>
          {t('displayName')} <input value={form.displayName} onInput={(e) => setForm({ ...form, displayName: e.currentTarget.value })} required />
        </label>
        <label>
          {t('passwordMinimum')} <input type="password" autocomplete="new-password" value={form.password} onInput={(e) => setForm({ ...form, password: e.currentTarget.value })} />
        </label>
        <label>
          {t('contestIds')} <input value={form.contestIds} onInput={(e) => setForm({ ...form, contestIds: e.currentTarget.value })} placeholder="demo-2026" />
        </label>
        <label>
          {t('role')}
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.currentTarget.value as Account['role'] })}>
            {Object.entries(roleLabel).map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        {form.role === 'TeamLeader' && (
          <label>
            {t('delegation')} <input value={form.delegation} onInput={(e) => setForm({ ...form, delegation: e.currentTarget.value })} required />
          </label>
        )}
        <label class="check">
          <input type="checkbox" checked={form.isAdministrator} onChange={(e) => setForm({ ...form, isAdministrator: e.currentTarget.checked })} /> {t('administrator')}
        </label>
        <button type="submit" disabled={action.busy}>
          {t('save')}
        </button>
      </form>
      <Outcome {...action} />
    </section>
  );
}
