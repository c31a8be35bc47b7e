import { createRisk, type Id } from '@partnerboard/board';
import { AddRecordForm } from '../AddRecordForm';

/** Adds a risk by its title; its card then opens for the rest of its details. */
export function AddRiskForm({ onAdded, onDone }: { onAdded(id: Id): void; onDone(): void }) {
  return (
    <AddRecordForm
      label="Add a risk"
      submitLabel="Add risk"
      titleLabel="New risk or barrier"
      titleHint="What could get in the way, in a few words."
      placeholder="e.g. Reablement has no capacity on the discharge date"
      create={(doc, title) => createRisk(doc, { title })}
      onAdded={onAdded}
      onDone={onDone}
    />
  );
}
