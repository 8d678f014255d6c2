import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { validate } from './marks';

const keys = ['7', '8', '9', '4', '5', '6', '1', '2', '3', '.', '0', '⌫'];

/** A keypad bounded by the aspect's max mark and step; OK only accepts a value the scheme allows. */
export function MeasurementKeypad(props: { maxMark: number; step: number; initial: number | null; onDone: (value: number | null) => void }) {
  const [text, setText] = useState(props.initial === null ? '' : String(props.initial));
  const value = text === '' ? NaN : Number(text);
  const valid = !Number.isNaN(value) && validate('Measurement', props.maxMark, props.step, value);

  function press(key: string) {
    if (key === '⌫') {
      setText(text.slice(0, -1));
    } else if (text.length < 8 && !(key === '.' && text.includes('.'))) {
      setText(text + key);
    }
  }

  return (
    <div class="keypad-backdrop" role="dialog">
      <div class="keypad">
        <div class="display" data-testid="keypad-display">{text || '0'}</div>
        <div class="hint">
          {t('range')} 0–{props.maxMark}, {t('step')} {props.step}
        </div>
        {!valid && text !== '' && <div class="error">{t('invalidValue')}</div>}
        <div class="keys">
          {keys.map((key) => (
            <button type="button" key={key} data-key={key} onClick={() => press(key)}>
              {key}
            </button>
          ))}
        </div>
        <div class="actions">
          <button type="button" onClick={() => props.onDone(null)}>{t('cancel')}</button>
          <button type="button" onClick={() => setText('')}>{t('clear')}</button>
          <button type="button" class="primary" data-testid="keypad-ok" disabled={!valid} onClick={() => props.onDone(value)}>
            {t('ok')}
          </button>
        </div>
      </div>
    </div>
  );
}
