import { IconButton } from '../components/IconButton';
import { useUndo } from '../sync/undo';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const modifier = isMac ? '⌘' : 'Ctrl+';

/** Undo and redo of my own changes (never anyone else's). */
export function UndoButtons() {
  const { undo, redo, canUndo, canRedo } = useUndo();
  return (
    <div className="undo-buttons" role="group" aria-label="Undo and redo your changes">
      <IconButton label={`Undo your last change (${modifier}Z)`} onClick={undo} disabled={!canUndo} variant="secondary">
        ↶
      </IconButton>
      <IconButton label={`Redo (${modifier}Shift+Z)`} onClick={redo} disabled={!canRedo} variant="secondary">
        ↷
      </IconButton>
    </div>
  );
}
