import { useState } from 'preact/hooks';
import { ApiError, request } from '../shared/api';
import { AnnouncementDesk } from '../shared/AnnouncementDesk';
import { useConfirm } from '../shared/ConfirmDialog';
import { eventStatus, fill, refusal, t } from '../shared/i18n';
import { useLiveBoard } from '../shared/liveBoard';
import { useSignal } from '../shared/signal';
import { go } from '../shared/route';
import type { LeaderboardRow } from '../shared/types';
import { JudgeStatisticsTable } from './JudgeStatisticsTable';
import { session } from './session';
import { refreshWorkload, workload } from './workload';

/** The chief judge's live view of every competitor: completeness, missing marks, disputes and spread alerts. */
export function ChiefDashboard({ eventCode }: { eventCode: string }) {
  const me = useSignal(session)!;
  const current = useSignal(workload);
  const { board, state } = useLiveBoard(me.contestId, eventCode, me.token);
  const [message, setMessage] = useState<string | null>(null);
  const assignment = current?.events.find((e) => e.assignment.eventCode === eventCode)?.assignment;
  const confirm = useConfirm();

  async function lock() {
    setMessage(null);
    const sheets = board?.rows.length ?? assignment?.competitors.length ?? 0;
    const confirmed = await confirm.ask({
      title: t('lockConfirmTitle'),
      message: fill('lockConfirm', { event: eventCode, sheets }),
      confirmLabel: t('lockEvent'),
      cancelLabel: t('cancel'),
    });
    if (!confirmed) {
      return;
    }
    try {
      await request('POST', `/api/contests/${me.contestId}/events/${eventCode}/status`, me.token, { status: 'Locked' });
      setMessage(t('locked'));
      await refreshWorkload();
    } catch (e) {
      setMessage(`${t('lockRefused')}: ${e instanceof ApiError ? refusal(e.problem) : String(e)}`);
    }
  }

  return (
    <section>
      <button class="link" onClick={() => go()}>← {t('back')}</button>
      <h2>
        {assignment?.eventName ?? eventCode} · {t('dashboard')}{' '}
        <span class={`live ${state}`} data-testid="live-state">{state === 'live' ? t('live') : t('reconnecting')}</span>
      </h2>
      <p>
        {t('status')}: <strong data-testid="event-status" data-status={assignment?.status}>
          {eventStatus(assignment?.status)}
        </strong>{' '}
        <button class="primary" data-testid="lock" disabled={assignment?.status !== 'Scoring'} onClick={() => void lock()}>
          {t('lockEvent')}
        </button>{' '}
        <button data-testid="open-check-in" onClick={() => go('chief', eventCode, 'check-in')}>
          {t('checkIn')}
        </button>
      </p>
      {confirm.dialog}
      {message && (
        <p class="banner" role="status" data-testid="lock-message">
          {message}
        </p>
      )}
      {!board ? (
        <p>{t('loading')}</p>
      ) : (
        <table class="board" data-testid="chief-board">
          <thead>
            <tr>
              <th>{t('rank')}</th>
              <th>{t('code')}</th>
              <th>{t('total')}</th>
              <th>{t('complete')}</th>
              <th>{t('missing')}</th>
              <th>{t('disputes')}</th>
              <th>{t('spread')}</th>
            </tr>
          </thead>
          <tbody>
            {board.rows.map((row) => (
              // The live board is keyed by competitor id: the chief opens sheets by it.
              // A row opens its sheet from the keyboard too (Tab, Enter); it stays a row so the table reads as a table.
              <tr
                key={row.key}
                data-competitor={row.key}
                tabIndex={0}
                onClick={() => go('chief', eventCode, 'competitor', row.key)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    go('chief', eventCode, 'competitor', row.key);
                  }
                }}
              >
                <td>{row.absent ? '–' : row.rank}</td>
                <td>{row.blindCode ?? row.key}</td>
                <td data-testid="total">{row.absent ? <span class="tag alert">{t('absent')}</span> : row.total.toFixed(2)}</td>
                <td data-testid="complete">{completion(row)}</td>
                <td class={row.missingMarks ? 'warn' : ''}>{row.missingMarks || ''}</td>
                <td class={row.openDisputes ? 'alert' : ''} data-testid="disputes">{row.openDisputes || ''}</td>
                <td class={row.spreadAlerts ? 'alert' : ''} data-testid="spread">{row.spreadAlerts || ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <JudgeStatisticsTable contestId={me.contestId} eventCode={eventCode} token={me.token} changed={board ? `${board.epoch}:${board.version}` : ''} />
      <h3>{t('announcements')}</h3>
      <AnnouncementDesk
        path={`/api/contests/${me.contestId}/events/${eventCode}/announcements`}
        audiences={['Judges', 'Public']}
        call={(method, url, body) => request(method, url, me.token, body)}
        describe={(e) => (e instanceof ApiError ? refusal(e.problem) : String(e))}
      />
    </section>
  );
}

/** Complete, or every mark in with only the theory score to come (imported after marking), or nothing yet. */
function completion(row: LeaderboardRow): string {
  if (row.isComplete) {
    return '✓';
  }
  return row.missingMarks === 0 && row.openDisputes === 0 && row.theory == null ? t('theoryPending') : '';
}
