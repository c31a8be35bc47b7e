import { commitmentKindLabel, commitmentKinds, commitmentStatusLabel, commitmentStatuses, type Board } from '@partnerboard/board';
import type { Choice } from '../../detail/fields';

/** The board's organisations as select options. */
export function partnerChoices(board: Pick<Board, 'partners'>): Choice[] {
  return board.partners.map((partner) => ({ value: partner.id, label: partner.name }));
}

/** "The plan as a whole" (value '') followed by the board's goals. */
export function goalChoices(board: Pick<Board, 'goals'>): Choice[] {
  return [{ value: '', label: 'The plan as a whole' }, ...board.goals.map((goal) => ({ value: goal.id, label: goal.title }))];
}

export const kindChoices: Choice[] = commitmentKinds.map((kind) => ({ value: kind, label: commitmentKindLabel[kind] }));
export const statusChoices: Choice[] = commitmentStatuses.map((status) => ({ value: status, label: commitmentStatusLabel[status] }));

/**
 * An amount as typed ("2,000", "£2000", "4.5") as the number the board stores: null when left empty,
 * NaN when it is not a number (the board then refuses it with its own message).
 */
export function amountFromText(text: string): number | null {
  const cleaned = text.replace(/[\s,£$€]/g, '');
  return cleaned === '' ? null : Number(cleaned);
}
