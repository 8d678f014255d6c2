import { HttpTransportType, HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { refreshAnnouncements } from './announcements';
import { session } from './session';
import { refreshWorkload } from './workload';

let connection: HubConnection | null = null;

/**
 * Re-mark requests and messages reach the tablet by push: the web node sends this judge's connection `workChanged` and
 * the tablet reloads its workload and its messages at once. The polls in workload.ts and announcements.ts stay as the
 * fallback while the connection is down.
 */
export function startWorkPush(): void {
  session.subscribe(() => void connect());
  void connect();
}

async function connect(): Promise<void> {
  const previous = connection;
  connection = null;
  await previous?.stop();
  const token = session.value?.token;
  if (!token) {
    return;
  }

  const hub = new HubConnectionBuilder()
    .withUrl('/hubs/live', { skipNegotiation: true, transport: HttpTransportType.WebSockets, accessTokenFactory: () => token })
    // A workshop's Wi-Fi comes and goes all day: never give up, at most 15 s apart.
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(1000 * 2 ** retry.previousRetryCount, 15_000) })
    .configureLogging(LogLevel.Warning)
    .build();
  hub.on('workChanged', () => void Promise.all([refreshWorkload(), refreshAnnouncements()]));
  hub.onreconnected(() => void watch(hub));
  hub.onclose(() => retryLater(hub));
  connection = hub;
  try {
    await hub.start();
    await watch(hub);
  } catch {
    retryLater(hub);
  }
}

/** Joins the judge's groups and catches up on what changed while the connection was down. */
async function watch(hub: HubConnection): Promise<void> {
  await hub.invoke('WatchMyWork');
  await Promise.all([refreshWorkload(), refreshAnnouncements()]);
}

function retryLater(hub: HubConnection): void {
  window.setTimeout(() => {
    if (connection === hub) {
      void connect();
    }
  }, 15_000);
}
