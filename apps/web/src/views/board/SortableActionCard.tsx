import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import { ActionCard } from './ActionCard';
import type { CardOptions } from './cardOptions';
import { useCardData } from './useCardData';

interface SortableActionCardProps {
  actionId: string;
  containerId: string;
  options: CardOptions;
}

/** An action card that can be dragged: anywhere on the card by mouse or touch, from its title by keyboard. */
export function SortableActionCard({ actionId, containerId, options }: SortableActionCardProps) {
  const [renaming, setRenaming] = useState(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: actionId,
    data: { containerId },
    disabled: !options.canEdit || renaming,
  });
  const card = useCardData(actionId);
  if (!card) return null;
  return (
    <div
      ref={setNodeRef}
      className={['sortable-card', isDragging ? 'sortable-card--dragging' : ''].filter(Boolean).join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...(options.canEdit ? listeners : {})}
    >
      <ActionCard
        action={card.action}
        owner={card.owner}
        ownerPartner={card.ownerPartner}
        goal={options.showGoal ? card.goal : undefined}
        overdue={card.overdue}
        canEdit={options.canEdit}
        onOpen={options.openAction}
        renaming={renaming}
        setRenaming={setRenaming}
        isDragging={isDragging}
        handleRef={setActivatorNodeRef}
        roleDescription={options.canEdit ? attributes['aria-roledescription'] : undefined}
        describedBy={options.canEdit ? attributes['aria-describedby'] : undefined}
      />
    </div>
  );
}
