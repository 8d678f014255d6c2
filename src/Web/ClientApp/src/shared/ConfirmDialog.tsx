import { useRef, useState } from 'preact/hooks';
import { Modal } from './Modal';

/** What an irreversible step asks before it runs: what will happen, in the words of the screen that asks. */
export interface Confirmation {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
}

/**
 * Asks before an irreversible step: `if (await confirm.ask(...))` runs the step only when the person confirms.
 * Render `confirm.dialog` somewhere on the page. Focus starts on cancel, so a stray Enter changes nothing.
 */
export function useConfirm() {
  const [asking, setAsking] = useState<Confirmation | null>(null);
  const answer = useRef<((confirmed: boolean) => void) | null>(null);

  const ask = (confirmation: Confirmation) =>
    new Promise<boolean>((resolve) => {
      answer.current?.(false);
      answer.current = resolve;
      setAsking(confirmation);
    });

  const reply = (confirmed: boolean) => {
    answer.current?.(confirmed);
    answer.current = null;
    setAsking(null);
  };

  const dialog = asking && (
    <Modal label={asking.title} testId="confirm" class="confirm" onClose={() => reply(false)}>
      <h3>{asking.title}</h3>
      <p data-testid="confirm-message">{asking.message}</p>
      <div class="modal-actions">
        <button type="button" data-autofocus data-testid="confirm-cancel" onClick={() => reply(false)}>
          {asking.cancelLabel}
        </button>
        <button type="button" class="primary" data-testid="confirm-ok" onClick={() => reply(true)}>
          {asking.confirmLabel}
        </button>
      </div>
    </Modal>
  );

  return { ask, dialog };
}
