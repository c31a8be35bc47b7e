import { createAction, createDecision, createRisk, type Board, type CaptureKind } from '@partnerboard/board';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { selectGoals, selectPartners, selectPeople, sameFieldsEach, useBoard } from '../../session/useBoard';
import { useWrite } from '../../session/write';
import type { MeetingPanelProps } from '../meetingPanels';
import { useMeetingSession } from '../vote/useMeetingSession';
import '../vote/vote.css';

const kindLabel: Record<CaptureKind, string> = { decision: 'Decision', action: 'Action', risk: 'Risk' };

/** True when a key press belongs to something being typed, so that the shortcut leaves it alone. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const selectTitles = (board: Board) => [
  ...board.decisions.map((item) => ({ id: item.id, title: item.title })),
  ...board.actions.map((item) => ({ id: item.id, title: item.title })),
  ...board.risks.map((item) => ({ id: item.id, title: item.title })),
];

/** Quick capture: a decision, action or risk in a few keystrokes, linked by the server to the current agenda item. */
export function CapturePanel(_props: MeetingPanelProps) {
  const { canEdit } = useBoardSession();
  const session = useMeetingSession();
  const titles = useBoard(selectTitles, sameFieldsEach);
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const current = session.agenda.find((item) => item.id === session.currentItemId) ?? null;
  const captured = session.captures.filter((capture) => capture.agendaItemId === session.currentItemId);

  useEffect(() => {
    if (!canEdit) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'c' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canEdit]);

  return (
    <section className="meeting-capture" aria-labelledby={headingId}>
      <h2 id={headingId} className="meeting-panel__title">
        Captured{current ? ` under “${current.title}”` : ''}
      </h2>
      {captured.length > 0 ? (
        <ul className="meeting-capture__list" aria-label="Captured under the current item">
          {captured.map((capture) => (
            <li key={capture.id}>
              <span className="meeting-vote__kind">{kindLabel[capture.kind]}:</span> {titles.find((item) => item.id === capture.id)?.title ?? 'No longer on the board'}
            </li>
          ))}
        </ul>
      ) : (
        <p className="meeting-vote__note">Nothing captured under this item yet.</p>
      )}
      {canEdit ? (
        open ? (
          <CaptureForm goalId={current?.link?.kind === 'goal' ? current.link.target : null} onDone={() => setOpen(false)} />
        ) : (
          <Button variant="primary" aria-keyshortcuts="c" onClick={() => setOpen(true)}>
            Capture a decision, action or risk (C)
          </Button>
        )
      ) : null}
    </section>
  );
}

function CaptureForm({ goalId, onDone }: { goalId: string | null; onDone(): void }) {
  const { actor } = useBoardSession();
  const write = useWrite();
  const goals = useBoard(selectGoals);
  const people = useBoard(selectPeople);
  const partners = useBoard(selectPartners);
  const [kind, setKind] = useState<CaptureKind>('decision');
  const [title, setTitle] = useState('');
  const [agreedBy, setAgreedBy] = useState<string[]>([]);
  const [goal, setGoal] = useState(goalId ?? goals[0]?.id ?? '');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => titleRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = write(
      (doc) =>
        kind === 'decision'
          ? createDecision(doc, { title, agreedByPartnerIds: agreedBy })
          : kind === 'action'
            ? createAction(doc, { title, goalId: goal, ownerId: owner || null, dueDate: due || null }, actor)
            : createRisk(doc, { title }),
      { toast: false },
    );
    if (!result.ok) return setError(result.error.message);
    setTitle('');
    setAgreedBy([]);
    setError(null);
    onDone();
  };

  return (
    <form className="meeting-capture__form" aria-label="Capture" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onDone()}>
      <fieldset>
        <legend>What to capture</legend>
        <div className="meeting-capture__kinds">
          {(['decision', 'action', 'risk'] as const).map((each) => (
            <label key={each}>
              <input type="radio" name={`${id}-kind`} checked={kind === each} onChange={() => setKind(each)} /> {kindLabel[each]}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={`${id}-title`}>{kindLabel[kind]}</label>
      <input id={`${id}-title`} ref={titleRef} value={title} onChange={(event) => setTitle(event.target.value)} aria-invalid={error ? true : undefined} />
      {kind === 'decision' && partners.length > 0 ? (
        <fieldset>
          <legend>Agreed by</legend>
          <div className="meeting-capture__kinds">
            {partners.map((partner) => (
              <label key={partner.id}>
                <input
                  type="checkbox"
                  checked={agreedBy.includes(partner.id)}
                  onChange={(event) => setAgreedBy(event.target.checked ? [...agreedBy, partner.id] : agreedBy.filter((each) => each !== partner.id))}
                />{' '}
                {partner.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {kind === 'action' ? (
        <>
          <label htmlFor={`${id}-goal`}>Under the goal</label>
          <select id={`${id}-goal`} value={goal} onChange={(event) => setGoal(event.target.value)}>
            {goals.map((each) => (
              <option key={each.id} value={each.id}>
                {each.title}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-owner`}>Owner</label>
          <select id={`${id}-owner`} value={owner} onChange={(event) => setOwner(event.target.value)}>
            <option value="">No owner yet</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-due`}>Due date</label>
          <input id={`${id}-due`} type="date" value={due} onChange={(event) => setDue(event.target.value)} />
        </>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="meeting-vote__buttons">
        <Button type="submit" variant="primary">
          Capture
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
