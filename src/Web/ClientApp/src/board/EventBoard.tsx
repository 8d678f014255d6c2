import { t } from '../shared/i18n';
import { useLiveBoard } from '../shared/liveBoard';
import type { LeaderboardView } from '../shared/types';
import { Banners } from './Banners';
import { BoardRows } from './BoardRows';

export function BoardNotice({ board }: { board: LeaderboardView }) {
  if (board.publicBoard === 'Frozen') {
    return <p class="notice" data-testid="frozen">{t('frozen')}</p>;
  }
  if (board.publicBoard === 'Hidden') {
    return <p class="notice" data-testid="hidden">{t('hidden')}</p>;
  }
  return null;
}

/** One event's public board, pushed live over SignalR. */
export function EventBoard({ contestId, eventCode }: { contestId: string; eventCode: string }) {
  const { board, state, banners } = useLiveBoard(contestId, eventCode, null);
  if (!board) {
    return <p>{t('loading')}</p>;
  }
  return (
    <section>
      <h1 class="board-title">
        <span data-testid="event-name">
          {board.eventName ? (
            <>
              {board.eventName} <small class="event-code">{eventCode}</small>
            </>
          ) : (
            eventCode
          )}
        </span>
        <span class="pills">
          <span class={`badge ${board.isFinal ? 'final' : ''}`} data-testid="finality">
            {board.isFinal ? t('final') : board.finalFrom ? `${t('notice')} ${new Date(board.finalFrom).toLocaleString()}` : t('provisional')}
          </span>
          <span class={`live ${state}`} data-testid="live-state">{state === 'live' ? t('live') : t('reconnecting')}</span>
        </span>
      </h1>
      <Banners banners={banners} />
      <BoardNotice board={board} />
      <BoardRows rows={board.rows} />
    </section>
  );
}
