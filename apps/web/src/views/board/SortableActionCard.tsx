import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import { ActionCard } from './ActionCard';
import type { BoardLookup } from './boardLookup';

interface SortableActionCardProps {
  actionId: string;
  containerId: string;
  lookup: BoardLookup;
}

/** An action card that can be dragged: anywhere on the card by mouse or touch, from its title by keyboard. */
export function SortableActionCard({ actionId, containerId, lookup }: SortableActionCardProps) {
  const [renaming, setRenaming] = useState(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: actionId,
    data: { containerId },
    disabled: !lookup.canEdit || renaming,
  });
  const action = lookup.action(actionId);
  if (!action) return null;
  const owner = lookup.person(action.ownerId);
  return (
    <div
      ref={setNodeRef}
      className={['sortable-card', isDragging ? 'sortable-card--dragging' : ''].filter(Boolean).join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...(lookup.canEdit ? listeners : {})}
    >
      <ActionCard
        action={action}
        owner={owner}
        ownerPartner={lookup.partnerOf(owner)}
        goal={lookup.showGoal ? lookup.goal(action.goalId) : undefined}
        overdue={lookup.isOverdue(action)}
        canEdit={lookup.canEdit}
        onOpen={lookup.openAction}
        renaming={renaming}
        setRenaming={setRenaming}
        isDragging={isDragging}
        handleRef={setActivatorNodeRef}
        roleDescription={lookup.canEdit ? attributes['aria-roledescription'] : undefined}
        describedBy={lookup.canEdit ? attributes['aria-describedby'] : undefined}
      />
    </div>
  );
}
