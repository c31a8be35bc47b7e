import { useState, type ReactNode } from 'react';
import type { WriteResult } from '../session/write';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { focusAfterDelete } from './focusLanding';

export interface ConfirmDeleteDialogProps {
  title: string;
  /** The item being deleted: afterwards the keyboard focus lands on its neighbour in the list. */
  itemId: string;
  /** The board write that deletes it, run without a toast: a refusal is shown in the dialog. */
  remove(): WriteResult<unknown>;
  /** The danger button, e.g. 'Delete goal'. */
  confirmLabel: ReactNode;
  /** The button that closes the dialog and keeps the item. */
  keepLabel?: string;
  /** When the item cannot be deleted yet (the dialog says why). */
  blocked?: boolean;
  onClose(): void;
  onDeleted(): void;
  /** What happens to everything attached to the item, and any choices about it. */
  children: ReactNode;
}

/** Asks before deleting a goal, action, person or organisation, says what goes with it, and keeps the focus in place. */
export function ConfirmDeleteDialog({ title, itemId, remove, confirmLabel, keepLabel = 'Keep it', blocked = false, onClose, onDeleted, children }: ConfirmDeleteDialogProps) {
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    const landFocus = focusAfterDelete(itemId);
    const result = remove();
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    landFocus();
    onDeleted();
  };

  return (
    <Dialog open onClose={onClose} title={title}>
      <div className="confirm">
        {children}
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <Button variant="danger" onClick={confirm} disabled={blocked}>
            {confirmLabel}
          </Button>
          <Button onClick={onClose}>{keepLabel}</Button>
        </div>
      </div>
    </Dialog>
  );
}
