import { useState } from 'preact/hooks';
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
        <h2>赛事 Contests</h2>
        {contests.error && <p class="error">{contests.error}</p>}
        <ul class="contest-list">
          {contests.data?.map((c) => (
            <li key={c.id}>
              <button class="link" onClick={() => go('contest', c.id)}>
                {c.name}
              </button>{' '}
              <span class="muted">
                {c.id} · {c.startsOn} – {c.endsOn} · {c.venues.join('、')}
              </span>
            </li>
          ))}
          {contests.data?.length === 0 && <li class="muted">尚无赛事 No contests yet.</li>}
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
      <h2>新建赛事 New contest</h2>
      <label>
        编号 Id <input name="id" value={form.id} onInput={set('id')} required pattern="[A-Za-z0-9_\-]{1,64}" />
      </label>
      <label>
        名称 Name <input name="name" value={form.name} onInput={set('name')} required />
      </label>
      <label>
        开始 Starts <input name="startsOn" type="date" value={form.startsOn} onInput={set('startsOn')} required />
      </label>
      <label>
        结束 Ends <input name="endsOn" type="date" value={form.endsOn} onInput={set('endsOn')} required />
      </label>
      <label>
        时区 Time zone <input name="timeZone" value={form.timeZone} onInput={set('timeZone')} required />
      </label>
      <label>
        场地 Venues <input name="venues" value={form.venues} onInput={set('venues')} placeholder="实训楼A、实训楼B" />
      </label>
      <label>
        代表队 Delegations <input name="delegations" value={form.delegations} onInput={set('delegations')} placeholder="福田区、南山区（可留空 optional）" />
      </label>
      <button class="primary" type="submit" disabled={action.busy}>
        创建 Create
      </button>
      <Outcome {...action} />
    </form>
  );
}
