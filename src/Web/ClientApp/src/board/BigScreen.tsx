import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { useLiveBoard } from '../shared/liveBoard';
import { useLiveContest } from '../shared/liveContest';
import { Banners } from './Banners';
import { BoardNotice } from './EventBoard';
import { MedalTable } from './MedalTable';
import { BoardRows } from './BoardRows';

/** Venue displays: full-HD, large type, rotating through the chosen events and the prize table. */
export function BigScreen({ contestId, eventCodes, seconds }: { contestId: string; eventCodes: string[]; seconds: number }) {
  const pages = [...eventCodes, 'medals'];
  const [index, setIndex] = useState(0);
  const { contest, banners } = useLiveContest(contestId);
  useEffect(() => {
    const timer = window.setInterval(() => setIndex((i) => (i + 1) % pages.length), seconds * 1000);
    return () => window.clearInterval(timer);
  }, [pages.length, seconds]);

  const page = pages[index % pages.length];
  return (
    <div class="big-screen" data-testid="big-screen">
      <header>
        <span>{contest?.name}</span>
        <span class="page-dots">{pages.map((p, i) => <i key={p} class={i === index ? 'on' : ''} />)}</span>
      </header>
      {page === 'medals' ? (
        <section>
          <Banners banners={banners} />
          <h1>{t('medalTable')}</h1>
          <MedalTable medals={contest?.medals ?? []} counting={contest?.medalCounting ?? 'AllEvents'} limit={12} />
        </section>
      ) : (
        <ScreenBoard contestId={contestId} eventCode={page} name={contest?.events.find((e) => e.eventCode === page)?.name ?? page} />
      )}
    </div>
  );
}

function ScreenBoard({ contestId, eventCode, name }: { contestId: string; eventCode: string; name: string }) {
  // The event's banners and the contest's, on the board's own connection.
  const { board, banners } = useLiveBoard(contestId, eventCode, null);
  return (
    <section>
      <Banners banners={banners} />
      <h1>{name}</h1>
      {board && <BoardNotice board={board} />}
      {board && <BoardRows rows={board.rows} limit={10} compact />}
    </section>
  );
}
