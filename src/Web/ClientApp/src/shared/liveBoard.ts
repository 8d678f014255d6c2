import { HttpTransportType, HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import { useEffect, useState } from 'preact/hooks';
import { bannerFeed } from './liveBanners';
import type { LeaderboardCatchUp, LeaderboardDelta, LeaderboardRow, LeaderboardView, PublicBanner } from './types';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/** Applies a delta to a board: changed rows replace their old selves, moved rows take their new place, removed rows go. */
export function applyDelta(board: LeaderboardView, delta: LeaderboardDelta): LeaderboardView {
  const rows = new Map<string, LeaderboardRow>(board.rows.map((r) => [r.key, r]));
  delta.removed.forEach((key) => rows.delete(key));
  delta.changed.forEach((row) => rows.set(row.key, row));
  delta.ranks.forEach(({ key, rank, award }) => {
    const row = rows.get(key);
    if (row) rows.set(key, { ...row, rank, award });
  });
  // Absent competitors (缺考) are unranked (rank 0) and follow the ranked field, as the server orders them.
  const ordered = [...rows.values()].sort((a, b) => Number(!!a.absent) - Number(!!b.absent) || a.rank - b.rank || a.key.localeCompare(b.key));
  return { ...board, version: delta.toVersion, rows: ordered, isFinal: delta.isFinal, publicBoard: delta.publicBoard };
}

/**
 * A connection to the live hub for one page: it starts (retrying every 3 s), reconnects on its own, starts over when
 * reconnecting gives up, and calls `watch` each time it is connected again (until it succeeds), so the page joins its
 * groups and reloads what it may have missed. `listen` registers the page's handlers before the connection starts.
 * Returns `stop`.
 */
export function openLive(
  token: string | null,
  listen: (connection: HubConnection) => void,
  watch: (connection: HubConnection) => Promise<void>,
  setState: (state: LiveState) => void,
): () => void {
  let stopped = false;
  const connection: HubConnection = new HubConnectionBuilder()
    // WebSockets straight away: with no negotiate request first, any web node behind the proxy can take the
    // connection, so several nodes need no sticky sessions.
    // Public pages use the hub's public path, so a proxy can give the audience web nodes of their own.
    .withUrl(token ? '/hubs/live' : '/hubs/public', {
      skipNegotiation: true,
      transport: HttpTransportType.WebSockets,
      ...(token ? { accessTokenFactory: () => token } : {}),
    })
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 30000])
    .configureLogging(LogLevel.Warning)
    .build();
  listen(connection);

  // Connects if need be and watches; a failed watch (a board moving to another server) is tried again, not dropped.
  let starting = false;
  const start = async () => {
    if (starting) {
      return;
    }
    starting = true;
    while (!stopped) {
      try {
        if (connection.state === HubConnectionState.Disconnected) {
          await connection.start();
        } else if (connection.state !== HubConnectionState.Connected) {
          break; // reconnecting on its own: onreconnected starts over
        }
        await watch(connection);
        setState('live');
        break;
      } catch {
        setState('reconnecting');
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
    }
    starting = false;
  };
  connection.onreconnecting(() => setState('reconnecting'));
  connection.onreconnected(() => void start());
  // A phone on a venue's Wi-Fi may be offline for longer than the automatic reconnects last: never give up.
  connection.onclose(() => {
    if (!stopped) {
      setState('reconnecting');
      void start();
    }
  });
  void start();

  return () => {
    stopped = true;
    void connection.stop();
  };
}

/**
 * Follows one event's board over SignalR. Deltas apply only in sequence; a gap (a lost message, a reconnect, a
 * rebuilt board) is closed by asking the server for what was missed, or for a fresh snapshot. The public board also
 * follows the banners of the event and its contest on the same connection.
 */
export function useLiveBoard(
  contestId: string,
  eventCode: string,
  token: string | null,
): { board: LeaderboardView | null; state: LiveState; banners: PublicBanner[] } {
  // Without a token it is the public board (as published: frozen, embargoed or live); with one, the live board.
  const [watch, catchUpMethod] = token ? ['WatchEvent', 'CatchUp'] : ['WatchPublicBoard', 'CatchUpPublic'];
  const [board, setBoard] = useState<LeaderboardView | null>(null);
  const [state, setState] = useState<LiveState>('connecting');
  const [banners, setBanners] = useState<PublicBanner[]>([]);

  useEffect(() => {
    let current: LeaderboardView | null = null;
    const feed = token ? null : bannerFeed(contestId, eventCode, setBanners);
    const publish = (next: LeaderboardView) => {
      current = next;
      setBoard(next);
    };

    const catchUp = async (connection: HubConnection) => {
      if (!current) {
        publish(await connection.invoke<LeaderboardView>(watch, contestId, eventCode));
        return;
      }
      const missed = await connection.invoke<LeaderboardCatchUp>(catchUpMethod, contestId, eventCode, current.epoch, current.version);
      if (missed.snapshot) {
        publish(missed.snapshot);
      } else {
        let next: LeaderboardView = current;
        for (const delta of missed.deltas) {
          if (delta.fromVersion === next.version) {
            next = applyDelta(next, delta);
          }
        }
        publish(next);
      }
    };

    return openLive(
      token,
      (connection) => {
        feed?.listen(connection);
        connection.on('boardChanged', (delta: LeaderboardDelta) => {
          if (!current) {
            return;
          }
          // A delta carries every row it touches as of its toVersion, so one that starts before the version held
          // (a merged delta a node sent while this page read its snapshot) applies just as well.
          if (delta.epoch === current.epoch && delta.fromVersion <= current.version && current.version < delta.toVersion) {
            publish(applyDelta(current, delta));
          } else if (delta.epoch !== current.epoch || delta.fromVersion > current.version) {
            void catchUp(connection);
          }
        });
      },
      // Banners are joined on every (re)connection; a gap in the board's deltas only catches the board up.
      async (connection) => {
        await feed?.watch(connection);
        await catchUp(connection);
      },
      setState,
    );
  }, [contestId, eventCode, token]);

  return { board, state, banners };
}
