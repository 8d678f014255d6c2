import { useEffect, useState } from 'preact/hooks';
import { fill, t } from '../shared/i18n';
import { SessionSeats, sessionPace, sessionTimes } from '../shared/SessionSeats';
import type { EventSchedule } from '../shared/types';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { EventView } from './consoleTypes';
import { Outcome } from './Outcome';

/** Seats the drawn roster in the event's sessions and stations; shows the plan, and links to its print and public screen. */
export function SessionsPanel({ contestId, path, view }: { contestId: string; path: string; view: EventView }) {
  const sessions = view.definition.sessions ?? [];
  const [schedule, setSchedule] = useState<EventSchedule | null>(null);
  // A first guess the organizer corrects: the field spread over the sessions.
  const [stations, setStations] = useState(Math.max(1, Math.ceil(view.competitorCount / Math.max(1, sessions.length))));
  const [capacities, setCapacities] = useState<Record<string, number>>({});
  const action = useAction();

  useEffect(() => {
    void api.get<EventSchedule>(`${path}/schedule`).then(setSchedule);
  }, [path]);

  // Until the organizer types one, each session offers to take the whole venue.
  const capacityOf = (name: string) => capacities[name] ?? stations;
  const assign = () =>
    void action.run(async () => {
      const result = await api.post<EventSchedule>(`${path}/sessions/plan`, {
        stations,
        capacities: Object.fromEntries(sessions.map((s) => [s.name, capacityOf(s.name)])),
      });
      setSchedule(result);
      return fill('sessionsAssigned', { count: result.sessions.reduce((sum, s) => sum + s.seats.length, 0) });
    });

  const setup = view.status === 'Setup';
  const board = `/board/?contest=${encodeURIComponent(contestId)}#/schedule/${encodeURIComponent(view.definition.code)}`;
  return (
    <section class="panel" data-testid="sessions">
      <p class="muted">{t('sessionsHint')}</p>
      <div class="toolbar">
        <label>
          {t('stations')}{' '}
          <input name="stations" type="number" min={1} value={stations} disabled={!setup} onInput={(e) => setStations(Number(e.currentTarget.value))} />
        </label>
        {sessions.map((s) => (
          <label key={s.name}>
            {s.name} {t('capacity')}{' '}
            <input
              name={`capacity-${s.name}`}
              type="number"
              min={1}
              value={capacityOf(s.name)}
              disabled={!setup}
              onInput={(e) => setCapacities({ ...capacities, [s.name]: Number(e.currentTarget.value) })}
            />
          </label>
        ))}
        <button class="primary" onClick={assign} disabled={action.busy || !setup}>
          {t('assignSessions')}
        </button>
      </div>
      <Outcome {...action} />
      <p>
        <a href={`${path}/schedule.pdf`} data-testid="schedule-pdf">
          {t('schedulePdf')}
        </a>{' '}
        · <a href={board}>{t('publicSchedule')}</a>
      </p>
      {schedule?.sessions.map((s) => (
        <div key={s.name}>
          <h3>
            {s.name} <small>{sessionTimes(s)} · {s.venue} · {sessionPace(s)}</small>
          </h3>
          <SessionSeats session={s} />
        </div>
      ))}
    </section>
  );
}
