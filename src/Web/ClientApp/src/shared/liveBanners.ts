import type { HubConnection } from '@microsoft/signalr';
import type { BannerBoard, PublicBanner } from './types';

/**
 * The banners of a public page, on the page's own live connection: `listen` before it starts, `watch` each time it is
 * connected (it joins the banner groups of the contest and, with an event code, of the event, then reads them). Each
 * board's banners come whole; one with an older version than held is a late message and is dropped.
 */
export function bannerFeed(contestId: string, eventCode: string | null, publish: (banners: PublicBanner[]) => void) {
  const boards = new Map<string, BannerBoard>();
  const key = (board: BannerBoard) => board.eventCode ?? '';
  const apply = (board: BannerBoard) => {
    const held = boards.get(key(board));
    if (board.contestId === contestId && (board.eventCode === null || board.eventCode === eventCode) && (!held || board.version >= held.version)) {
      boards.set(key(board), board);
    }
  };
  const show = () => publish([...boards.values()].flatMap((b) => b.banners).sort((a, b) => b.sentAt.localeCompare(a.sentAt)));

  return {
    listen(connection: HubConnection): void {
      connection.on('bannersChanged', (board: BannerBoard) => {
        apply(board);
        show();
      });
    },
    async watch(connection: HubConnection): Promise<void> {
      (await connection.invoke<BannerBoard[]>('WatchBanners', contestId, eventCode)).forEach(apply);
      show();
    },
  };
}
