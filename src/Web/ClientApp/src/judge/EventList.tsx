import { eventStatus, t } from '../shared/i18n';
import { useSignal } from '../shared/signal';
import { go } from '../shared/route';
import { workload } from './workload';

export function EventList() {
  const current = useSignal(workload);
  if (!current) {
    return <p>{t('loading')}</p>;
  }
  if (current.events.length === 0) {
    return <p>{t('noEvents')}</p>;
  }
  return (
    <section>
      <h2>{t('myEvents')}</h2>
      <ul class="cards">
        {current.events.map(({ assignment }) => (
          <li key={assignment.eventCode}>
            <button class="card" onClick={() => go(assignment.isChief ? 'chief' : 'event', assignment.eventCode)}>
              <strong>{assignment.eventName}</strong>
              <span>{assignment.venue}</span>
              <span class={`status ${assignment.status}`} data-testid="assignment-status">
                {eventStatus(assignment.status)}
              </span>
              {assignment.isChief && <span class="tag">{t('chief')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
