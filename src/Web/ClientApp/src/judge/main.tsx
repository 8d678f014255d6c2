import { render } from 'preact';
import { App } from './App';
import { startAnnouncements } from './announcements';
import { startSync } from './sync';
import { startWorkPush } from './workPush';
import { startWorkloadPolling } from './workload';
import '../shared/staff-theme.css';
import './styles.css';

if ('serviceWorker' in navigator) {
  // Caches the app shell so a reload without Wi-Fi still opens the app; scope is the judges' area only.
  void navigator.serviceWorker.register('/judge/sw.js', { scope: '/judge/' });
}

startSync();
startWorkloadPolling();
startWorkPush();
startAnnouncements();
render(<App />, document.getElementById('app')!);
