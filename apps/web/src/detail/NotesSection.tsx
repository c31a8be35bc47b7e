import { textField, type Id } from '@partnerboard/board';
import { lazy, Suspense, useId, useMemo } from 'react';
import { useBoardSession } from '../session/BoardSession';

// CodeMirror is a third of the app's code and only needed once someone opens an item: load it then.
const NotesEditor = lazy(() => import('./NotesEditor').then((module) => ({ default: module.NotesEditor })));

type NotesTarget = { kind: 'goals'; field: 'description' } | { kind: 'actions'; field: 'notes' };

interface NotesSectionProps {
  target: NotesTarget;
  itemId: Id;
  heading: string;
  /** The text as the board reads it, shown while the editor loads. */
  value: string;
  placeholder: string;
}

/**
 * Long free text of a goal or action, live: editors type in it together; viewers see the same text
 * change as others type, with their carets, but cannot type.
 */
export function NotesSection({ target, itemId, heading, value, placeholder }: NotesSectionProps) {
  const { doc, awareness, canEdit } = useBoardSession();
  const ids = useId();
  // The Y.Text lives as long as the item: look it up once per item.
  const text = useMemo(
    () => (target.kind === 'goals' ? textField(doc, 'goals', itemId, target.field) : textField(doc, 'actions', itemId, target.field)),
    [doc, itemId, target.kind, target.field],
  );

  return (
    <section className="detail-section" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{heading}</h3>
      <p className="field__hint" id={`${ids}-hint`}>
        {canEdit ? 'Everyone can type here at once; you see their cursors with their names.' : 'You see it change as others type.'}
      </p>
      <Suspense
        fallback={
          canEdit ? (
            <p className="notes-editor notes-editor--loading">Opening the editor…</p>
          ) : (
            <p className="notes-text">{value || 'Nothing written yet.'}</p>
          )
        }
      >
        <NotesEditor
          text={text}
          awareness={awareness}
          labelledBy={`${ids}-heading`}
          describedBy={`${ids}-hint`}
          placeholder={canEdit ? placeholder : 'Nothing written yet.'}
          readOnly={!canEdit}
        />
      </Suspense>
    </section>
  );
}
