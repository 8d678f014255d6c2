import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A native modal dialog over whatever is on screen, so a form opened from deep in a long page appears where the
 * finger is. Focus moves into it (to the element marked data-autofocus, else the browser's first focusable one),
 * Escape closes it, and focus goes back to the control that opened it.
 */
export function Modal(props: { label: string; testId?: string; class?: string; onClose: () => void; children: ComponentChildren }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  // Removing the dialog closes it too; that close is the page's doing and must not be reported back.
  const removed = useRef(false);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current!;
    element.showModal();
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      removed.current = true;
      if (element.open) element.close();
      // The page owns whether the dialog is shown; it is removed rather than closed, so focus is put back by hand.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      class={`modal ${props.class ?? ''}`}
      aria-label={props.label}
      data-testid={props.testId}
      // Escape closes the dialog natively (browsers may refuse to let a page cancel that); the page hears of it here.
      onClose={() => {
        if (!removed.current) onClose.current();
      }}
    >
      {props.children}
    </dialog>
  );
}
