import { t, type MessageKey } from '../shared/i18n';
import { useLiveContest } from '../shared/liveContest';
import { Banners } from './Banners';
import { MedalTable } from './MedalTable';

/** Every event's status and the prize table, pushed over SignalR as they change (at most once a second). */
export function ContestHome({ contestId }: { contestId: string }) {
  const { contest: board, state, banners } = useLiveContest(contestId);
  if (!board) {
    return <p>{t('loading')}</p>;
  }
  return (
    <>
      <h1>
        {board.name} <span class={`live ${state}`} data-testid="live-state">{state === 'live' ? t('live') : t('reconnecting')}</span>
      </h1>
      <Banners banners={banners} />
      <p class="home-actions">
        <button type="button" class="button jump" data-testid="jump-to-medals" onClick={() => document.getElementById('medals')?.scrollIntoView({ block: 'start' })}>
          {t('jumpToMedals')}
        </button>{' '}
        <a class="button" href={`?contest=${encodeURIComponent(contestId)}#/screen/${board.events.slice(0, 6).map((e) => e.eventCode).join(',')}/15`}>
          {t('bigScreen')}
        </a>
      </p>
      <section class="two-columns">
        <div>
          <h2>{t('events')}</h2>
          <table class="events" data-testid="events">
            <thead>
              <tr>
                <th>{t('events')}</th>
                <th>{t('venue')}</th>
                <th>{t('status')}</th>
                <th>{t('completeSheets')}</th>
              </tr>
            </thead>
            <tbody>
              {board.events.map((e) => (
                <tr key={e.eventCode} data-event={e.eventCode}>
                  <td>
                    <a href={`?contest=${encodeURIComponent(contestId)}#/event/${e.eventCode}`}>{e.name}</a>
                  </td>
                  <td>{e.venue}</td>
                  <td>
                    <span class={`status ${e.status}`}>{t(e.status as MessageKey)}</span>
                  </td>
                  <td>
                    {e.completeSheets}/{e.competitors}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div id="medals">
          <h2>{t('medalTable')}</h2>
          <MedalTable medals={board.medals} counting={board.medalCounting} />
          {board.bestOfDelegation && board.bestOfDelegation.length > 0 && (
            <>
              <h2>{t('bestOfDelegation')}</h2>
              <table class="events" data-testid="best-of-delegation">
                <thead>
                  <tr>
                    <th>{t('delegation')}</th>
                    <th>{t('name')}</th>
                    <th>{t('events')}</th>
                    <th>{t('standardised')}</th>
                  </tr>
                </thead>
                <tbody>
                  {board.bestOfDelegation.map((b) => (
                    <tr key={`${b.delegation}-${b.eventCode}-${b.name}`}>
                      <td>{b.delegation}</td>
                      <td>{b.name}</td>
                      <td>{b.eventCode}</td>
                      <td>{b.standardised}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      </section>
    </>
  );
}
