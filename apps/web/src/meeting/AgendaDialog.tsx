import { addAgendaItem, goToAgendaItem, moveAgendaItem, removeAgendaItem, type AgendaItem, type AgendaLink, type Board } from '@partnerboard/board';
import { useEffect, useRef, useState, type FormEvent } from 'react';
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
  onClose(): void;
}

/** The views an agenda item can point at: the listed ones. */
const linkableViews = Object.entries(viewRegistry).filter(([, entry]) => !('listed' in entry) || entry.listed !== false);

/** What an agenda item's link says, in words. */
export function linkWords(link: AgendaLink | null, goals: Board['goals']): string {
  if (!link) return '';
  if (link.kind === 'goal') return `Goal: ${goals.find((goal) => goal.id === link.target)?.title ?? 'no longer on the board'}`;
  const entry = (viewRegistry as Record<string, { label: string } | undefined>)[link.target];
  return `View: ${entry?.label ?? link.target}`;
}

/** The facilitator's agenda: add items with a timebox and a link, reorder by buttons, remove, go to one. */
export function AgendaDialog({ open, agenda, currentItemId, onClose }: AgendaDialogProps) {
  const write = useWrite();
  const { serverClock } = useConnection();
  const goals = useBoard(selectGoals);
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

  return (
    <Dialog open={open} title="Agenda" description="Items in the order the meeting takes them, each with its timebox." onClose={onClose} size="wide" className="agenda-dialog">
      {agenda.length === 0 ? (
        <p className="agenda-dialog__empty">No items yet: add the first below.</p>
      ) : (
        <ol className="agenda-list">
          {agenda.map((item, index) => (
            <li key={item.id} className={['agenda-list__item', item.done ? 'agenda-list__item--done' : '', item.id === currentItemId ? 'agenda-list__item--current' : ''].filter(Boolean).join(' ')}>
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
                <Button size="small" data-agenda-control={`${item.id}:up`} aria-label={`Move up: ${item.title}`} disabled={index === 0} onClick={() => move(item, index, -1)}>
                  Move up
                </Button>
                <Button size="small" data-agenda-control={`${item.id}:down`} aria-label={`Move down: ${item.title}`} disabled={index === agenda.length - 1} onClick={() => move(item, index, 1)}>
                  Move down
                </Button>
                {item.id !== currentItemId ? (
                  <Button size="small" aria-label={`Go to: ${item.title}`} onClick={() => write((d) => goToAgendaItem(d, item.id, { now: Math.round(serverClock.serverNow()) }))}>
                    Go to
                  </Button>
                ) : null}
                <Button size="small" variant="danger" aria-label={`Remove: ${item.title}`} onClick={() => write((d) => removeAgendaItem(d, item.id))}>
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <AddAgendaItem goals={goals} />
    </Dialog>
  );
}

function AddAgendaItem({ goals }: { goals: Board['goals'] }) {
  const write = useWrite();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('10');
  const [link, setLink] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const timebox = minutes.trim() === '' ? 0 : Number(minutes);
    const [kind, target] = link.split(':', 2);
    const chosen = kind && target ? { kind: kind as AgendaLink['kind'], target } : null;
    const result = write((d) => addAgendaItem(d, { title, minutes: timebox, link: chosen }), { toast: false });
    if (!result.ok) {
      setError({ field: result.error.field ?? 'title', message: result.error.message });
      return;
    }
    setError(null);
    setTitle('');
  };

  const errorFor = (field: string) => (error && (error.field === field || (field === 'title' && !['minutes', 'link'].includes(error.field))) ? error.message : null);
  return (
    <form className="agenda-add" onSubmit={submit} noValidate>
      <h3 className="agenda-add__heading">Add an item</h3>
      <Field label="Item" error={errorFor('title')}>
        {(control) => <input {...control} className="input" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />}
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
              {linkableViews.map(([key, entry]) => (
                <option key={key} value={`view:${key}`}>
                  {entry.label}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      <Button type="submit" variant="primary">
        Add to the agenda
      </Button>
    </form>
  );
}

const selectGoals = (board: Board) => board.goals;
