import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { Modal } from '../shared/Modal';
import { useSignal } from '../shared/signal';
import { acknowledge, announcements } from './announcements';
import { workload } from './workload';
import { localTime } from '../shared/time';

/**
 * A message to the judge over whatever he is doing, oldest first, until he acknowledges it: it cannot be missed.
 * Escape closes a native dialog whatever the page says, so the message simply opens again.
 */
export function AnnouncementDialog() {
  const list = useSignal(announcements);
  const current = useSignal(workload);
  const [reopened, setReopened] = useState(0);
  const waiting = list.filter((a) => !a.acknowledgedAt).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  const first = waiting[0];
  if (!first) {
    return null;
  }
  const eventName = current?.events.find((e) => e.assignment.eventCode === first.eventCode)?.assignment.eventName ?? first.eventCode;
  return (
    <Modal key={`${first.id}-${reopened}`} label={t('announcement')} testId="announcement" class="announcement" onClose={() => setReopened((n) => n + 1)}>
      <h3>
        {first.fromChiefJudge ? t('fromChief') : t('fromOrganizers')} · {eventName}
        {waiting.length > 1 && <small class="muted"> (1/{waiting.length})</small>}
      </h3>
      <p class="muted">{localTime(first.sentAt)}</p>
      <p class="announcement-text" data-testid="announcement-text">
        {first.text}
      </p>
      <div class="modal-actions">
        <button class="primary big" data-autofocus data-testid="announcement-acknowledge" onClick={() => acknowledge(first)}>
          {t('acknowledge')}
        </button>
      </div>
    </Modal>
  );
}
