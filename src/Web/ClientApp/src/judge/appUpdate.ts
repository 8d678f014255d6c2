import { registerSW } from 'virtual:pwa-register';
import { signal } from '../shared/signal';

/** A new release is installed and waits: the tablet offers it, and takes it only when the judge taps. */
export const updateWaiting = signal(false);

let activate: ((reload?: boolean) => Promise<void>) | null = null;

/** Registers the judges' service worker, which precaches the app shell so a reload without Wi-Fi still opens the app. */
export function startAppUpdates(): void {
  activate = registerSW({ immediate: true, onNeedRefresh: () => (updateWaiting.value = true) });
}

/** Reloads into the new release; marks waiting in the outbox are in IndexedDB and survive it. */
export function takeUpdate(): void {
  void activate?.(true);
}
