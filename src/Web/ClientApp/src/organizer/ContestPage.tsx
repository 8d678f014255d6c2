import { useState } from 'preact/hooks';
import { AnnouncementDesk } from '../shared/AnnouncementDesk';
import { both } from '../shared/i18n';
import { go } from '../shared/route';
import { useAction } from './Busy';
import { api, consoleCall, describe } from './consoleApi';
import { AppealsDesk } from './AppealsDesk';
import type { Account, ContestView, EventOverview } from './consoleTypes';
import { ImportPanel } from './ImportPanel';
import { JudgesPanel } from './JudgesPanel';
import { MedalCountingSetting } from './MedalCountingSetting';
import { Outcome } from './Outcome';
import { Tabs } from './Tabs';
import { useLoad } from './useLoad';

export function ContestPage({ contestId, tab, account }: { contestId: string; tab: string; account: Account }) {
  const contest = useLoad(() => api.get<ContestView>(`/api/contests/${contestId}`), contestId);
  return (
    <>
      <h1>
        {contest.data?.definition.name ?? contestId}{' '}
        <small class="muted">
          {contest.data && `${contest.data.definition.startsOn} – ${contest.data.definition.endsOn} · ${contest.data.definition.timeZone}`}
        </small>
      </h1>
      {contest.error && <p class="error">{contest.error}</p>}
      <Tabs
        base={['contest', contestId]}
        current={tab}
        tabs={[
          ['events', '赛项进度 Events'],
          ['competitors', '选手导入 Competitors'],
          ['judges', '裁判 Judges'],
          ['appeals', '申诉 Appeals'],
          ['announcements', both('announcements')],
        ]}
      />
      {tab === 'appeals' && <AppealsDesk contestId={contestId} account={account} />}
      {tab === 'events' && <EventsOverview contestId={contestId} onCreated={contest.reload} />}
      {tab === 'events' && contest.data && <MedalCountingSetting contest={contest.data} onChanged={contest.reload} />}
      {tab === 'competitors' && (
        <section class="panel">
          <h2>导入选手 Import competitors</h2>
          <p class="muted">
            CSV (UTF-8 / GBK) 或 XLSX；列：赛项, 编号, 姓名, 单位, 代表队, 身份证号, 现等级。全部正确才导入 (all or nothing).
          </p>
          <ImportPanel url={`/api/contests/${contestId}/imports/competitors`} testId="import-competitors" />
          <p>
            导出 Export: <a href={`/api/contests/${contestId}/exports/competitors.csv`}>CSV</a> ·{' '}
            <a href={`/api/contests/${contestId}/exports/competitors.xlsx`}>XLSX</a> · 成绩 Results{' '}
            <a href={`/api/contests/${contestId}/exports/results.csv`}>CSV</a> · <a href={`/api/contests/${contestId}/exports/results.xlsx`}>XLSX</a> ·
            成绩公示 Results notice{' '}
            <a href={`/api/public/contests/${contestId}/notice.pdf`} data-testid="contest-notice">
              PDF
            </a>
          </p>
        </section>
      )}
      {tab === 'judges' && <JudgesPanel contestId={contestId} />}
      {tab === 'announcements' && (
        <AnnouncementDesk
          path={`/api/contests/${contestId}/announcements`}
          audiences={['Public']}
          publicLabel="toContestPublic"
          call={consoleCall}
          say={both}
          describe={describe}
        />
      )}
    </>
  );
}

const statusLabel: Record<string, string> = { Setup: '配置中', Scoring: '评分中', Locked: '已锁定', Published: '已公布' };

function EventsOverview({ contestId, onCreated }: { contestId: string; onCreated: () => void }) {
  const overview = useLoad(() => api.get<EventOverview[]>(`/api/contests/${contestId}/overview`), contestId, 5000);
  const rows = overview.data ?? [];
  const total = rows.reduce((sum, r) => sum + r.progress.competitors, 0);
  const complete = rows.reduce((sum, r) => sum + r.progress.completeSheets, 0);
  return (
    <>
      <section class="panel">
        <h2>
          赛项 Events <small class="muted">{rows.length} 项 · 完成评分 {complete} / {total} 份</small>
        </h2>
        {overview.error && <p class="error">{overview.error}</p>}
        <table data-testid="overview">
          <thead>
            <tr>
              <th>代码</th>
              <th>赛项 Event</th>
              <th>状态 Status</th>
              <th>选手</th>
              <th>评分进度 Sheets done</th>
              <th>缺评 Missing</th>
              <th>争议 Disputes</th>
              <th>分差 Spread</th>
              <th>公开 Public</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} class={r.progress.openDisputes > 0 || r.progress.spreadAlerts > 0 ? 'alerting' : ''}>
                <td>
                  <button class="link" onClick={() => go('contest', contestId, 'event', r.code)}>
                    {r.code}
                  </button>
                </td>
                <td>{r.name}</td>
                <td>
                  <span class={`status ${r.status}`}>{statusLabel[r.status]}</span>
                </td>
                <td>{r.progress.competitors}</td>
                <td>
                  <progress max={Math.max(r.progress.competitors, 1)} value={r.progress.completeSheets} /> {r.progress.completeSheets}/{r.progress.competitors}
                </td>
                <td>{r.progress.missingMarks || ''}</td>
                <td class={r.progress.openDisputes ? 'error' : ''}>{r.progress.openDisputes || ''}</td>
                <td class={r.progress.spreadAlerts ? 'warn' : ''}>{r.progress.spreadAlerts || ''}</td>
                <td>{r.publicBoard}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <NewEvent contestId={contestId} onCreated={(code) => (onCreated(), overview.reload(), go('contest', contestId, 'event', code))} />
    </>
  );
}

function NewEvent({ contestId, onCreated }: { contestId: string; onCreated: (code: string) => void }) {
  const [form, setForm] = useState({ code: '', name: '', venue: '' });
  const action = useAction();
  const submit = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api.put(`/api/contests/${contestId}/events/${encodeURIComponent(form.code)}`, { ...form, theoryPercent: 0, practicalPercent: 100 });
      onCreated(form.code);
    });
  };
  return (
    <form class="panel grid-form" onSubmit={submit} data-testid="new-event">
      <h2>新建赛项 New event</h2>
      <label>
        代码 Code <input name="code" value={form.code} onInput={(e) => setForm({ ...form, code: e.currentTarget.value })} required />
      </label>
      <label>
        名称 Name <input name="name" value={form.name} onInput={(e) => setForm({ ...form, name: e.currentTarget.value })} required />
      </label>
      <label>
        场地 Venue <input name="venue" value={form.venue} onInput={(e) => setForm({ ...form, venue: e.currentTarget.value })} />
      </label>
      <button class="primary" type="submit" disabled={action.busy}>
        创建 Create
      </button>
      <Outcome {...action} />
    </form>
  );
}
