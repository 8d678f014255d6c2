import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, newId, OfflineError } from './api';
import { useConfirm } from './ConfirmDialog';
import { fill, refusal, t, type MessageKey } from './i18n';
import { Modal } from './Modal';
import type { AbsenceSweep, Attendance, AttendanceAction, CheckInEntry, CheckInList, CheckInOutcome } from './types';
import './check-in.css';

/** How the desk reaches the API: the tablet with its session token, the console with its cookie. */
export type Send = <T>(method: 'GET' | 'POST', url: string, body?: unknown) => Promise<T>;

const attendanceKey: Record<Attendance, MessageKey> = { Unknown: 'waiting', Present: 'present', Absent: 'absent' };

/** A competitor as the desk names him: station, code, and the name where the caller may see it. */
function label(entry: CheckInEntry): string {
  return [entry.station === null ? null : `${t('station')} ${entry.station}`, entry.blindCode ?? entry.competitorId, entry.name].filter(Boolean).join(' · ');
}

function say(error: unknown): string {
  if (error instanceof ApiError) return refusal(error.problem);
  if (error instanceof OfflineError) return t('offline');
  return String(error);
}

/**
 * The check-in desk (检录) for the chief judge's tablet and the organizer console: type or scan a station number,
 * blind code or ID number and press Enter (a barcode scanner types like a keyboard and ends with Enter), see the
 * counts and every competitor's state, mark absent one by one or everyone still waiting at once, and undo (an absence
 * only with a reason). Every change is a ledger entry on the server; the list is read again every few seconds so two
 * desks agree.
 */
export function CheckInDesk({ eventPath, send, deviceId }: { eventPath: string; send: Send; deviceId?: string }) {
  const [list, setList] = useState<CheckInList | null>(null);
  const [find, setFind] = useState('');
  const [shown, setShown] = useState<Attendance | null>(null);
  const [message, setMessage] = useState<{ text: string; kind: 'ok' | 'info' | 'error' } | null>(null);
  const [undoing, setUndoing] = useState<CheckInEntry | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const confirm = useConfirm();

  async function reload() {
    try {
      setList(await send<CheckInList>('GET', `${eventPath}/check-in`));
    } catch (error) {
      setMessage({ text: say(error), kind: 'error' });
    }
  }

  useEffect(() => {
    void reload();
    const timer = window.setInterval(() => void reload(), 5000);
    return () => window.clearInterval(timer);
  }, [eventPath]);

  async function act(run: () => Promise<string | null>) {
    setBusy(true);
    try {
      const done = await run();
      if (done) setMessage({ text: done, kind: 'ok' });
    } catch (error) {
      setMessage({ text: say(error), kind: 'error' });
    } finally {
      setBusy(false);
    }
    await reload();
  }

  async function checkIn(event: Event) {
    event.preventDefault();
    const text = find.trim();
    if (!text) return;
    setBusy(true);
    try {
      const outcome = await send<CheckInOutcome>('POST', `${eventPath}/check-in`, { entryId: newId(), find: text, deviceId });
      const who = label(outcome.competitor);
      setMessage(
        outcome.repeat
          ? { text: fill('alreadyCheckedIn', { who, time: new Date(outcome.receipt.recordedAt).toLocaleTimeString() }), kind: 'info' }
          : { text: fill('checkedIn', { who }), kind: 'ok' },
      );
      setFind('');
    } catch (error) {
      setMessage({ text: say(error), kind: 'error' });
      // Left selected: the next scan replaces it.
      window.setTimeout(() => input.current?.select());
    } finally {
      setBusy(false);
    }
    await reload();
    input.current?.focus();
  }

  const record = (entry: CheckInEntry, action: AttendanceAction, why?: string) =>
    send('POST', `${eventPath}/competitors/${encodeURIComponent(entry.competitorId)}/attendance`, { entryId: newId(), action, reason: why, deviceId });

  async function markAbsent(entry: CheckInEntry) {
    const who = label(entry);
    const confirmed = await confirm.ask({ title: t('markAbsent'), message: fill('markAbsentConfirm', { who }), confirmLabel: t('markAbsent'), cancelLabel: t('cancel') });
    if (confirmed) await act(async () => (await record(entry, 'MarkAbsent'), null));
  }

  async function markWaitingAbsent() {
    const confirmed = await confirm.ask({
      title: t('markWaitingAbsent'),
      message: fill('markWaitingAbsentConfirm', { waiting: list?.waiting ?? 0 }),
      confirmLabel: t('markWaitingAbsent'),
      cancelLabel: t('cancel'),
    });
    if (!confirmed) return;
    await act(async () => {
      const sweep = await send<AbsenceSweep>('POST', `${eventPath}/check-in/mark-waiting-absent`, { entryId: newId() });
      const done = fill('sweepDone', { marked: sweep.markedAbsent });
      return sweep.markedButNotCheckedIn > 0 ? `${done} ${fill('sweepMarkedNotCheckedIn', { count: sweep.markedButNotCheckedIn })}` : done;
    });
  }

  async function undoAbsence(event: Event) {
    event.preventDefault();
    const entry = undoing!;
    setUndoing(null);
    await act(async () => (await record(entry, 'Undo', reason), null));
  }

  const rows = list?.competitors.filter((c) => shown === null || c.attendance === shown) ?? [];
  const count = (attendance: Attendance | null, figure: number | undefined, key: MessageKey) => (
    <button
      type="button"
      class={`count ${attendance ?? 'all'} ${shown === attendance ? 'active' : ''}`}
      aria-pressed={shown === attendance}
      data-testid={`count-${attendance ?? 'all'}`}
      onClick={() => setShown(attendance)}
    >
      <strong>{figure ?? '–'}</strong> {t(key)}
    </button>
  );
  return (
    <section class="check-in">
      <form class="check-in-find" onSubmit={(e) => void checkIn(e)}>
        <input
          ref={input}
          autoFocus
          type="search"
          enterKeyHint="go"
          autoComplete="off"
          data-testid="check-in-find"
          aria-label={t('checkInFind')}
          placeholder={t('checkInFind')}
          value={find}
          onInput={(e) => setFind(e.currentTarget.value)}
        />
        <button type="submit" class="primary" data-testid="check-in-submit" disabled={busy}>
          {t('checkInSubmit')}
        </button>
      </form>
      {message && (
        <p class={`banner ${message.kind === 'error' ? 'error' : message.kind === 'info' ? 'warn' : 'ok'}`} role="status" data-testid="check-in-message">
          {message.text}
        </p>
      )}
      <div class="check-in-counts" role="group" aria-label={t('attendance')}>
        {count('Present', list?.present, 'present')}
        {count('Absent', list?.absent, 'absent')}
        {count('Unknown', list?.waiting, 'waiting')}
        {count(null, list?.competitors.length, 'allCompetitors')}
        <button type="button" data-testid="mark-waiting-absent" disabled={busy || !list?.waiting} onClick={() => void markWaitingAbsent()}>
          {t('markWaitingAbsent')}
        </button>
      </div>
      {confirm.dialog}
      {undoing && (
        <Modal label={fill('undoAbsenceTitle', { who: label(undoing) })} testId="undo-absence" onClose={() => setUndoing(null)}>
          <form onSubmit={(e) => void undoAbsence(e)}>
            <h3>{fill('undoAbsenceTitle', { who: label(undoing) })}</h3>
            <label>
              {t('reason')}
              <input data-autofocus required data-testid="undo-reason" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
            </label>
            <div class="modal-actions">
              <button type="button" onClick={() => setUndoing(null)}>
                {t('cancel')}
              </button>
              <button type="submit" class="primary" data-testid="undo-confirm" disabled={!reason.trim()}>
                {t('undoAbsence')}
              </button>
            </div>
          </form>
        </Modal>
      )}
      {!list ? (
        <p>{t('loading')}</p>
      ) : (
        <table class="check-in-list" data-testid="check-in-list">
          <thead>
            <tr>
              <th>{t('station')}</th>
              <th>{t('code')}</th>
              <th>{t('name')}</th>
              <th>{t('idNumber')}</th>
              <th>{t('attendance')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <tr key={entry.competitorId} data-competitor={entry.competitorId} data-attendance={entry.attendance}>
                <td>{entry.station ?? '–'}</td>
                <td class="mono">{entry.blindCode ?? entry.competitorId}</td>
                <td>{entry.name ?? ''}</td>
                <td class="mono">{entry.idNumber ?? ''}</td>
                <td>
                  <span class={`attendance ${entry.attendance}`} data-testid="attendance">
                    {t(attendanceKey[entry.attendance])}
                  </span>
                </td>
                <td class="actions">
                  {entry.attendance === 'Unknown' && (
                    <>
                      <button type="button" class="small" data-action="CheckIn" disabled={busy} onClick={() => void act(async () => (await record(entry, 'CheckIn'), null))}>
                        {t('checkInSubmit')}
                      </button>
                      <button type="button" class="small" data-action="MarkAbsent" disabled={busy} onClick={() => void markAbsent(entry)}>
                        {t('markAbsent')}
                      </button>
                    </>
                  )}
                  {entry.attendance === 'Present' && (
                    <button type="button" class="small" data-action="Undo" disabled={busy} onClick={() => void act(async () => (await record(entry, 'Undo'), null))}>
                      {t('undo')}
                    </button>
                  )}
                  {entry.attendance === 'Absent' && (
                    <button
                      type="button"
                      class="small"
                      data-action="UndoAbsence"
                      disabled={busy}
                      onClick={() => {
                        setReason('');
                        setUndoing(entry);
                      }}
                    >
                      {t('undoAbsence')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
