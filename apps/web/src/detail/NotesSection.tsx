import { isPlainText, plainTextOf, replaceWithPlainText, textField, type Id } from '@partnerboard/board';
import { lazy, Suspense, useId, useMemo, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { Button } from '../components';
import '../components/problem.css';
import { useBoardSession } from '../session/BoardSession';
import { useWrite } from '../session/write';

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

interface TextShape {
  plain: boolean;
  /** The words of the text, without anything that is not a string. */
  words: string;
}

function shapeOf(text: Y.Text): TextShape {
  return { plain: isPlainText(text), words: plainTextOf(text) };
}

/** Whether a text is plain (safe to edit), and its words, kept up to date as it changes. */
function useTextShape(text: Y.Text): TextShape {
  const shape = useMemo(() => liveShape(text), [text]);
  return useSyncExternalStore(shape.subscribe, shape.get);
}

function liveShape(text: Y.Text): { subscribe(listener: () => void): () => void; get(): TextShape } {
  let shape = shapeOf(text);
  return {
    subscribe(listener) {
      const update = () => {
        shape = shapeOf(text);
        listener();
      };
      // Catch up with a change made before the subscription.
      shape = shapeOf(text);
      text.observe(update);
      return () => text.unobserve(update);
    },
    get: () => shape,
  };
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
  const shape = useTextShape(text);
  const write = useWrite();
  const headingRef = useRef<HTMLHeadingElement>(null);

  if (!shape.plain) {
    const repair = () => {
      const done = write((board) =>
        target.kind === 'goals' ? replaceWithPlainText(board, 'goals', itemId, target.field) : replaceWithPlainText(board, 'actions', itemId, target.field),
      );
      // The button goes away with the repair: the focus stays in the section, on its heading.
      if (done.ok) headingRef.current?.focus();
    };
    return (
      <section className="detail-section" aria-labelledby={`${ids}-heading`}>
        <h3 id={`${ids}-heading`} ref={headingRef} tabIndex={-1}>
          {heading}
        </h3>
        <div className="problem problem--inline">
          <p id={`${ids}-hint`}>
            These notes contain content Partnerboard cannot edit (formatting or embedded objects, written by another program), so they are
            shown here as plain text.{' '}
            {canEdit
              ? 'Replace them with their plain text to edit them again; the words stay, and you can undo it.'
              : 'Someone who can edit the board can make them editable again.'}
          </p>
          {canEdit ? (
            <Button variant="primary" onClick={repair}>
              Replace with plain text
            </Button>
          ) : null}
        </div>
        <p className="notes-text">
          {shape.words || 'Nothing written yet.'}
        </p>
      </section>
    );
  }

  return (
    <section className="detail-section" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
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
