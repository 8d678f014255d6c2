import type { HubConnection } from '@microsoft/signalr';
import { useEffect, useState } from 'preact/hooks';
import { request } from './api';
import { bannerFeed } from './liveBanners';
import { openLive, type LiveState } from './liveBoard';
import type { ContestBoardUpdate, ContestBoardView, PublicBanner } from './types';

/** While the push connection is down the page still moves, slowly: a fallback, not the way the page is fed. */
const PollWhileDownMs = 60_000;

/** A page that has nothing to show yet does not wait a whole fallback interval for its first view. */
const FirstPollWhileDownMs = 5_000;

/** Applies an update: changed events replace their old selves (new ones join in code order); the tables are whole. */
export function applyContestUpdate(view: ContestBoardView, update: ContestBoardUpdate): ContestBoardView {
  const events = new Map(view.events.map((e) => [e.eventCode, e]));
  update.events.forEach((e) => events.set(e.eventCode, e));
  return {
    ...view,
    events: [...events.values()].sort((a, b) => (a.eventCode < b.eventCode ? -1 : a.eventCode > b.eventCode ? 1 : 0)),
    medals: update.medals,
    bestOfDelegation: update.bestOfDelegation,
    medalCounting: update.medalCounting,
    version: update.version,
  };
}

/**
 * Follows the contest home over SignalR (`WatchContest`, then `contestChanged` updates), and the contest's banners
 * on the same connection. Updates apply only in sequence; after a gap or a reconnect the whole view is read again (it
 * is small). While the connection is down the public API is polled every minute.
 */
export function useLiveContest(contestId: string): { contest: ContestBoardView | null; state: LiveState; banners: PublicBanner[] } {
  const [contest, setContest] = useState<ContestBoardView | null>(null);
  const [state, setState] = useState<LiveState>('connecting');
  const [banners, setBanners] = useState<PublicBanner[]>([]);

  useEffect(() => {
    let current: ContestBoardView | null = null;
    const feed = bannerFeed(contestId, null, setBanners);
    // Updates that arrive while the view is being read: applied after it if they continue it.
    let pending: ContestBoardUpdate[] | null = null;
    const publish = (next: ContestBoardView) => {
      current = next;
      setContest(next);
    };

    const reload = async (connection: HubConnection) => {
      pending = [];
      try {
        let next = await connection.invoke<ContestBoardView>('WatchContest', contestId);
        for (const update of pending.sort((a, b) => a.version - b.version)) {
          if (update.epoch === next.epoch && update.version === next.version + 1) {
            next = applyContestUpdate(next, update);
          }
        }
        publish(next);
      } finally {
        pending = null;
      }
    };

    return openLive(
      null,
      (connection) => {
        feed.listen(connection);
        connection.on('contestChanged', (update: ContestBoardUpdate) => {
          if (pending || !current) {
            pending?.push(update);
            return;
          }
          if (update.epoch === current.epoch && update.version === current.version + 1) {
            publish(applyContestUpdate(current, update));
          } else if (update.epoch !== current.epoch || update.version > current.version + 1) {
            void reload(connection).catch(() => undefined);
          }
        });
      },
      // Banners are joined on every (re)connection; a gap in the updates only reads the view again.
      async (connection) => {
        await feed.watch(connection);
        await reload(connection);
      },
      setState,
    );
  }, [contestId]);

  useEffect(() => {
    if (state === 'live') {
      return;
    }
    let alive = true;
    let timer = 0;
    const poll = async () => {
      try {
        const fresh = await request<ContestBoardView>('GET', `/api/public/contests/${encodeURIComponent(contestId)}`, null);
        if (alive) {
          setContest(fresh);
        }
      } catch {
        // Keeps the last view; the next poll or the connection's return brings a fresh one.
      }
      if (alive) {
        timer = window.setTimeout(() => void poll(), PollWhileDownMs);
      }
    };
    timer = window.setTimeout(() => void poll(), contest ? PollWhileDownMs : FirstPollWhileDownMs);
    return () => {
      alive = false;
      window.clearTimeout(timer);
    };
    // Restarted only when the connection goes up or down, not with every view it brings.
  }, [state, contestId]);

  return { contest, state, banners };
}
