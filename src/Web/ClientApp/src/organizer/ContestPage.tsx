import { useState } from 'preact/hooks';
import { AnnouncementDesk } from '../shared/AnnouncementDesk';
import { eventStatus, fill, t } from '../shared/i18n';
import { go } from '../shared/route';
import { useAction } from './Busy';
import { api, consoleCall, describe } from './consoleApi';
import { AppealsDesk } from './AppealsDesk';
import { boardMode } from './boardMode';
import type { Account, ContestView, EventOverview } from './consoleTypes';
import { ImportPanel } from './ImportPanel';
import { JudgesPanel } from './JudgesPanel';
import { MedalCountingSetting } from './MedalCountingSetting';
import { Outcome } from './Outcome';
import { PersonLookup } from './PersonLookup';
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
          ['events', t('tabEvents')],
          ['competitors', t('tabCompetitorImport')],
          ['judges', t('tabJudges')],
          ['appeals', t('tabAppeals')],
          ['announcements', t('announcements')],
          ['persons', t('tabPersons')],
        ]}
      />
      {tab === 'appeals' && <AppealsDesk contestId={contestId} account={account} />}
      {tab === 'events' && <EventsOverview contestId={contestId} onCreated={contest.reload} />}
      {tab === 'events' && contest.data && <MedalCountingSetting contest={contest.data} onChanged={contest.reload} />}
      {tab === 'competitors' && (
        <section class="panel">
          <h2>{t('importCompetitors')}</h2>
          <p class="muted">{t('importCompetitorsHint')}</p>
          <ImportPanel url={`/api/contests/${contestId}/imports/competitors`} testId="import-competitors" />
          <p>
            {t('exportLabel')}: <a href={`/api/contests/${contestId}/exports/competitors.csv`}>CSV</a> ·{' '}
            <a href={`/api/contests/${contestId}/exports/competitors.xlsx`}>XLSX</a> · {t('results')}{' '}
            <a href={`/api/contests/${contestId}/exports/results.csv`}>CSV</a> · <a href={`/api/contests/${contestId}/exports/results.xlsx`}>XLSX</a> ·
            {t('resultsNotice')}{' '}
            <a href={`/api/public/contests/${contestId}/notice.pdf`} data-testid="contest-notice">
              PDF
            </a>
          </p>
        </section>
      )}
      {tab === 'judges' && <JudgesPanel contestId={contestId} />}
      {tab === 'persons' && <PersonLookup contestId={contestId} />}
      {tab === 'announcements' && (
        <AnnouncementDesk
          path={`/api/contests/${contestId}/announcements`}
          audiences={['Public']}
          publicLabel="toContestPublic"
          call={consoleCall}
          describe={describe}
        />
      )}
    </>
  );
}

function EventsOverview({ contestId, onCreated }: { contestId: string; onCreated: () => void }) {
  const overview = useLoad(() => api.get<EventOverview[]>(`/api/contests/${contestId}/overview`), contestId, 5000);
  const rows = overview.data ?? [];
  const total = rows.reduce((sum, r) => sum + r.progress.competitors, 0);
  const complete = rows.reduce((sum, r) => sum + r.progress.completeSheets, 0);
  return (
    <>
      <section class="panel">
        <h2>
          {t('events')} <small class="muted">{fill('eventCount', { count: rows.length, complete, total })}</small>
        </h2>
        {overview.error && <p class="error">{overview.error}</p>}
        <table data-testid="overview">
          <thead>
            <tr>
              <th>{t('eventCode')}</th>
              <th>{t('event')}</th>
              <th>{t('status')}</th>
              <th>{t('competitors')}</th>
              <th>{t('sheetsDone')}</th>
              <th>{t('missing')}</th>
              <th>{t('disputes')}</th>
              <th>{t('spreadShort')}</th>
              <th>{t('publicShort')}</th>
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
                  <span class={`status ${r.status}`}>{eventStatus(r.status)}</span>
                </td>
                <td>{r.progress.competitors}</td>
                <td>
                  <progress max={Math.max(r.progress.competitors, 1)} value={r.progress.completeSheets} /> {r.progress.completeSheets}/{r.progress.competitors}
                </td>
                <td>{r.progress.missingMarks || ''}</td>
                <td class={r.progress.openDisputes ? 'error' : ''}>{r.progress.openDisputes || ''}</td>
                <td class={r.progress.spreadAlerts ? 'warn' : ''}>{r.progress.spreadAlerts || ''}</td>
                <td>{boardMode(r.publicBoard)}</td>
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
      <h2>{t('newEvent')}</h2>
      <label>
        {t('eventCode')} <input name="code" value={form.code} onInput={(e) => setForm({ ...form, code: e.currentTarget.value })} required />
      </label>
      <label>
        {t('title')} <input name="name" value={form.name} onInput={(e) => setForm({ ...form, name: e.currentTarget.value })} required />
      </label>
      <label>
        {t('venue')} <input name="venue" value={form.venue} onInput={(e) => setForm({ ...form, venue: e.currentTarget.value })} />
      </label>
      <button class="primary" type="submit" disabled={action.busy}>
        {t('create')}
      </button>
      <Outcome {...action} />
    </form>
  );
}
