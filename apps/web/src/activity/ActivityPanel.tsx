import type { Board } from '@partnerboard/board';
import type { ActivityLine } from '@partnerboard/protocol';
import { useCallback, useState } from 'react';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { formatMoment } from '../detail/formatMoment';
import { ProofTag } from '../detail/WrittenBy';
import { useBoardSession } from '../session/BoardSession';
import { byId, sameItems, useBoard } from '../session/useBoard';
import { useUi } from '../state/ui';
import type { ActivityFilter } from './activityApi';
import { choicesOf } from './activityLines';
import { useActivityLines } from './useActivityLines';
import './activity.css';

const noFilter: ActivityFilter = { partner: '', person: '' };

const selectPartnerNames = (board: Board) => board.partners.map(({ name }) => name);
const selectPeopleNames = (board: Board) => board.people.map(({ name }) => name);

/**
 * What everyone changed on the board, in words, newest first, as the server recorded it from each
 * connection: filterable by partner organisation and by person, and kept up to date while open.
 */
export function ActivityPanel({ open, onClose }: { open: boolean; onClose(): void }) {
  const { boardId } = useBoardSession();
  const [filter, setFilter] = useState<ActivityFilter>(noFilter);
  const [attempt, setAttempt] = useState(0);
  const { state, seen } = useActivityLines(boardId, filter, open, attempt);
  const partnerNames = useBoard(selectPartnerNames, sameItems);
  const peopleNames = useBoard(selectPeopleNames, sameItems);
  const partners = choicesOf(partnerNames, seen, (line) => line.organisation);
  const people = choicesOf(peopleNames, seen, (line) => line.name);
  const filtered = filter.partner !== '' || filter.person !== '';
  const openDetail = useUi((ui) => ui.openDetail);
  // The panel closes first, so that the detail panel takes the focus from the page, not from under a modal.
  const openItem = (kind: 'goal' | 'action', id: string) => {
    onClose();
    openDetail(kind, id);
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Activity"
      description="Who changed what, newest first, as the server recorded it from each person’s link."
      size="wide"
      className="activity-panel"
    >
      <div className="activity-panel__filters">
        <Field label="Partner">
          {(control) => (
            <select {...control} value={filter.partner} onChange={(event) => setFilter({ ...filter, partner: event.target.value })}>
              <option value="">All partners</option>
              {partners.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Person">
          {(control) => (
            <select {...control} value={filter.person} onChange={(event) => setFilter({ ...filter, person: event.target.value })}>
              <option value="">Everyone</option>
              {people.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {filtered ? (
          <Button className="activity-panel__clear" onClick={() => setFilter(noFilter)}>
            Show everyone
          </Button>
        ) : null}
      </div>
      <div role="status" className="activity-panel__status">
        {state.status === 'loading' ? 'Loading the activity…' : null}
        {state.status === 'ready' && state.lines.length === 0 ? (filtered ? 'No changes by this partner or person yet.' : 'No changes yet.') : null}
      </div>
      {state.status === 'failed' ? (
        <div className="activity-panel__problem" role="alert">
          <p>{state.message}</p>
          <Button onClick={() => setAttempt((n) => n + 1)}>Try again</Button>
        </div>
      ) : null}
      {state.lines.length > 0 ? (
        <ol className="activity-list" aria-label="Changes, newest first">
          {state.lines.map((line) => (
            <ActivityLineItem key={line.id} line={line} onOpen={openItem} />
          ))}
        </ol>
      ) : null}
    </Dialog>
  );
}

/** The title of the goal or action a line is about, while it is on the board; null for anything else. */
function useOpenableTitle({ kind, itemId }: ActivityLine): string | null {
  return useBoard(
    useCallback(
      (board: Board) => (kind === 'goal' ? byId(board.goals, itemId)?.title : kind === 'action' ? byId(board.actions, itemId)?.title : undefined) ?? null,
      [kind, itemId],
    ),
  );
}

function ActivityLineItem({ line, onOpen }: { line: ActivityLine; onOpen(kind: 'goal' | 'action', id: string): void }) {
  const title = useOpenableTitle(line);
  const { kind, itemId } = line;
  return (
    <li className="activity-line">
      <p className="activity-line__text">
        <span className="activity-line__who">{line.name}</span>
        {line.organisation ? ` (${line.organisation})` : ''} {line.text}
      </p>
      <p className="activity-line__meta">
        <time dateTime={line.at}>{formatMoment(line.at)}</time>
        <ProofTag verified={!line.selfDeclared} />
        {title !== null && (kind === 'goal' || kind === 'action') ? (
          <Button variant="ghost" size="small" className="activity-line__open" onClick={() => onOpen(kind, itemId)}>
            Open<span className="visually-hidden"> {title}</span>
          </Button>
        ) : null}
      </p>
    </li>
  );
}
