import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { IconButton } from './IconButton';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  /** Called on Escape, the close button or a click on the backdrop. */
  onClose(): void;
  children: ReactNode;
  /** Optional one-line description under the title. */
  description?: ReactNode;
  size?: 'normal' | 'wide';
  /** Hide the close button when the dialog must be answered (e.g. the join prompt). */
  dismissible?: boolean;
  className?: string;
  /** What takes the focus when it opens (by default the first control, as showModal() does). */
  initialFocus?: RefObject<HTMLElement | null>;
}

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (the focus
 * stays inside), Escape closes it, and focus goes back to where it was when it closes.
 */
export function Dialog({ open, title, onClose, children, description, size = 'normal', dismissible = true, className, initialFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
    return () => {
      dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [open, initialFocus]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={['dialog', size === 'wide' ? 'dialog--wide' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissible) onClose();
      }}
      onClick={(event) => {
        if (dismissible && event.target === event.currentTarget) onClose();
      }}
    >
      <div className="dialog__body">
        {/* Not a <header>: a dialog's title row is no page banner (and a dialog opened from the board's header would nest one in it). */}
        <div className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {dismissible ? (
            <IconButton label="Close" onClick={() => onClose()}>
              ✕
            </IconButton>
          ) : null}
        </div>
        {description ? (
          <p id={descriptionId} className="dialog__description">
            {description}
          </p>
        ) : null}
        {children}
      </div>
    </dialog>
  );
}
