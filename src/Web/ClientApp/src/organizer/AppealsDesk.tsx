import { useState } from 'preact/hooks';
import { entryKind, fill, t } from '../shared/i18n';
import type { ContestBoardView, LedgerEntryView } from '../shared/types';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { Account, ContestAppeal } from './consoleTypes';
import { Outcome } from './Outcome';
import { useLoad } from './useLoad';
import { localTime } from '../shared/time';

const statusLabel = { Open: 'appealOpen', Upheld: 'appealUpheld', Dismissed: 'appealDismissed' } as const;

/**
 * Appeals (申诉): a team leader lodges them for his delegation's competitors in published events; the arbitration
 * group reads the competitor's ledger and decides with a written reason; organizers follow along.
 */
export function AppealsDesk({ contestId, account }: { contestId: string; account: Account }) {
  const appeals = useLoad(() => api.get<ContestAppeal[]>(`/api/contests/${contestId}/appeals`), contestId, 10000);
  return (
    <>
      {account.role === 'TeamLeader' && <LodgeAppeal contestId={contestId} delegation={account.delegation ?? ''} onLodged={appeals.reload} />}
      <section class="panel" data-testid="appeals">
        <h2>{t('appeals')}</h2>
        {appeals.error && <p class="error">{appeals.error}</p>}
        {appeals.data?.length === 0 && <p class="muted">{t('noAppeals')}</p>}
        {appeals.data?.map(({ eventCode, appeal }) => (
          <article key={appeal.id} class="appeal" data-testid={`appeal-${appeal.competitorId}`}>
            <p>
              <strong>
                {eventCode} · {appeal.competitorId}
              </strong>{' '}
              <span class="muted">
                {appeal.delegation} · {appeal.lodgedBy} · {localTime(appeal.lodgedAt)}
              </span>{' '}
              <span class={`status ${appeal.status}`} data-testid="appeal-status">
                {t(statusLabel[appeal.status])}
              </span>
            </p>
            <p>{appeal.reason}</p>
            {appeal.decision && (
              <p>
                {fill('decision', { decision: appeal.decision })} <span class="muted">({appeal.decidedBy})</span>
              </p>
            )}
            {account.role === 'Arbitrator' && appeal.status === 'Open' && (
              <Decide contestId={contestId} eventCode={eventCode} appealId={appeal.id} onDecided={appeals.reload} />
            )}
          </article>
        ))}
      </section>
    </>
  );
}

function LodgeAppeal({ contestId, delegation, onLodged }: { contestId: string; delegation: string; onLodged: () => void }) {
  const contest = useLoad(() => api.get<ContestBoardView>(`/api/public/contests/${contestId}`), contestId);
  const published = (contest.data?.events ?? []).filter((e) => e.status === 'Published');
  const [eventCode, setEventCode] = useState('');
  const competitors = useLoad(
    () => (eventCode ? api.get<{ id: string; name: string }[]>(`/api/contests/${contestId}/events/${eventCode}/appeals/competitors`) : Promise.resolve([])),
    eventCode,
  );
  const [competitorId, setCompetitorId] = useState('');
  const [reason, setReason] = useState('');
  // One id per appeal being written: a retry or a double click sends the same id and lodges it once.
  const [appealId, setAppealId] = useState(() => crypto.randomUUID());
  const action = useAction();
  const submit = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api.post(`/api/contests/${contestId}/events/${eventCode}/appeals`, { competitorId, reason, appealId });
      setAppealId(crypto.randomUUID());
      setReason('');
      onLodged();
      return t('appealLodged');
    });
  };
  return (
    <form class="panel grid-form" onSubmit={submit} data-testid="lodge-appeal">
      <h2>{fill('lodgeAppeal', { delegation })}</h2>
      <label>
        {t('event')}
        <select name="event" value={eventCode} onChange={(e) => (setEventCode(e.currentTarget.value), setCompetitorId(''))} required>
          <option value="">—</option>
          {published.map((e) => (
            <option key={e.eventCode} value={e.eventCode}>
              {e.eventCode} {e.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('name')}
        <select name="competitor" value={competitorId} onChange={(e) => setCompetitorId(e.currentTarget.value)} required>
          <option value="">—</option>
          {(competitors.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.id} {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('grounds')} <textarea name="reason" value={reason} onInput={(e) => setReason(e.currentTarget.value)} required rows={3} />
      </label>
      <button class="primary" type="submit" disabled={action.busy}>
        {t('lodge')}
      </button>
      <Outcome {...action} />
    </form>
  );
}

function Decide({ contestId, eventCode, appealId, onDecided }: { contestId: string; eventCode: string; appealId: string; onDecided: () => void }) {
  const [reason, setReason] = useState('');
  const [ledger, setLedger] = useState<LedgerEntryView[] | null>(null);
  const action = useAction();
  const path = `/api/contests/${contestId}/events/${eventCode}/appeals/${appealId}`;
  const decide = (upheld: boolean) =>
    void action.run(async () => {
      await api.post(`${path}/decision`, { upheld, reason });
      onDecided();
    });
  return (
    <div class="decide">
      <button class="small" onClick={() => void action.run(async () => setLedger(await api.get<LedgerEntryView[]>(`${path}/ledger`)))}>
        {t('showLedger')}
      </button>
      {ledger && (
        <table data-testid="appeal-ledger">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('kind')}</th>
              <th>{t('aspect')}</th>
              <th>{t('judge')}</th>
              <th>{t('value')}</th>
              <th>{t('reason')}</th>
              <th>{t('when')}</th>
            </tr>
          </thead>
          <tbody>
            {ledger.map((e) => (
              <tr key={e.sequence}>
                <td>{e.sequence}</td>
                <td>{entryKind(e.kind)}</td>
                <td>{e.aspectId}</td>
                <td>{e.judgeId}</td>
                <td>{e.value}</td>
                <td>{e.reason}</td>
                <td>{localTime(e.recordedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <label>
        {t('writtenReason')} <textarea name="decision" value={reason} onInput={(e) => setReason(e.currentTarget.value)} rows={2} />
      </label>
      <div class="toolbar">
        <button class="primary" disabled={!reason.trim() || action.busy} onClick={() => decide(true)}>
          {t('uphold')}
        </button>
        <button disabled={!reason.trim() || action.busy} onClick={() => decide(false)}>
          {t('dismiss')}
        </button>
      </div>
      <Outcome {...action} />
    </div>
  );
}
