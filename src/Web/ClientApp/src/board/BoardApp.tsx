import { useEffect, useState } from 'preact/hooks';
import { language, setLanguage, t } from '../shared/i18n';
import { useSignal } from '../shared/signal';
import { AdvancementNotice } from './AdvancementNotice';
import { BigScreen } from './BigScreen';
import { ContestHome } from './ContestHome';
import { EventBoard } from './EventBoard';
import { ScheduleBoard } from './ScheduleBoard';

/**
 * The contest comes from ?contest=…; pages are hash routes: #/, #/event/E001, #/advancement/F001, #/screen/E001,E002/15,
 * and an event's schedule #/schedule/E001 (#/schedule/E001/screen across a hall).
 */
export function BoardApp() {
  useSignal(language);
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const contestId = new URLSearchParams(location.search).get('contest') ?? 'demo-2026';
  const [area, first, second] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);

  if (area === 'screen') {
    return <BigScreen contestId={contestId} eventCodes={(first ?? '').split(',').filter(Boolean)} seconds={Number(second) || 15} />;
  }

  if (area === 'schedule' && first && second === 'screen') {
    return <ScheduleBoard contestId={contestId} eventCode={first} big />;
  }

  return (
    <div class="public">
      <header class="public-bar">
        <a href={`?contest=${encodeURIComponent(contestId)}#/`}>{t('contestHome')}</a>
        <button class="lang" onClick={() => setLanguage(language.value === 'zh-CN' ? 'en' : 'zh-CN')}>{t('language')}</button>
      </header>
      <main>
        {area === 'event' && first ? (
          <EventBoard contestId={contestId} eventCode={first} />
        ) : area === 'advancement' && first ? (
          <AdvancementNotice contestId={contestId} eventCode={first} />
        ) : area === 'schedule' && first ? (
          <ScheduleBoard contestId={contestId} eventCode={first} big={false} />
        ) : (
          <ContestHome contestId={contestId} />
        )}
      </main>
    </div>
  );
}
