import { priorityLabel, type Action, type Goal, type Partner, type Person } from '@partnerboard/board';
import { memo, useId, type KeyboardEvent } from 'react';
import { formatDate } from '../../components/dates';
import { OwnerChip } from '../../components/OwnerChip';
import { useBoardSession } from '../../session/BoardSession';
import { SinceBadge } from '../../since/SinceBadge';
import { CardMenu } from './CardMenu';
import { CardPeers } from './CardPeers';
import { RenameAction } from './RenameAction';

interface ActionCardProps {
  action: Action;
  owner: Person | undefined;
  ownerPartner: Partner | undefined;
  /** Shown on the card in columns; left out in swimlanes, where the lane names it. */
  goal: Goal | undefined;
  overdue: boolean;
  canEdit: boolean;
  onOpen(actionId: string): void;
  renaming: boolean;
  setRenaming(renaming: boolean): void;
  isDragging: boolean;
  handleRef(node: HTMLElement | null): void;
  roleDescription: string | undefined;
  describedBy: string | undefined;
}

/** An action as a card: title, owner with organisation, due date (overdue in words), goal, who has it open. */
export const ActionCard = memo(function ActionCard({
  action,
  owner,
  ownerPartner,
  goal,
  overdue,
  canEdit,
  onOpen,
  renaming,
  setRenaming,
  isDragging,
  handleRef,
  roleDescription,
  describedBy,
}: ActionCardProps) {
  const { today } = useBoardSession();
  const factsId = useId();
  const open = () => onOpen(action.id);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault();
      open();
    }
  };

  return (
    <article
      className={['card', overdue ? 'card--overdue' : '', action.status === 'done' ? 'card--done' : ''].filter(Boolean).join(' ')}
      style={{ borderLeftColor: ownerPartner?.colour ?? '#94a3b8' }}
      data-action-id={action.id}
    >
      <div className="card__head">
        {renaming ? (
          <RenameAction action={action} onDone={() => setRenaming(false)} />
        ) : (
          <div
            ref={handleRef}
            role="button"
            tabIndex={0}
            className="card__open"
            onClick={open}
            onKeyDown={onKeyDown}
            aria-roledescription={roleDescription}
            aria-describedby={[factsId, describedBy].filter(Boolean).join(' ')}
          >
            {action.title}
          </div>
        )}
        {canEdit && !renaming ? <CardMenu action={action} onRename={() => setRenaming(true)} /> : null}
      </div>
      <div className="card__facts" id={factsId}>
        <SinceBadge id={action.id} />
        <OwnerChip person={owner} partner={ownerPartner} srPrefix="Owner:" />
        {action.dueDate ? (
          overdue ? (
            <span className="card__due card__due--overdue">
              <span aria-hidden="true">⚠ </span>Overdue: due {formatDate(action.dueDate, today)}
            </span>
          ) : (
            <span className="card__due">Due {formatDate(action.dueDate, today)}</span>
          )
        ) : null}
        {action.priority === 'high' ? <span className="card__priority">{priorityLabel.high} priority</span> : null}
        {goal ? (
          <span className="card__goal">
            <span className="card__goal-label">Goal:</span> {goal.title}
          </span>
        ) : null}
      </div>
      <CardPeers actionId={action.id} />
    </article>
  );
});
