import type { Id } from '@partnerboard/board';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { Button, ConfirmDeleteDialog } from '../components';
import { useBoardSession } from '../session/BoardSession';
import { useWrite } from '../session/write';

interface RecordCardProps {
  /** What the record is, in the words of its buttons: "decision", "risk". */
  kind: string;
  id: Id;
  title: string;
  /** The heading's id, when others link to it; otherwise one of its own. */
  headingId?: string;
  /** Classes beside `record-card`, e.g. a risk's band. */
  className?: string;
  /** Before the title, e.g. a risk's number. */
  lead?: ReactNode;
  /** The heading's content when it says more than the title. */
  heading?: ReactNode;
  badges: ReactNode;
  /** Under the top row, in both reading and editing: when it was decided, an alarm. */
  summary?: ReactNode;
  /** A record just added opens for its details, with the focus on its first field. */
  startEditing: boolean;
  /** The editable fields, shown while editing. */
  fields: ReactNode;
  /** The `record-card__fact`s shown while reading. */
  facts: ReactNode;
  /** The board write that deletes the record. */
  remove(doc: Y.Doc): unknown;
  /** What deleting it means for everyone, said in the dialog that asks first. */
  deleteNote: ReactNode;
}

/** A record on a log (a decision, a risk): its title and badges, an Edit button for editors, its facts or its fields, and Delete after asking. */
export function RecordCard({ kind, id, title, headingId, className, lead, heading, badges, summary, startEditing, fields, facts, remove, deleteNote }: RecordCardProps) {
  const { canEdit } = useBoardSession();
  const write = useWrite();
  const [editing, setEditing] = useState(startEditing && canEdit);
  const [deleting, setDeleting] = useState(false);
  const ownId = useId();
  const titleId = headingId ?? ownId;
  const editButton = useRef<HTMLButtonElement>(null);
  const editor = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (startEditing) editor.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [startEditing]);

  return (
    <article className={['record-card', className].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <div className="record-card__top">
        {lead}
        <h3 className="record-card__title" id={titleId} tabIndex={-1} data-list-item-focus>
          {heading ?? title}
        </h3>
        {badges}
        {canEdit ? (
          <Button
            ref={editButton}
            size="small"
            onClick={() => setEditing(!editing)}
            aria-expanded={editing}
            aria-label={`${editing ? 'Done editing' : 'Edit'} ${kind}: ${title}`}
          >
            {editing ? 'Done' : 'Edit'}
          </Button>
        ) : null}
      </div>
      {summary}

      {editing ? (
        <div className="record-card__editor" ref={editor}>
          {fields}
          <div className="record-card__editor-buttons">
            <Button variant="danger" onClick={() => setDeleting(true)}>
              {`Delete ${kind}`}
            </Button>
          </div>
        </div>
      ) : (
        <dl className="record-card__facts">{facts}</dl>
      )}
      {deleting ? (
        <ConfirmDeleteDialog
          title={`Delete the ${kind} “${title}”?`}
          itemId={id}
          remove={() => write(remove, { toast: false })}
          confirmLabel={`Delete ${kind}`}
          onClose={() => {
            setDeleting(false);
            editButton.current?.focus();
          }}
          onDeleted={() => setDeleting(false)}
        >
          <p>{deleteNote}</p>
        </ConfirmDeleteDialog>
      ) : null}
    </article>
  );
}

/** One fact on a record card: its name and what it is; a wide one takes the whole row. */
export function RecordFact({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'record-card__fact record-card__fact--wide' : 'record-card__fact'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Long text as written, or a note that it is not written yet. */
export function WrittenText({ text }: { text: string }) {
  return text.trim() ? <p className="record-card__text">{text}</p> : <span className="record-card__missing">Not written yet</span>;
}
