import { request } from '../shared/api';
import { CheckInDesk } from '../shared/CheckInDesk';
import { t } from '../shared/i18n';
import { go } from '../shared/route';
import { useSignal } from '../shared/signal';
import { session } from './session';
import { workload } from './workload';

/** The chief judge's check-in desk (检录) on his tablet, opened from the event's overview. */
export function ChiefCheckIn({ eventCode }: { eventCode: string }) {
  const me = useSignal(session)!;
  const current = useSignal(workload);
  const assignment = current?.events.find((e) => e.assignment.eventCode === eventCode)?.assignment;
  return (
    <section>
      <button class="link" onClick={() => go('chief', eventCode)}>← {t('dashboard')}</button>
      <h2>
        {assignment?.eventName ?? eventCode} · {t('checkIn')}
      </h2>
      <CheckInDesk
        eventPath={`/api/contests/${me.contestId}/events/${encodeURIComponent(eventCode)}`}
        send={(method, url, body) => request(method, url, me.token, body)}
        deviceId={`tablet-${me.judgeId}`}
      />
    </section>
  );
}
