import { addAgendaItem, goToAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem, type AgendaItem, type AgendaLink, type Board } from '@partnerboard/board';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { useBoard } from '../session/useBoard';
import { useWrite } from '../session/write';
import { useConnection } from '../sync/connectionContext';
import { viewRegistry } from '../views/viewRegistry';

interface AgendaDialogProps {
  readonly open: boolean;
  readonly agenda: readonly AgendaItem[];
  readonly currentItemId: string | null;
  /** While the meeting runs the facilitator can also go to an item; before it, the agenda is only prepared. */
  readonly running: boolean;
  onClose(): void;
}

/** The views an agenda item can point at: the listed ones (read when drawn, as the registry's views import this file). */
function linkableViews() {
  return Object.entries(viewRegistry).filter(([, entry]) => !('listed' in entry) || entry.listed !== false);
}

/** What an agenda item's link says, in words. */
export function linkWords(link: AgendaLink | null, goals: Board['goals']): string {
  if (!link) return '';
  if (link.kind === 'goal') return `Goal: ${goals.find((goal) => goal.id === link.target)?.title ?? 'no longer on the board'}`;
  const entry = (viewRegistry as Record<string, { label: string } | undefined>)[link.target];
  return `View: ${entry?.label ?? link.target}`;
}

/** Moves the focus to an agenda control by its `data-agenda-control` name, once React has drawn it. */
function focusControl(name: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-agenda-control="${CSS.escape(name)}"]`)?.focus());
}

/**
 * The facilitator's agenda, before the meeting and during it: add items with a timebox and a link,
 * edit them, reorder by buttons, remove, and (while it runs) go to one.
 */
export function AgendaDialog({ open, agenda, currentItemId, running, onClose }: AgendaDialogProps) {
  const write = useWrite();
  const { serverClock } = useConnection();
  const goals = useBoard(selectGoals);
  const [editing, setEditing] = useState<string | null>(null);
  // After a move, the same button keeps the focus wherever its row went.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (!refocus.current) return;
    document.querySelector<HTMLElement>(`[data-agenda-control="${CSS.escape(refocus.current)}"]`)?.focus();
    refocus.current = null;
  }, [agenda]);

  const move = (item: AgendaItem, index: number, by: -1 | 1) => {
    const other = agenda[index + by];
    if (!other) return;
    const result = write((d) => moveAgendaItem(d, item.id, by < 0 ? { before: other.id } : { after: other.id }));
    if (result.ok) {
      const stillThere = by < 0 ? index + by > 0 : index + by < agenda.length - 1;
      refocus.current = `${item.id}:${stillThere ? (by < 0 ? 'up' : 'down') : by < 0 ? 'down' : 'up'}`;
    }
  };

  const remove = (item: AgendaItem, index: number) => {
    const result = write((d) => removeAgendaItem(d, item.id));
    // The focus goes to the row that takes its place, or to the form to add one when the agenda is empty.
    const next = agenda[index + 1] ?? agenda[index - 1];
    if (result.ok) focusControl(next ? `${next.id}:edit` : 'add-title');
  };

  const stopEditing = (item: AgendaItem) => {
    setEditing(null);
    focusControl(`${item.id}:edit`);
  };

  return (
    <Dialog
      open={open}
      title="Agenda"
      description={running ? 'Items in the order the meeting takes them, each with its timebox.' : 'Prepare the items before the meeting: it starts with them, in this order.'}
      onClose={onClose}
      size="wide"
      className="agenda-dialog"
    >
      {agenda.length === 0 ? (
        <p className="agenda-dialog__empty">No items yet: add the first below.</p>
      ) : (
        <ol className="agenda-list">
          {agenda.map((item, index) => (
            <li key={item.id} className={['agenda-list__item', item.done ? 'agenda-list__item--done' : '', item.id === currentItemId ? 'agenda-list__item--current' : ''].filter(Boolean).join(' ')}>
              {editing === item.id ? (
                <AgendaItemForm
                  goals={goals}
                  heading={`Edit: ${item.title}`}
                  initial={item}
                  submitLabel="Save"
                  onSubmit={(doc, value) => updateAgendaItem(doc, item.id, value)}
                  onDone={() => stopEditing(item)}
                />
              ) : (
                <>
                  <div className="agenda-list__text">
                    <span className="agenda-list__title">{item.title}</span>
                    <span className="agenda-list__facts">
                      {item.minutes > 0 ? `${item.minutes} min` : 'No timebox'}
                      {item.link ? ` · ${linkWords(item.link, goals)}` : ''}
                      {item.done ? ' · Done' : ''}
                      {item.id === currentItemId ? ' · Now' : ''}
                    </span>
                  </div>
                  <div className="agenda-list__controls">
                    <Button size="small" data-agenda-control={`${item.id}:edit`} aria-label={`Edit: ${item.title}`} onClick={() => setEditing(item.id)}>
                      Edit
                    </Button>
                    <Button size="small" data-agenda-control={`${item.id}:up`} aria-label={`Move up: ${item.title}`} disabled={index === 0} onClick={() => move(item, index, -1)}>
                      Move up
                    </Button>
                    <Button size="small" data-agenda-control={`${item.id}:down`} aria-label={`Move down: ${item.title}`} disabled={index === agenda.length - 1} onClick={() => move(item, index, 1)}>
                      Move down
                    </Button>
                    {running && item.id !== currentItemId ? (
                      <Button size="small" aria-label={`Go to: ${item.title}`} onClick={() => write((d) => goToAgendaItem(d, item.id, { now: Math.round(serverClock.serverNow()) }))}>
                        Go to
                      </Button>
                    ) : null}
                    <Button size="small" variant="danger" aria-label={`Remove: ${item.title}`} onClick={() => remove(item, index)}>
                      Remove
                    </Button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <AgendaItemForm goals={goals} heading="Add an item" submitLabel="Add to the agenda" onSubmit={(doc, value) => addAgendaItem(doc, value)} />
    </Dialog>
  );
}

interface AgendaItemValue {
  title: string;
  minutes: number;
  link: AgendaLink | null;
}

interface AgendaItemFormProps {
  readonly goals: Board['goals'];
  readonly heading: string;
  readonly submitLabel: string;
  /** The item being edited; none for a new one. */
  readonly initial?: AgendaItem;
  onSubmit(doc: Y.Doc, value: AgendaItemValue): unknown;
  /** Set for editing: called after a save or on Cancel (a new item's form stays for the next). */
  onDone?(): void;
}

/** The fields of an agenda item (title, timebox, link), to add one or to edit one; a refused value keeps what was typed. */
function AgendaItemForm({ goals, heading, submitLabel, initial, onSubmit, onDone }: AgendaItemFormProps) {
  const write = useWrite();
  const headingId = useId();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [minutes, setMinutes] = useState(String(initial?.minutes ?? 10));
  const [link, setLink] = useState(initial?.link ? `${initial.link.kind}:${initial.link.target}` : '');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const editing = initial !== undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const timebox = minutes.trim() === '' ? 0 : Number(minutes);
    const [kind, target] = link.split(':', 2);
    const chosen = kind && target ? { kind: kind as AgendaLink['kind'], target } : null;
    const result = write((d) => onSubmit(d, { title, minutes: timebox, link: chosen }), { toast: false });
    if (!result.ok) {
      setError({ field: result.error.field ?? 'title', message: result.error.message });
      return;
    }
    setError(null);
    if (onDone) onDone();
    else setTitle('');
  };

  const errorFor = (field: string) => (error && (error.field === field || (field === 'title' && !['minutes', 'link'].includes(error.field))) ? error.message : null);
  return (
    <form
      className={editing ? 'agenda-add agenda-add--editing' : 'agenda-add'}
      onSubmit={submit}
      onKeyDown={(event) => {
        // Escape leaves the edit, not the whole dialog.
        if (editing && event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onDone?.();
        }
      }}
      aria-labelledby={headingId}
      noValidate
    >
      <h3 id={headingId} className="agenda-add__heading">
        {heading}
      </h3>
      <Field label="Item" error={errorFor('title')}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
            data-agenda-control={editing ? undefined : 'add-title'}
            // The edit opens on the title, ready to change.
            autoFocus={editing}
          />
        )}
      </Field>
      <Field label="Timebox (minutes)" error={errorFor('minutes')}>
        {(control) => <input {...control} className="input agenda-add__minutes" type="number" inputMode="numeric" min={0} max={600} value={minutes} onChange={(e) => setMinutes(e.target.value)} />}
      </Field>
      <Field label="Links to" error={errorFor('link')}>
        {(control) => (
          <select {...control} className="input" value={link} onChange={(e) => setLink(e.target.value)}>
            <option value="">Nothing</option>
            <optgroup label="Goals">
              {goals.map((goal) => (
                <option key={goal.id} value={`goal:${goal.id}`}>
                  {goal.title}
                </option>
              ))}
            </optgroup>
            <optgroup label="Views">
              {linkableViews().map(([key, entry]) => (
                <option key={key} value={`view:${key}`}>
                  {entry.label}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      <div className="agenda-add__buttons">
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
        {onDone ? <Button onClick={onDone}>Cancel</Button> : null}
      </div>
    </form>
  );
}

const selectGoals = (board: Board) => board.goals;
