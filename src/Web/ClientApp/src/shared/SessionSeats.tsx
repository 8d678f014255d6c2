import { fill, t, type MessageKey } from './i18n';
import type { ScheduledSession, SeatState } from './types';

const stateKeys: Record<SeatState, MessageKey> = { Waiting: 'waiting', CheckedIn: 'present', Absent: 'absent', Submitted: 'scheduleDone' };

/** Session times are the contest's wall clock as sent (no zone): shown as written, never moved into the viewer's zone. */
export const clockTime = (wallClock: string): string => wallClock.slice(11, 16);

export const sessionTimes = (session: ScheduledSession): string => `${clockTime(session.startsAt)}–${clockTime(session.endsAt)}`;

/** How the session keeps to its plan, in words. */
export function sessionPace(session: ScheduledSession): string {
  if (session.finished) {
    return t('scheduleFinished');
  }
  return session.minutesLate > 0 ? fill('scheduleLate', { minutes: session.minutesLate }) : t('scheduleOnTime');
}

/** A session's seats by station: the competitor as the reader may see him (name, else code) and his state on the day. */
export function SessionSeats({ session, testId }: { session: ScheduledSession; testId?: string }) {
  return (
    <table class="schedule-seats" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('station')}</th>
          <th>{t('scheduleCompetitor')}</th>
          <th>{t('scheduleState')}</th>
        </tr>
      </thead>
      <tbody>
        {session.seats.map((seat) => (
          <tr key={seat.station} class={`seat ${seat.state}`}>
            <td class="station">{seat.station}</td>
            <td class="who">
              {seat.name ?? seat.blindCode ?? seat.competitorId}
              {seat.organisation && <small class="organisation"> {seat.organisation}</small>}
            </td>
            <td>{t(stateKeys[seat.state])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
