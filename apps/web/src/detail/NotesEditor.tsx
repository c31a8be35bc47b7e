import { useEffect, useRef } from 'react';
import { defaultKeymap } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder as placeholderText } from '@codemirror/view';
import { isPlainText, limits } from '@partnerboard/board';
import { yCollab, ySyncAnnotation, yUndoManagerKeymap } from 'y-codemirror.next';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { editorUnderCsp } from '../security/cspNonce';
import { EditorAwareness } from '../sync/safePresence';

interface NotesEditorProps {
  /** The live text from textField(doc, kind, id, field). */
  text: Y.Text;
  awareness: Awareness;
  /** Id of the visible label of the box, e.g. the "Notes" heading. */
  labelledBy: string;
  /** Id of an element that describes the box (hints). */
  describedBy?: string;
  placeholder?: string;
  /** For viewers: the text and everyone's carets follow live, and nothing can be typed. */
  readOnly?: boolean;
}

// My typing may not grow the text past the board's limit; changes from others always apply, or we would drift apart.
const capLength = EditorState.transactionFilter.of((tr) =>
  tr.docChanged && !tr.annotation(ySyncAnnotation) && tr.newDoc.length > limits.longText && tr.newDoc.length > tr.startState.doc.length ? [] : tr,
);

// Other people's carets carry their name at all times (not only on hover), in dark text on white with a border in their colour.
const remoteCaretTheme = EditorView.theme({
  '.cm-ySelectionInfo': {
    opacity: 1,
    top: '-1.05em',
    padding: '0 3px',
    fontFamily: 'inherit',
    fontSize: '0.75rem',
    lineHeight: '1.1',
    fontWeight: 600,
    color: '#0f172a',
    backgroundColor: '#ffffff',
    border: '1px solid',
    borderColor: 'inherit',
    borderRadius: '4px',
  },
  '.cm-ySelectionCaret': { borderLeftWidth: '2px', borderRightWidth: '0' },
  '.cm-ySelectionCaretDot': { display: 'none' },
});

// Other people's carets are for the eyes: inside my text their names would be read out as if typed there
// (who is here is said in words above the editor). CodeMirror ignores changes inside widget DOM.
const caretsHiddenFromReaders = EditorView.updateListener.of((update) => {
  for (const caret of update.view.contentDOM.querySelectorAll('.cm-ySelectionCaret:not([aria-hidden])')) {
    caret.setAttribute('aria-hidden', 'true');
  }
});

// Prose, not code: let the browser help with spelling, unlike CodeMirror's defaults.
const proseAttributes = { spellcheck: 'true', autocorrect: 'on', autocapitalize: 'sentences', translate: 'yes' };

/**
 * Collaborative plain-text editor: CodeMirror 6 bound to a Y.Text by y-codemirror.next, so two people
 * typing at once both keep their words and see each other's carets with names (from awareness `user`).
 * Read-only, it is the same live view of the text, for viewers. (It cannot take the focus then, so a
 * viewer's own caret never shows in other people's editors.)
 */
export function NotesEditor({ text, awareness, labelledBy, describedBy, placeholder, readOnly = false }: NotesEditorProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const parent = host.current;
    const doc = text.doc;
    // Only plain text may be bound (the notes section shows anything else as text, without an editor).
    if (!parent || !doc || !isPlainText(text)) return;
    // Undo inside the editor covers only my typing in this text, never someone else's.
    const undoManager = readOnly ? null : new Y.UndoManager(text);
    const labels = { 'aria-labelledby': labelledBy, ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
    // y-codemirror.next pastes presence colours and names into the page: it sees only checked presence.
    const peers = new EditorAwareness(awareness);
    const editing = undoManager
      ? [keymap.of([...yUndoManagerKeymap, ...defaultKeymap]), yCollab(text, peers, { undoManager }), capLength]
      : [EditorState.readOnly.of(true), EditorView.editable.of(false), yCollab(text, peers, { undoManager: false })];
    const view = new EditorView({
      parent,
      state: EditorState.create({
        doc: text.toString(),
        extensions: [
          EditorView.lineWrapping,
          EditorView.contentAttributes.of(readOnly ? labels : { ...labels, ...proseAttributes }),
          ...editing,
          editorUnderCsp,
          remoteCaretTheme,
          caretsHiddenFromReaders,
          ...(placeholder ? [placeholderText(placeholder)] : []),
        ],
      }),
    });
    let unbound = false;
    const unbind = () => {
      if (unbound) return;
      unbound = true;
      doc.off('beforeObserverCalls', guard);
      view.destroy();
      undoManager?.destroy();
    };
    // An embed or formatting arriving while the notes are open would reach y-codemirror.next's observer, which
    // hands it to CodeMirror as if it were text and hangs the tab. This runs after the change is applied but before
    // any observer: the editor is unbound first, then the notes section sees the change and shows the text instead.
    const guard = (transaction: Y.Transaction) => {
      if ((transaction.changed as Map<unknown, unknown>).has(text) && !isPlainText(text)) unbind();
    };
    doc.on('beforeObserverCalls', guard);
    return () => {
      unbind();
      // My caret must not linger in other people's editors once I leave this text.
      if (awareness.getLocalState()?.cursor) awareness.setLocalStateField('cursor', null);
    };
  }, [text, awareness, labelledBy, describedBy, placeholder, readOnly]);

  return <div ref={host} className={readOnly ? 'notes-editor notes-editor--read-only' : 'notes-editor'} />;
}
