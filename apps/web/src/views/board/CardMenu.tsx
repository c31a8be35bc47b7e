import { actionStatusLabel, actionStatuses, deleteAction, moveAction, type Action } from '@partnerboard/board';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { IconButton } from '../../components/IconButton';
import { focusAfterDelete, focusAfterMove } from '../../components/focusLanding';
import { useBoardSession } from '../../session/BoardSession';
import { useWrite } from '../../session/write';

/**
 * The card's "more" menu: rename, move to another status without dragging, delete. Everything a
 * drag can do is here too, one click or key away.
 */
export function CardMenu({ action, onRename }: { action: Action; onRename(): void }) {
  const { actor } = useBoardSession();
  const write = useWrite();
  const [open, setOpen] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[role="menu"] button')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  // The focus goes back to the "More" button before the chosen command runs, so that a dialog it
  // opens (Delete…) gives the focus back there, not to the page body where the menu item was.
  const choose = (run: () => void) => () => {
    setOpen(false);
    toggle.current?.focus();
    run();
  };

  return (
    <div
      className="card-menu"
      ref={root}
      // Keys and pointers inside the menu belong to the menu, not to the card's drag handle.
      onPointerDown={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
        if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
          event.preventDefault();
          const items = Array.from(root.current?.querySelectorAll<HTMLButtonElement>('[role="menu"] button') ?? []);
          const at = items.indexOf(document.activeElement as HTMLButtonElement);
          const next = items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
          next?.focus();
        }
      }}
    >
      <IconButton
        ref={toggle}
        label={`More for ${action.title}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
      >
        ⋯
      </IconButton>
      {open ? (
        <div className="card-menu__list" role="menu" id={menuId} aria-label={`Actions for ${action.title}`}>
          <button type="button" role="menuitem" onClick={choose(onRename)}>
            Rename
          </button>
          {actionStatuses
            .filter((status) => status !== action.status)
            .map((status) => (
              <button
                type="button"
                role="menuitem"
                key={status}
                onClick={choose(() => {
                  if (write((doc) => moveAction(doc, action.id, { status }, actor)).ok) focusAfterMove(action.id);
                })}
              >
                Move to {actionStatusLabel[status]}
              </button>
            ))}
          <button type="button" role="menuitem" className="card-menu__danger" onClick={choose(() => setConfirmDelete(true))}>
            Delete…
          </button>
        </div>
      ) : null}
      <Dialog
        open={confirmDelete}
        title="Delete this action?"
        description={`“${action.title}” is removed from the plan for everyone, with its comments. You can undo it with Ctrl+Z.`}
        onClose={() => setConfirmDelete(false)}
      >
        <div className="form-actions">
          <Button
            variant="danger"
            onClick={() => {
              const landFocus = focusAfterDelete(action.id);
              setConfirmDelete(false);
              if (write((doc) => deleteAction(doc, action.id)).ok) landFocus();
            }}
          >
            Delete action
          </Button>
          <Button onClick={() => setConfirmDelete(false)}>Keep it</Button>
        </div>
      </Dialog>
    </div>
  );
}
