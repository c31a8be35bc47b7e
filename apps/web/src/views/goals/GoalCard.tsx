import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { goalProgress, isPastTarget, type Board, type Goal } from '@partnerboard/board';
import { memo, useCallback, useId, useState } from 'react';
import { Badge, Button, OwnerChip, PartnerNames, StatusPill } from '../../components';
import { DeleteGoalDialog } from '../../detail/DeleteGoalDialog';
import { GoalFields } from '../../detail/GoalFields';
import { PeopleHere } from '../../detail/PeopleHere';
import { RecordFact } from '../../records/RecordCard';
import { useBoardSession } from '../../session/BoardSession';
import { SinceBadge } from '../../since/SinceBadge';
import { byId, sameFields, selectPartners, selectPeople, useBoard } from '../../session/useBoard';
import { useUi } from '../../state/ui';
import { formatDate } from '../../components/dates';
import { GoalProgress } from './GoalProgress';

export interface DragHandle {
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
}

interface GoalCardProps {
  goal: Goal;
  /** Present while the list can be reordered (editors, not viewers). */
  dragHandle?: DragHandle;
  /** Where the drag handle is, for keyboard dragging (dnd-kit's setActivatorNodeRef). */
  dragHandleRef?(element: HTMLElement | null): void;
}

/**
 * One shared goal: status in colour and words, owner and organisation, partners, target, success measure, progress.
 * Memoised: the list re-renders whenever any goal changes, and only the goal that changed needs drawing again.
 */
export const GoalCard = memo(function GoalCard({ goal, dragHandle, dragHandleRef }: GoalCardProps) {
  const { canEdit, today } = useBoardSession();
  const people = useBoard(selectPeople);
  const allPartners = useBoard(selectPartners);
  const progress = useBoard(
    useCallback((board: Board) => goalProgress(board, goal.id), [goal.id]),
    sameFields,
  );
  const openDetail = useUi((state) => state.openDetail);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const titleId = useId();
  const owner = byId(people, goal.ownerId);
  const ownerPartner = byId(allPartners, owner?.partnerId);
  const partners = allPartners.filter((partner) => goal.partnerIds.includes(partner.id));
  const late = isPastTarget(goal, today);

  return (
    <article className={['goal-card', `goal-card--${goal.status}`, dragHandle ? 'goal-card--movable' : ''].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <div className="record-card__top">
        {dragHandle ? (
          <button
            type="button"
            ref={dragHandleRef}
            className="goal-card__handle"
            {...dragHandle.attributes}
            {...dragHandle.listeners}
            aria-label={`Move goal: ${goal.title}`}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        ) : null}
        <h3 className="goal-card__title" id={titleId}>
          <button type="button" className="goal-card__open" data-list-item-focus onClick={() => openDetail('goal', goal.id)}>
            {goal.title}
          </button>
        </h3>
        <StatusPill kind="goal" status={goal.status} />
        <SinceBadge id={goal.id} />
        {canEdit ? (
          <Button size="small" onClick={() => setEditing(!editing)} aria-expanded={editing} aria-label={`${editing ? 'Done editing' : 'Edit'} goal: ${goal.title}`}>
            {editing ? 'Done' : 'Edit'}
          </Button>
        ) : null}
      </div>
      <PeopleHere itemId={goal.id} />

      {editing ? (
        <div className="record-card__editor">
          <GoalFields goal={goal} />
          <div className="record-card__editor-buttons">
            <Button variant="danger" onClick={() => setDeleting(true)}>
              Delete goal
            </Button>
          </div>
        </div>
      ) : (
        <dl className="goal-card__facts">
          <RecordFact label="Owner">
            <OwnerChip person={owner} partner={ownerPartner} emptyLabel="No owner yet" />
          </RecordFact>
          <RecordFact label="Target date">
            {goal.targetDate ? formatDate(goal.targetDate, today) : 'Not set'}
            {late ? (
              <>
                {' '}
                <Badge tone="danger">Past target date</Badge>
              </>
            ) : null}
          </RecordFact>
          <RecordFact label="Progress">
            <GoalProgress done={progress.done} total={progress.total} />
          </RecordFact>
          <RecordFact label="Partners" wide>
            <PartnerNames partners={partners} empty="None named yet" />
          </RecordFact>
          <RecordFact label="Success measure" wide>
            {goal.successMeasure || 'Not written yet'}
          </RecordFact>
        </dl>
      )}
      {deleting ? <DeleteGoalDialog goal={goal} onClose={() => setDeleting(false)} onDeleted={() => setDeleting(false)} /> : null}
    </article>
  );
});
