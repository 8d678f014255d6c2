import { render } from 'preact';
import { App } from './App';
import '../shared/staff-theme.css';
import './console.css';

render(<App />, document.getElementById('app')!);
