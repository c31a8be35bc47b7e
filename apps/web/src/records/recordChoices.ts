import type { Board } from '@partnerboard/board';
import type { CheckboxSection } from '../detail/fields';

/** Everyone on the board as checkbox sections, one per organisation. */
export function peopleSections(board: Pick<Board, 'partners' | 'people'>): CheckboxSection[] {
  return board.partners
    .map((partner) => ({
      heading: partner.name,
      options: board.people.filter((person) => person.partnerId === partner.id).map((person) => ({ id: person.id, label: person.name })),
    }))
    .filter((section) => section.options.length > 0);
}

/** The partner organisations as one checkbox section, each with its colour. */
export function partnerSections(board: Pick<Board, 'partners'>): CheckboxSection[] {
  return [{ options: board.partners.map((partner) => ({ id: partner.id, label: partner.name, colour: partner.colour })) }];
}

/** The goals as one checkbox section. */
export function goalSections(board: Pick<Board, 'goals'>): CheckboxSection[] {
  return [{ options: board.goals.map((goal) => ({ id: goal.id, label: goal.title })) }];
}

/** The actions as checkbox sections, one per goal. */
export function actionSections(board: Pick<Board, 'goals' | 'actions'>): CheckboxSection[] {
  return board.goals
    .map((goal) => ({
      heading: goal.title,
      options: board.actions.filter((action) => action.goalId === goal.id).map((action) => ({ id: action.id, label: action.title })),
    }))
    .filter((section) => section.options.length > 0);
}
