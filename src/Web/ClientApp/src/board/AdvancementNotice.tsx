import { useEffect, useState } from 'preact/hooks';
import { ApiError, request } from '../shared/api';
import { fill, refusal, t } from '../shared/i18n';
import type { components } from '../shared/api-schema';
import { localTime } from '../shared/time';

type PublicAdvancement = components['schemas']['PublicAdvancement'];


/** The public notice (公示) of who advances into a later round, as organizers announced it. */
export function AdvancementNotice({ contestId, eventCode }: { contestId: string; eventCode: string }) {
  const [notice, setNotice] = useState<PublicAdvancement | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request<PublicAdvancement>('GET', `/api/public/contests/${encodeURIComponent(contestId)}/events/${encodeURIComponent(eventCode)}/advancement`, null).then(
      setNotice,
      (failure) => setError(failure instanceof ApiError ? refusal(failure.problem) : String(failure)),
    );
  }, [contestId, eventCode]);

  if (error) return <p class="notice">{error}</p>;
  if (!notice) return <p>{t('loading')}</p>;
  return (
    <section data-testid="advancement-notice">
      <h1 class="board-title">
        <span>
          {fill('advancementNoticeTitle', { event: notice.eventName })} <small class="event-code">{notice.eventCode}</small>
        </span>
        <span class="pills">
          <span class={`badge ${notice.stage === 'Committed' ? 'final' : ''}`}>{t(`stage${notice.stage}`)}</span>
        </span>
      </h1>
      <p class="muted">
        {notice.noticeUntil && fill('noticeUntil', { time: localTime(notice.noticeUntil) })}
        {notice.appealsUntil && <> · {fill('appealsUntil', { time: localTime(notice.appealsUntil) })}</>}
      </p>
      <table class="board">
        <thead>
          <tr>
            <th>{t('rank')}</th>
            <th>{t('name')}</th>
            <th>{t('organisation')}</th>
            <th>{t('sourceEvent')}</th>
            <th>{t('total')}</th>
            <th>{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {notice.rows.map((r, i) => (
            <tr key={i} data-status={r.status}>
              <td>{r.rank}</td>
              <td>{r.name}</td>
              <td>{[r.organisation, r.delegation].filter(Boolean).join(' · ')}</td>
              <td>{r.sourceEvent}</td>
              <td>{r.total.toFixed(2)}</td>
              <td>{t(`advStatus${r.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
