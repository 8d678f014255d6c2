import { AnnouncementDesk } from '../shared/AnnouncementDesk';
import { AdvancementPanel } from './AdvancementPanel';
import { eventStatus, t } from '../shared/i18n';
import { go } from '../shared/route';
import { CheckInDesk } from '../shared/CheckInDesk';
import { api, consoleCall, describe } from './consoleApi';
import type { EventView } from './consoleTypes';
import { CompetitorsPanel } from './CompetitorsPanel';
import { DrawPanel } from './DrawPanel';
import { EventSettings } from './EventSettings';
import { PanelsEditor } from './PanelsEditor';
import { PublishPanel } from './PublishPanel';
import { SchemeEditor } from './SchemeEditor';
import { SessionsPanel } from './SessionsPanel';
import { Tabs } from './Tabs';
import { useLoad } from './useLoad';

export function EventPage({ contestId, eventCode, tab }: { contestId: string; eventCode: string; tab: string }) {
  const path = `/api/contests/${contestId}/events/${encodeURIComponent(eventCode)}`;
  const event = useLoad(() => api.get<EventView>(path), path);
  const view = event.data;
  return (
    <>
      <p>
        <button class="link" onClick={() => go('contest', contestId)}>
          ← {contestId}
        </button>
      </p>
      <h1>
        {eventCode} {view?.definition.name} <span class={`status ${view?.status ?? ''}`}>{eventStatus(view?.status)}</span>
      </h1>
      {event.error && <p class="error">{event.error}</p>}
      <Tabs
        base={['contest', contestId, 'event', eventCode]}
        current={tab}
        tabs={[
          ['settings', t('tabSettings')],
          ['scheme', t('tabScheme')],
          ...(view?.definition.advancement ? [['advancement', t('tabAdvancement')] as [string, string]] : []),
          ['competitors', t('competitors')],
          ['draw', t('tabDraw')],
          ['sessions', t('tabSessions')],
          ['panels', t('tabPanels')],
          ['check-in', t('checkIn')],
          ['publish', t('tabPublish')],
          ['announcements', t('announcements')],
        ]}
      />
      {view && tab === 'settings' && <EventSettings path={path} view={view} onSaved={event.reload} />}
      {view && tab === 'scheme' && <SchemeEditor path={path} view={view} onSaved={event.reload} />}
      {view && tab === 'advancement' && <AdvancementPanel contestId={contestId} path={path} view={view} onChanged={event.reload} />}
      {view && tab === 'competitors' && <CompetitorsPanel contestId={contestId} path={path} />}
      {view && tab === 'draw' && <DrawPanel path={path} view={view} />}
      {view && tab === 'sessions' && <SessionsPanel contestId={contestId} path={path} view={view} />}
      {view && tab === 'panels' && <PanelsEditor contestId={contestId} path={path} view={view} onSaved={event.reload} />}
      {view && tab === 'check-in' && <CheckInDesk eventPath={path} send={(method, url, body) => (method === 'GET' ? api.get(url) : api.post(url, body))} />}
      {view && tab === 'publish' && <PublishPanel contestId={contestId} path={path} view={view} onChanged={event.reload} />}
      {tab === 'announcements' && (
        <AnnouncementDesk path={`${path}/announcements`} audiences={['Judges', 'Public']} call={consoleCall} describe={describe} />
      )}
    </>
  );
}
