import { useEffect, useState } from 'preact/hooks';
import { newId } from './api';
import { t, type MessageKey } from './i18n';
import type { AnnouncementAudience, AnnouncementView } from './types';
import { localTime } from './time';

/** How the desk talks to the API: the tablet with its bearer token, the console with its cookie and anti-forgery token. */
export type DeskCall = <T>(method: 'GET' | 'POST', url: string, body?: unknown) => Promise<T>;

/** The acknowledgements are followed while the desk is open: judges acknowledge within a minute or two. */
const RefreshMs = 5000;

const audienceLabel: Record<AnnouncementAudience, MessageKey> = { Judges: 'toJudges', Public: 'toPublic' };

/**
 * Where organizers and a chief judge announce: a form (to the event's judges or to a public board) and what was
 * announced, newest first, with who has acknowledged each message and who has not, and public banners' state.
 */
export function AnnouncementDesk(props: {
  path: string;
  audiences: AnnouncementAudience[];
  publicLabel?: MessageKey;
  call: DeskCall;
  describe: (error: unknown) => string;
}) {
  const { path, audiences, call, describe } = props;
  const [list, setList] = useState<AnnouncementView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [audience, setAudience] = useState<AnnouncementAudience>(audiences[0]);
  const [text, setText] = useState('');
  const [minutes, setMinutes] = useState('');
  const [busy, setBusy] = useState(false);
  // Made once per message written: a resend after a lost answer (or a second click) sends it once.
  const [draftId, setDraftId] = useState(newId);

  useEffect(() => {
    let live = true;
    call<AnnouncementView[]>('GET', path).then(
      (fresh) => live && (setList(fresh), setError(null)),
      (failure) => live && setError(describe(failure)),
    );
    const timer = window.setTimeout(() => setRound((r) => r + 1), RefreshMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, round]);

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setRound((r) => r + 1);
      return true;
    } catch (failure) {
      setError(describe(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const send = async (e: Event) => {
    e.preventDefault();
    const expiresInMinutes = audience === 'Public' && minutes.trim() ? Number(minutes) : null;
    if (await act(() => call('POST', path, { announcementId: draftId, audience, text, expiresInMinutes }))) {
      setText('');
      setMinutes('');
      setDraftId(newId());
    }
  };

  return (
    <section class="announcements panel" data-testid="announcements">
      <form class="announcement-form" onSubmit={(e) => void send(e)} data-testid="announcement-form">
        <h3>{t('newAnnouncement')}</h3>
        {audiences.length > 1 && (
          <fieldset class="choices">
            <legend>{t('sendTo')}</legend>
            {audiences.map((a) => (
              <label key={a} class="check">
                <input type="radio" name="audience" value={a} checked={audience === a} onChange={() => setAudience(a)} />
                {t(audienceLabel[a])}
              </label>
            ))}
          </fieldset>
        )}
        {audiences.length === 1 && <p class="muted">{t(audiences[0] === 'Public' ? (props.publicLabel ?? 'toPublic') : 'toJudges')}</p>}
        <label>
          {t('announcementText')}
          <textarea name="text" rows={3} maxLength={500} value={text} onInput={(e) => setText(e.currentTarget.value)} required />
        </label>
        {audience === 'Public' && (
          <label>
            {t('minutesOnShow')}
            <input name="minutes" type="number" min={1} max={10080} inputMode="numeric" value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} />
          </label>
        )}
        <button class="primary" type="submit" disabled={busy || !text.trim()} data-testid="announcement-send">
          {t('send')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {list && list.length === 0 && <p class="muted">{t('noAnnouncements')}</p>}
      <ul class="announcement-list">
        {list?.map((a) => (
          <li key={a.id} data-announcement={a.id} data-audience={a.audience}>
            <p class="announcement-text">{a.text}</p>
            <p class="muted">
              {localTime(a.sentAt)} · {t(a.audience === 'Public' ? (props.publicLabel ?? 'toPublic') : 'toJudges')} · {t('sentBy')}{' '}
              {a.sentBy}
            </p>
            {a.audience === 'Judges' ? <Acknowledgements announcement={a} /> : <BannerState announcement={a} />}
            {a.isShowing && (
              <button class="small" disabled={busy} data-testid="announcement-withdraw" onClick={() => void act(() => call('POST', `${path}/${a.id}/withdrawal`))}>
                {t('withdraw')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "3/5 acknowledged", and the names of those who have not. */
function Acknowledgements({ announcement }: { announcement: AnnouncementView }) {
  const missing = announcement.addressees.filter((a) => !a.acknowledgedAt);
  const count = announcement.addressees.length - missing.length;
  return (
    <p data-testid="acknowledgements">
      <strong data-testid="acknowledged-count">
        {count}/{announcement.addressees.length}
      </strong>{' '}
      {t('acknowledgedCount')}
      {missing.length > 0 ? (
        <span class="warn" data-testid="not-acknowledged">
          {' · '}
          {t('notYetAcknowledged')}: {missing.map((a) => a.name).join('、')}
        </span>
      ) : (
        <span class="ok"> · {t('everyoneAcknowledged')}</span>
      )}
    </p>
  );
}

function BannerState({ announcement }: { announcement: AnnouncementView }) {
  const state = announcement.withdrawnAt ? t('withdrawn') : announcement.isShowing ? t('showing') : t('expired');
  return (
    <p data-testid="banner-state">
      <span class={`tag ${announcement.isShowing ? 'ok' : ''}`}>{state}</span>
      {announcement.expiresAt && announcement.isShowing && (
        <span class="muted">
          {' '}
          {t('until')} {localTime(announcement.expiresAt)}
        </span>
      )}
    </p>
  );
}
