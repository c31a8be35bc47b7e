import type { Board, Id } from '@partnerboard/board';
import type { Choice, ChoiceGroup } from './ChoiceField';

/** Everyone on the board as select options, grouped by organisation, each written "Name (Organisation)". */
export function peopleChoices(board: Pick<Board, 'partners' | 'people'>): ChoiceGroup[] {
  return board.partners
    .map((partner) => ({
      label: partner.name,
      choices: board.people
        .filter((person) => person.partnerId === partner.id)
        .map((person) => ({ value: person.id, label: `${person.name} (${partner.name})` })),
    }))
    .filter((group) => group.choices.length > 0);
}

/** A "nobody" option (value '') followed by everyone, for an optional person field. */
export function optionalPersonChoices(board: Pick<Board, 'partners' | 'people'>, noneLabel: string): (Choice | ChoiceGroup)[] {
  return [{ value: '', label: noneLabel }, ...peopleChoices(board)];
}

/** The select value for an optional id, and back. */
export const idToChoice = (id: Id | null): string => id ?? '';
export const choiceToId = (value: string): Id | null => (value === '' ? null : value);
