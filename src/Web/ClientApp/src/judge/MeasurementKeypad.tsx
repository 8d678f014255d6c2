import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { validate } from './marks';

const keys = ['7', '8', '9', '4', '5', '6', '1', '2', '3', '.', '0', '⌫'];

/**
 * A keypad bounded by the aspect's max mark and step; OK only accepts a value the scheme allows. It opens showing the
 * current mark, selected: the first digit replaces it (a judge re-measuring types the new value, not a suffix to the
 * old one), while ⌫ edits it. As a modal dialog it is named by its aspect and keeps the focus inside until closed.
 */
export function MeasurementKeypad(props: {
  title: string;
  maxMark: number;
  step: number;
  initial: number | null;
  onDone: (value: number | null) => void;
}) {
  const [text, setText] = useState(props.initial === null ? '' : String(props.initial));
  const [fresh, setFresh] = useState(props.initial !== null);
  const dialog = useRef<HTMLDivElement>(null);
  const value = text === '' ? NaN : Number(text);
  const valid = !Number.isNaN(value) && validate('Measurement', props.maxMark, props.step, value);

  // Listened for on the document, not the dialog: a key pressed before the focus has moved in is still the dialog's.
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLButtonElement>('[data-key="7"]')?.focus();
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      opener?.focus();
    };
  }, []);

  function press(key: string) {
    setFresh(false);
    if (key === '⌫') {
      setText(text.slice(0, -1));
    } else if (fresh) {
      setText(key === '.' ? '0.' : key);
    } else if (text.length < 8 && !(key === '.' && text.includes('.'))) {
      setText(text + key);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onDone(null);
      return;
    }
    if (event.key !== 'Tab') {
      return;
    }
    const focusable = [...(dialog.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? [])];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!dialog.current?.contains(document.activeElement)) {
      event.preventDefault();
      first?.focus();
    } else if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  return (
    <div class="keypad-backdrop">
      <div class="keypad" role="dialog" aria-modal="true" aria-labelledby="keypad-title" ref={dialog}>
        <h3 id="keypad-title" class="keypad-title">
          {props.title}
        </h3>
        <div class={`display ${fresh ? 'fresh' : ''}`} data-testid="keypad-display" aria-live="polite">
          {text || '0'}
        </div>
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
          <button
            type="button"
            onClick={() => {
              setText('');
              setFresh(false);
            }}
          >
            {t('clear')}
          </button>
          <button type="button" class="primary" data-testid="keypad-ok" disabled={!valid} onClick={() => props.onDone(value)}>
            {t('ok')}
          </button>
        </div>
      </div>
    </div>
  );
}
