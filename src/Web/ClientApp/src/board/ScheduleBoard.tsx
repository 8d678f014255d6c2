import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/api';
import { t } from '../shared/i18n';
import { SessionSeats, sessionPace, sessionTimes } from '../shared/SessionSeats';
import type { EventSchedule, ScheduledSession } from '../shared/types';

/** The schedule changes with each check-in and submission; every ten seconds is live enough for a hall. */
const pollMs = 10_000;

function usePublicSchedule(contestId: string, eventCode: string): EventSchedule | null {
  const [schedule, setSchedule] = useState<EventSchedule | null>(null);
  useEffect(() => {
    const url = `/api/public/contests/${encodeURIComponent(contestId)}/events/${encodeURIComponent(eventCode)}/schedule`;
    let stopped = false;
    const load = () =>
      request<EventSchedule>('GET', url, null).then(
        (fresh) => !stopped && setSchedule(fresh),
        // A missed poll keeps the last schedule on show; the next one catches up.
        () => undefined,
      );
    void load();
    const timer = window.setInterval(load, pollMs);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [contestId, eventCode]);
  return schedule;
}

function SessionBlock({ heading, session, testId, empty }: { heading: string; session: ScheduledSession | undefined; testId: string; empty: string }) {
  return (
    <section class="schedule-block" data-testid={testId}>
      <h2>
        {heading}
        {session && (
          <>
            {' '}
            <span data-testid={`${testId}-name`}>{session.name}</span> <small>{sessionTimes(session)} · {session.venue}</small>{' '}
            <span class={`pace ${session.minutesLate > 0 && !session.finished ? 'late' : ''}`} data-testid={`${testId}-pace`}>
              {sessionPace(session)}
            </span>
          </>
        )}
      </h2>
      {session ? <SessionSeats session={session} testId={`${testId}-seats`} /> : <p class="notice">{empty}</p>}
    </section>
  );
}

/**
 * Who competes now and next in one event, with each seat's station and state and how far the session is behind its
 * plan: for phones, and with <code>big</code> for a screen across the hall (#/schedule/E001/screen).
 */
export function ScheduleBoard({ contestId, eventCode, big }: { contestId: string; eventCode: string; big: boolean }) {
  const schedule = usePublicSchedule(contestId, eventCode);
  if (!schedule) {
    return <p>{t('loading')}</p>;
  }
  const byName = (name: string | null) => schedule.sessions.find((s) => s.name === name);
  const seated = schedule.sessions.some((s) => s.seats.length > 0);
  const content = (
    <section class="schedule" data-testid="schedule">
      <h1 class="board-title">
        {schedule.eventName} <small class="event-code">{t('schedule')}</small>
      </h1>
      {!seated ? (
        <p class="notice">{t('scheduleEmpty')}</p>
      ) : (
        <div class={big ? 'schedule-now-next' : ''}>
          <SessionBlock heading={t('scheduleNow')} session={byName(schedule.currentSession)} testId="now" empty={t('scheduleNoCurrent')} />
          <SessionBlock heading={t('scheduleNext')} session={byName(schedule.nextSession)} testId="next" empty={t('scheduleNoNext')} />
        </div>
      )}
      {!big && seated && (
        <>
          <h2>{t('scheduleSessions')}</h2>
          <table class="schedule-sessions" data-testid="sessions">
            <tbody>
              {schedule.sessions.map((s) => (
                <tr key={s.name}>
                  <td>{s.name}</td>
                  <td>{sessionTimes(s)}</td>
                  <td class="wide">{s.venue}</td>
                  <td>{sessionPace(s)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
  return big ? <div class="big-screen">{content}</div> : content;
}
