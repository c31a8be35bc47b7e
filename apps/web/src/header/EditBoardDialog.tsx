import { limits, updateMeta, type MetaPatch } from '@partnerboard/board';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { selectMeta, useBoard } from '../session/useBoard';
import { useWrite } from '../session/write';
import { DeleteBoardDialog } from './DeleteBoardDialog';

/** The facilitator's form for the board's title and shared purpose (live for everyone), and the way to delete the board. */
export function EditBoardDialog({ onClose }: { onClose(): void }) {
  const meta = useBoard(selectMeta);
  const write = useWrite();
  const [title, setTitle] = useState(meta.title);
  const [purpose, setPurpose] = useState(meta.purpose);
  const [error, setError] = useState<{ title?: string; purpose?: string }>({});
  const [deleting, setDeleting] = useState(false);
  const dangerId = useId();
  const titleInput = useRef<HTMLInputElement>(null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    // Only what changed: a field left alone is not written over someone else's change to it.
    const patch: MetaPatch = {};
    if (title !== meta.title) patch.title = title;
    if (purpose !== meta.purpose) patch.purpose = purpose;
    const result = write((doc) => updateMeta(doc, patch), { toast: false });
    if (!result.ok) {
      setError(result.error.field === 'purpose' ? { purpose: result.error.message } : { title: result.error.message });
      return;
    }
    onClose();
  };

  return (
    <>
      <Dialog
        open
        onClose={onClose}
        title="Edit the board"
        description="Everyone on the board sees the title and purpose change as you save them."
        initialFocus={titleInput}
      >
        <form className="edit-board" onSubmit={save} noValidate>
          <Field label="Board title" error={error.title ?? null}>
            {(control) => <input {...control} ref={titleInput} type="text" value={title} maxLength={limits.title} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
          <Field label="Shared purpose" hint="The outcome all partners are working towards, in a sentence or two." error={error.purpose ?? null}>
            {(control) => <textarea {...control} rows={4} value={purpose} maxLength={limits.longText} onChange={(e) => setPurpose(e.target.value)} />}
          </Field>
          <div className="form-actions">
            <Button type="submit" variant="primary">
              Save
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </div>
        </form>
        <section className="edit-board__danger" aria-labelledby={dangerId}>
          <h3 id={dangerId}>Delete this board</h3>
          <p>Deletes the whole plan and every link to it, for everyone. It cannot be undone.</p>
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete this board…
          </Button>
        </section>
      </Dialog>
      {deleting ? <DeleteBoardDialog title={meta.title} onClose={() => setDeleting(false)} /> : null}
    </>
  );
}
