import { render } from 'preact';
import { BoardApp } from './BoardApp';
import './board.css';

render(<BoardApp />, document.getElementById('app')!);
