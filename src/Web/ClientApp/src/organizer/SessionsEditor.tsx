import { fill, t } from '../shared/i18n';
import type { EventSession } from './consoleTypes';

// <input type="datetime-local"> speaks "2026-10-12T08:30"; the API keeps whole seconds in the contest's local time.
const toInput = (value: string) => value.slice(0, 16);
const fromInput = (value: string) => (value.length === 16 ? `${value}:00` : value);

/** An event's sittings (场次) and their times, in the contest's time zone. */
export function SessionsEditor({ sessions, onChange }: { sessions: EventSession[]; onChange: (sessions: EventSession[]) => void }) {
  const set = (i: number, patch: Partial<EventSession>) => onChange(sessions.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset data-testid="sessions">
      <legend>{t('sessions')}</legend>
      {sessions.map((s, i) => (
        <div key={i} class="inline">
          <input aria-label={t('sessionName')} value={s.name} onInput={(e) => set(i, { name: e.currentTarget.value })} />
          <input aria-label={t('sessionStarts')} type="datetime-local" value={toInput(s.startsAt)} onInput={(e) => set(i, { startsAt: fromInput(e.currentTarget.value) })} />
          <input aria-label={t('sessionEnds')} type="datetime-local" value={toInput(s.endsAt)} onInput={(e) => set(i, { endsAt: fromInput(e.currentTarget.value) })} />
          <input aria-label={t('sessionVenue')} placeholder={t('venue')} value={s.venue ?? ''} onInput={(e) => set(i, { venue: e.currentTarget.value || null })} />
          <button type="button" class="small" aria-label={t('remove')} onClick={() => onChange(sessions.filter((_, j) => j !== i))}>
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        class="small"
        onClick={() => {
          const last = sessions.at(-1);
          onChange([...sessions, { name: fill('sessionDefaultName', { n: sessions.length + 1 }), startsAt: last?.endsAt ?? '', endsAt: last?.endsAt ?? '', venue: last?.venue ?? null }]);
        }}
      >
        {t('addSession')}
      </button>
    </fieldset>
  );
}
