import { render } from 'preact';
import { App } from './App';
import { startAnnouncements } from './announcements';
import { startSync } from './sync';
import { startAppUpdates } from './appUpdate';
import { startWorkloadPolling } from './workload';
import '../shared/staff-theme.css';
import './styles.css';

startAppUpdates();
startSync();
startWorkloadPolling();
// The push client (SignalR) loads after the first screen: marking never waits for it, polling covers the gap.
void import('./workPush').then((m) => m.startWorkPush());
startAnnouncements();
render(<App />, document.getElementById('app')!);
