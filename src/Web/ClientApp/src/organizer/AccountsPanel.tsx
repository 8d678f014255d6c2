import { useState } from 'preact/hooks';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { Account } from './consoleTypes';
import { Outcome } from './Outcome';
import { useLoad } from './useLoad';

const roleLabel: Record<Account['role'], string> = { Organizer: '组织者 organizer', Arbitrator: '仲裁 arbitrator', TeamLeader: '领队 team leader' };

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
      return `已保存 Saved ${form.userName}`;
    });
  };
  const disable = (a: Account) =>
    void action.run(async () => {
      await api.put(`/api/accounts/${encodeURIComponent(a.userName)}`, { ...a, password: null, disabled: !a.disabled });
      accounts.reload();
    });
  return (
    <section class="panel">
      <h2>账号 Accounts</h2>
      <table>
        <thead>
          <tr>
            <th>用户名</th>
            <th>姓名</th>
            <th>角色 Role</th>
            <th>赛事 Contests</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {accounts.data?.map((a) => (
            <tr key={a.userName} class={a.disabled ? 'muted' : ''}>
              <td>{a.userName}</td>
              <td>{a.displayName}</td>
              <td>{a.isAdministrator ? '管理员 administrator' : roleLabel[a.role]}{a.delegation ? ` · ${a.delegation}` : ''}</td>
              <td>{a.contestIds.join(', ')}</td>
              <td>
                <button class="small" onClick={() => disable(a)}>
                  {a.disabled ? '启用 Enable' : '停用 Disable'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="grid-form" onSubmit={submit}>
        <label>
          用户名 User name <input value={form.userName} onInput={(e) => setForm({ ...form, userName: e.currentTarget.value })} required />
        </label>
        <label>
          姓名 Display name <input value={form.displayName} onInput={(e) => setForm({ ...form, displayName: e.currentTarget.value })} required />
        </label>
        <label>
          密码 Password (≥ 10) <input type="password" autocomplete="new-password" value={form.password} onInput={(e) => setForm({ ...form, password: e.currentTarget.value })} />
        </label>
        <label>
          赛事 Contest ids <input value={form.contestIds} onInput={(e) => setForm({ ...form, contestIds: e.currentTarget.value })} placeholder="demo-2026" />
        </label>
        <label>
          角色 Role
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.currentTarget.value as Account['role'] })}>
            {Object.entries(roleLabel).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {form.role === 'TeamLeader' && (
          <label>
            代表队 Delegation <input value={form.delegation} onInput={(e) => setForm({ ...form, delegation: e.currentTarget.value })} required />
          </label>
        )}
        <label class="check">
          <input type="checkbox" checked={form.isAdministrator} onChange={(e) => setForm({ ...form, isAdministrator: e.currentTarget.checked })} /> 管理员 Administrator
        </label>
        <button type="submit" disabled={action.busy}>
          保存 Save
        </button>
      </form>
      <Outcome {...action} />
    </section>
  );
}
