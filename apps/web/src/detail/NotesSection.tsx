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
  /** The text as the board reads it, shown to viewers. */
  value: string;
  placeholder: string;
}

/** Long free text of a goal or action: a live shared editor for editors, plain text for viewers. */
export function NotesSection({ target, itemId, heading, value, placeholder }: NotesSectionProps) {
  const { doc, awareness, canEdit } = useBoardSession();
  const ids = useId();
  // The Y.Text lives as long as the item: look it up once per item, and only for someone who may edit it.
  const text = useMemo(() => {
    if (!canEdit) return null;
    return target.kind === 'goals' ? textField(doc, 'goals', itemId, target.field) : textField(doc, 'actions', itemId, target.field);
  }, [doc, canEdit, itemId, target.kind, target.field]);

  return (
    <section className="detail-section" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{heading}</h3>
      {text ? (
        <>
          <p className="field__hint" id={`${ids}-hint`}>
            Everyone can type here at once; you see their cursors with their names.
          </p>
          <Suspense fallback={<p className="notes-editor notes-editor--loading">Opening the editor…</p>}>
            <NotesEditor text={text} awareness={awareness} labelledBy={`${ids}-heading`} describedBy={`${ids}-hint`} placeholder={placeholder} />
          </Suspense>
        </>
      ) : (
        <p className="notes-text">{value || 'Nothing written yet.'}</p>
      )}
    </section>
  );
}
