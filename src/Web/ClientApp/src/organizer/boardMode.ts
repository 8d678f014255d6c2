import { t } from '../shared/i18n';
import type { PublicBoardMode } from '../shared/types';

const keys = { Live: 'boardLive', Frozen: 'boardFrozen', Hidden: 'boardHidden' } as const;

/** How the public board of an event shows its results (live, frozen, hidden), in the current language. */
export const boardMode = (mode: PublicBoardMode): string => t(keys[mode]);
