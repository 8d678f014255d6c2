import { language, setLanguage, t } from '../shared/i18n';
import { lazyComponent } from '../shared/lazyComponent';
import { useSignal } from '../shared/signal';
import { takeUpdate, updateWaiting } from './appUpdate';
import { AnnouncementDialog } from './AnnouncementDialog';
import { acknowledgementsWaiting } from './announcements';
import { ChiefSheet } from './ChiefSheet';
import { CompetitorList, useOutbox } from './CompetitorList';
import { EventList } from './EventList';
import { MarkingSheet } from './MarkingSheet';
import { go, useRoute } from '../shared/route';
import { saveSession, session } from './session';
import { SignIn } from './SignIn';
import { connection } from './sync';
import { clearWorkload, workload } from './workload';

/** Only chief judges open these; the dashboard brings the live-board client with it. */
const ChiefDashboard = lazyComponent(() => import('./ChiefDashboard').then((m) => m.ChiefDashboard));
const ChiefCheckIn = lazyComponent(() => import('./ChiefCheckIn').then((m) => m.ChiefCheckIn));

export function App() {
  useSignal(language);
  const current = useSignal(session);
  const route = useRoute();
  const state = useSignal(connection);
  useSignal(workload);
  const update = useSignal(updateWaiting);
  const waiting = useOutbox().filter((e) => e.status === 'pending').length;
  const acknowledgements = useSignal(acknowledgementsWaiting);

  if (route[0] === 'sign-in' || !current) {
    return <SignIn code={route[0] === 'sign-in' ? route[1] : undefined} />;
  }

  return (
    <div class="shell">
      <header class="bar">
        <button class="link" onClick={() => go()}>{t('appTitle')}</button>
        <span class="who">{workload.value?.judge.name ?? current.judgeId}</span>
        <span class={`connection ${state}`} data-testid="connection">
          {state === 'online' ? t('online') : state === 'offline' ? t('offline') : t('sessionRevoked')}
        </span>
        {waiting > 0 && (
          <span class="waiting" data-testid="waiting" role="status">
            <strong>{waiting}</strong> {t('marksWaiting')}
          </span>
        )}
        {update && (
          <button class="link update" data-testid="update-waiting" onClick={takeUpdate}>
            {t('updateWaiting')}
          </button>
        )}
        {acknowledgements > 0 && (
          <span class="waiting" data-testid="acknowledgements-waiting" role="status">
            <strong>{acknowledgements}</strong> {t('acknowledgementsWaiting')}
          </span>
        )}
        <button class="link" onClick={() => setLanguage(language.value === 'zh-CN' ? 'en' : 'zh-CN')}>{t('language')}</button>
        <button
          class="link"
          onClick={() => {
            saveSession(null);
            clearWorkload();
            go('sign-in');
          }}
        >
          {t('signOut')}
        </button>
      </header>
      {state === 'signed-out' && (
        <div class="banner error" role="alert" data-testid="revoked">
          {t('sessionRevoked')} <button onClick={() => go('sign-in')}>{t('signIn')}</button>
        </div>
      )}
      <main>{page(route)}</main>
      <AnnouncementDialog />
    </div>
  );
}

function page(route: string[]) {
  const [area, eventCode, sub, competitorId] = route;
  if (area === 'event' && eventCode && sub === 'competitor' && competitorId) {
    return <MarkingSheet eventCode={eventCode} competitorId={competitorId} />;
  }
  if (area === 'event' && eventCode) {
    return <CompetitorList eventCode={eventCode} />;
  }
  if (area === 'chief' && eventCode && sub === 'competitor' && competitorId) {
    return <ChiefSheet eventCode={eventCode} competitorId={competitorId} />;
  }
  if (area === 'chief' && eventCode && sub === 'check-in') {
    return <ChiefCheckIn eventCode={eventCode} />;
  }
  if (area === 'chief' && eventCode) {
    return <ChiefDashboard eventCode={eventCode} />;
  }
  return <EventList />;
}
