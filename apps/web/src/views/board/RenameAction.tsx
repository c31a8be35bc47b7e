import { updateAction, type Action } from '@partnerboard/board';
import { useRef, useState } from 'react';
import { useBoardSession } from '../../session/BoardSession';
import { useWrite } from '../../session/write';

/** The card's title as a text box: Enter saves, Escape or leaving the box without a change cancels. */
export function RenameAction({ action, onDone }: { action: Action; onDone(): void }) {
  const { actor } = useBoardSession();
  const write = useWrite();
  const [title, setTitle] = useState(action.title);
  const finished = useRef(false);

  const save = () => {
    if (finished.current) return;
    finished.current = true;
    const next = title.trim();
    if (next && next !== action.title) write((doc) => updateAction(doc, action.id, { title: next }, actor));
    onDone();
  };

  return (
    <input
      className="input card__rename"
      aria-label={`New title for ${action.title}`}
      value={title}
      autoFocus
      onChange={(event) => setTitle(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') save();
        if (event.key === 'Escape') {
          finished.current = true;
          onDone();
        }
      }}
    />
  );
}
